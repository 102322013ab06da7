import { GameIntentSchema } from '#database/schema'
import type { IntentData, SlotSpec, Translations } from '#language/content'
import type { ContentStatus } from '#models/lexeme'
import { intentData } from '#models/intent'

/**
 * A game's own version of an intent (more verbs, other slots).
 */
export default class GameIntent extends GameIntentSchema {
  declare status: ContentStatus
  declare slots: Record<string, SlotSpec>
  declare verbs: string[]
  declare description: Translations

  toData(): IntentData {
    return intentData(this)
  }
}
