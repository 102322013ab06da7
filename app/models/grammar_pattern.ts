import { GrammarPatternSchema } from '#database/schema'
import type { Cefr, ExampleData, FeedbackKind, GrammarPatternData, Translations } from '#language/content'
import type { ContentStatus } from '#models/lexeme'

/**
 * A grammar rule with its template, explanation per interface language and
 * examples: what feedback quotes when a player breaks it.
 */
export default class GrammarPattern extends GrammarPatternSchema {
  declare status: ContentStatus
  declare cefr: Cefr
  declare title: Translations & { en: string }
  declare explanation: Translations & { en: string }
  declare examples: ExampleData[]
  declare catches: FeedbackKind[]

  toData(): GrammarPatternData {
    return {
      key: this.key,
      template: this.template,
      title: this.title,
      explanation: this.explanation,
      examples: this.examples,
      catches: this.catches,
      cefr: this.cefr,
    }
  }
}
