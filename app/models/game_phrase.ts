import { GamePhraseSchema } from '#database/schema'
import type { PhraseData, Translations } from '#language/content'
import type { ContentStatus } from '#models/lexeme'
import { phraseData } from '#models/phrase'

/**
 * A game's own version of a phrase (other accepted answers).
 */
export default class GamePhrase extends GamePhraseSchema {
  declare status: ContentStatus
  declare accepted: string[]
  declare translations: Translations

  toData(): PhraseData {
    return phraseData(this)
  }
}
