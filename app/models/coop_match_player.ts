import { CoopMatchPlayerSchema } from '#database/schema'

/** What one player did in a co-op match; `awardedAt` marks their XP given. */
export default class CoopMatchPlayer extends CoopMatchPlayerSchema {}
