import { GameLexemeSchema } from '#database/schema'
import type { Cefr, LexemeData, LexemeForms, PartOfSpeech, Translations } from '#language/content'
import { lexemeData, type ContentStatus } from '#models/lexeme'

/**
 * A game's own version of a lexeme: wins over the canonical row in that game.
 */
export default class GameLexeme extends GameLexemeSchema {
  declare pos: PartOfSpeech
  declare cefr: Cefr
  declare status: ContentStatus
  declare forms: LexemeForms
  declare translations: Translations
  declare tags: string[]
  declare variants: string[]

  toData(): LexemeData {
    return lexemeData(this)
  }
}
