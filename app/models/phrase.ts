import { PhraseSchema } from '#database/schema'
import type { PhraseData, Translations } from '#language/content'
import type { ContentStatus } from '#models/lexeme'

/**
 * A canonical sentence for an intent, with its accepted templates.
 */
export default class Phrase extends PhraseSchema {
  declare status: ContentStatus
  declare accepted: string[]
  declare translations: Translations

  toData(): PhraseData {
    return phraseData(this)
  }
}

export function phraseData(row: {
  key: string
  intentKey: string
  patternKey: string
  text: string
  accepted: string[]
  translations: Translations
}): PhraseData {
  return {
    key: row.key,
    intent: row.intentKey,
    pattern: row.patternKey,
    text: row.text,
    accepted: row.accepted,
    translations: row.translations,
  }
}
