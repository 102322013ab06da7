import { IntentSchema } from '#database/schema'
import type { IntentData, SlotSpec, Translations } from '#language/content'
import type { ContentStatus } from '#models/lexeme'

/**
 * A game action with typed slots, and the verbs that express it.
 */
export default class Intent extends IntentSchema {
  declare status: ContentStatus
  declare slots: Record<string, SlotSpec>
  declare verbs: string[]
  declare description: Translations

  toData(): IntentData {
    return intentData(this)
  }
}

export function intentData(row: { key: string; slots: Record<string, SlotSpec>; verbs: string[]; description: Translations }): IntentData {
  return {
    key: row.key,
    slots: row.slots,
    verbs: row.verbs,
    ...(Object.keys(row.description ?? {}).length > 0 ? { description: row.description } : {}),
  }
}
