import { LexemeSchema } from '#database/schema'
import type { Cefr, LexemeData, LexemeForms, PartOfSpeech, Translations } from '#language/content'

export type ContentStatus = 'draft' | 'published'

/**
 * A word of a target language with its forms, translations and tags.
 */
export default class Lexeme extends LexemeSchema {
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

/**
 * The plain content shape of a lexeme row (canonical or a game's override).
 */
export function lexemeData(row: {
  key: string
  language: string
  lemma: string
  pos: PartOfSpeech
  forms: LexemeForms
  uncountable: boolean
  value: number | null
  translations: Translations
  tags: string[]
  cefr: Cefr
  variants: string[]
}): LexemeData {
  return {
    key: row.key,
    language: row.language,
    lemma: row.lemma,
    pos: row.pos,
    forms: row.forms,
    ...(row.uncountable ? { uncountable: true } : {}),
    ...(row.value !== null && row.value !== undefined ? { value: row.value } : {}),
    translations: row.translations,
    tags: row.tags,
    cefr: row.cefr,
    ...(row.variants.length > 0 ? { variants: row.variants } : {}),
  }
}
