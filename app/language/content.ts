/**
 * The content the checker works from, as plain data: what the content
 * library stores (Lexeme, GrammarPattern, Intent, Phrase and their per-game
 * overrides) and what a level declares. Seed files under database/content/
 * and games/<slug>/content/ use exactly these shapes.
 *
 * Pure types: no framework imports (this folder also runs in the browser).
 */

export type Locale = 'en' | 'ru'
export type Cefr = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2'
export type Translations = Partial<Record<Locale, string>>

export type PartOfSpeech =
  | 'noun'
  | 'verb'
  | 'adjective'
  | 'adverb'
  | 'number'
  | 'ordinal'
  | 'article'
  | 'determiner'
  | 'preposition'
  | 'pronoun'
  | 'conjunction'
  | 'interjection'

/**
 * Inflected forms. Nouns: plural. Verbs: third (3rd person singular), past,
 * pastParticiple, ing (and for `be`: plural `are`, first `am`, pastPlural
 * `were`). Adjectives: comparative, superlative. Pronouns: object. Nouns
 * also get `possessive` (`farmer's`), derived like the other regular forms.
 * Missing regular noun and verb forms are derived when content is compiled.
 */
export type LexemeForms = Partial<
  Record<
    | 'plural'
    | 'third'
    | 'past'
    | 'pastParticiple'
    | 'ing'
    | 'comparative'
    | 'superlative'
    | 'object'
    | 'first'
    | 'pastPlural'
    | 'possessive',
    string
  >
>

export type LexemeData = {
  /** Natural key: `<language>:<lemma>:<pos>`, e.g. `en:carrot:noun`. */
  key: string
  language: string
  lemma: string
  pos: PartOfSpeech
  forms?: LexemeForms
  /** Nouns with no plural (`water`, `wheat`). */
  uncountable?: boolean
  /** Numbers and ordinals: their value (`three` → 3, `third` → 3). */
  value?: number
  translations: Translations
  /** Topic and slot tags: `farm`, `crop`, `animal`, `direction`, … */
  tags: string[]
  cefr: Cefr
  /** Other accepted spellings of the lemma (`colour` for `color`). */
  variants?: string[]
}

export type ExampleData = { en: string } & Translations

export type GrammarPatternData = {
  /** Natural key, e.g. `plural_after_numbers`. */
  key: string
  /** The pattern in template syntax, for editors (`(plant|sow) {quantity:number} {crop:crop.agree(quantity)}`). */
  template: string
  title: Translations & { en: string }
  /** The rule, explained in each interface language. */
  explanation: Translations & { en: string }
  examples: ExampleData[]
  /** Feedback kinds this pattern explains (`wrong_form`, `missing_word`, …). */
  catches: FeedbackKind[]
  cefr: Cefr
}

export type SlotSpec = {
  /** A lexeme tag (`crop`, `unit`, `direction`) or `number`. */
  type: string
  required?: boolean
}

export type IntentData = {
  /** Natural key, the game action: `plant`, `move`. */
  key: string
  slots: Record<string, SlotSpec>
  /** Lexeme keys of the verbs that express it (`en:plant:verb`, `en:sow:verb`). */
  verbs: string[]
  description?: Translations
}

export type PhraseData = {
  /** Natural key, e.g. `plant_crops`. */
  key: string
  intent: string
  /** Grammar pattern the phrase illustrates (its rule explains mistakes). */
  pattern: string
  /** The canonical sentence. */
  text: string
  /**
   * Accepted answers as templates (compiled to a token graph, never
   * expanded): `word`, `(a|b c)` alternatives, `[the|some]` optional,
   * `{slot:type}` / `{slot:type.plural|singular|agree(other)}` slots,
   * `<lemma.form>` a fixed word in a required form (`<be.agree(quantity)>`).
   */
  accepted: string[]
  translations: Translations
}

/**
 * A level's language side (the game rules live with the game).
 */
export type LevelLanguageData = {
  number: number
  key: string
  title: Translations & { en: string }
  /**
   * Goals as intents with slot values: `{ intent: 'plant', slots: { crop: 'carrot', quantity: 3 } }`;
   * with `pattern`, only an answer in that grammar reaches the goal ("Build a taller tower", not
   * "Build a tower", on a comparatives level).
   */
  goals: Array<{ intent: string; slots: Record<string, string | number>; pattern?: string }>
  /** The answer shown as the model (and read aloud); passes with 100. */
  canonical: string
  /** Extra accepted templates of this level (phrases of allowed intents count too). */
  accepted?: Array<{ intent: string; pattern: string; template: string }>
  allowedIntents: string[]
  /** Lexeme keys the level teaches (word tiles, hints). */
  vocabulary: string[]
  /** Grammar pattern keys in focus. */
  grammar: string[]
  /** Progressive hints: the pattern, then the first word, then the phrase. */
  hints: Array<Translations & { en: string }>
  cefr: Cefr
  difficulty: number
  tags?: string[]
}

/**
 * Per-game overrides: a row for the game replaces the canonical row with
 * the same key (or adds one).
 */
export type GameOverridesData = {
  lexemes?: LexemeData[]
  intents?: IntentData[]
  phrases?: PhraseData[]
}

export const feedbackKinds = [
  'typo',
  'wrong_form',
  'wrong_word',
  'missing_word',
  'extra_word',
  'word_order',
  'unknown_word',
  'punctuation',
] as const
export type FeedbackKind = (typeof feedbackKinds)[number]
