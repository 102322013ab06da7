import { XpAwardSchema } from '#database/schema'

export type XpReason = 'goal' | 'first_try' | 'no_hint' | 'complete' | 'practice'

/**
 * The XP ledger: one row per award, unique per (user, award key), so an
 * award job that runs twice awards once.
 */
export default class XpAward extends XpAwardSchema {
  declare reason: XpReason
}
