/**
 * Types of the phrase checker: the compiled form of a level (what `check`
 * reads) and the verdict it returns. Plain data, JSON-serialisable: a
 * compiled level can be cached, shipped to the browser and checked there.
 */

import type { ExampleData, FeedbackKind, Locale, Translations } from '#language/content'

/**
 * One way a word can be read: a form of a lexeme.
 */
export type WordReading = {
  /** Lexeme key (`en:carrot:noun`). */
  lexeme: string
  /** `lemma`, `plural`, `past`, … (a listed spelling variant is no reading: `spellings` maps it to the lemma first). */
  form: string
}

export type CompiledLexeme = {
  key: string
  lemma: string
  pos: string
  tags: string[]
  /** All forms including `lemma`; `plural` missing for uncountable nouns. */
  forms: Record<string, string>
  uncountable?: boolean
  value?: number
  translations: Translations
}

/**
 * The token graph of one accepted template. Nodes are numbered in
 * topological order: every edge goes from a lower to a higher node, the
 * start is 0 and the end is the last node.
 */
export type TemplateGraph = {
  nodeCount: number
  edges: TemplateEdge[]
}

export type FormSelector =
  | { kind: 'any' }
  | { kind: 'form'; form: string }
  | { kind: 'agree'; slot: string }

export type TemplateEdge =
  | { from: number; to: number; kind: 'skip' }
  | { from: number; to: number; kind: 'word'; word: string }
  | { from: number; to: number; kind: 'slot'; slot: string; type: string; select: FormSelector }
  | { from: number; to: number; kind: 'fixed'; lexeme: string; select: FormSelector }

export type CompiledTemplate = {
  /** Where it comes from: a phrase key or `level:<n>`. */
  source: string
  intent: string
  pattern: string
  template: string
  graph: TemplateGraph
}

export type CompiledIntent = {
  key: string
  slots: Record<string, { type: string; required: boolean }>
  /** Lexeme keys of the verbs that express it. */
  verbs: string[]
}

export type CompiledPattern = {
  key: string
  title: Translations
  explanation: Translations
  examples: ExampleData[]
}

/** `pattern`: the goal counts only when said with that grammar (the level's lesson). */
export type Goal = { intent: string; slots: Record<string, string | number>; pattern?: string }

export type CompiledLevel = {
  game: string
  level: number
  language: string
  canonical: string
  goals: Goal[]
  allowedIntents: string[]
  /** Never empty: a level without an accepted template does not compile. */
  templates: CompiledTemplate[]
  intents: Record<string, CompiledIntent>
  patterns: Record<string, CompiledPattern>
  lexemes: Record<string, CompiledLexeme>
  /** Every known word form → its readings (lowercase, normalised). */
  words: Record<string, WordReading[]>
  /** Listed spelling variants → the content's spelling (`gray` → `grey`). */
  spellings: Record<string, string>
  /** A hash of the content it was compiled from (cache key, for the client). */
  version: string
}

export type FeedbackItem = {
  kind: FeedbackKind
  /** Character offsets into what the player wrote (`end` exclusive). */
  start: number
  end: number
  /** The player's text at that span ('' for a missing word). */
  text: string
  /** What was expected there, when one answer is clear. */
  expected?: string
  /** Translation key of the message (`language.feedback.<kind>`). */
  messageKey: string
  params: Record<string, string | number>
  /** Grammar pattern that explains the mistake. */
  ruleKey?: string
  /** Rejecting kinds fail the answer; typos and punctuation notes do not. */
  blocking: boolean
}

export type TraceStep = { step: string; detail: string }

export type Verdict = {
  passed: boolean
  score: number
  intent: { name: string; slots: Record<string, string | number> } | null
  goalMatched: boolean
  feedback: FeedbackItem[]
  /** The rule behind the first rejecting mistake, in the interface language. */
  explanation?: { ruleKey: string; title: string; text: string }
  examples: Array<{ text: string; translation?: string }>
  /** The utterance that was judged (one of the voice alternatives). */
  utterance: string
  /** The accepted answer closest to it, rendered. */
  expected?: string
  trace: TraceStep[]
  /** Input that could not be checked at all (empty, too long). */
  error?: { messageKey: string; params: Record<string, string | number> }
}

export type CheckOptions = {
  /** Language of explanations and translations (default `en`). */
  uiLocale?: Locale
  /** `voice` ignores case and punctuation entirely. */
  inputMode?: 'text' | 'voice' | 'tiles'
  /**
   * Real words of the target language beyond the level's own vocabulary,
   * to tell a typo (not a word) from a wrong word. Optional: without it
   * only the content's words count as real.
   */
  dictionary?: { has(word: string): boolean }
}

export const MAX_UTTERANCE_LENGTH = 200
