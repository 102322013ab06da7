import { AttemptSchema } from '#database/schema'
import type { FeedbackItem } from '#language/types'

export type InputMode = 'text' | 'voice' | 'tiles'

/**
 * One phrase a player tried on a level: the checker's verdict and whether
 * the game carried it out.
 */
export default class Attempt extends AttemptSchema {
  declare inputMode: InputMode
  declare feedback: FeedbackItem[]
  declare intent: { name: string; slots: Record<string, string | number> } | null
  declare goalsMet: number[]
}
