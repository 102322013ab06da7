import type { FeedbackKind } from '#language/content'
import type { CompiledLevel, Verdict } from '#language/types'

/**
 * One row of the golden table: an utterance in a level and what the
 * checker must say about it. Only the fields given are compared.
 */
export type GoldenCase = {
  game: string
  level: number
  /** What the player wrote; an array means voice alternatives (n-best). */
  utterance: string | string[]
  passed: boolean
  /** Feedback kinds in order of position (exactly these). */
  kinds?: FeedbackKind[]
  /** [start, end] of each feedback item, same order as kinds. */
  spans?: Array<[number, number]>
  /** `expected` of each feedback item (null where none), same order. */
  expected?: Array<string | null>
  /** ruleKey of the first blocking item (or the explanation's rule). */
  rule?: string
  intent?: string | null
  slots?: Record<string, string | number>
  goalMatched?: boolean
  /** Score bounds, when they matter. */
  minScore?: number
  maxScore?: number
  /** Interface language of the explanation. */
  locale?: 'en' | 'ru'
  /** Text the explanation must contain (in `locale`). */
  explanationIncludes?: string
  /** The corrected sentence shown to the player (`verdict.expected`; null: none). */
  correction?: string | null
  /** messageKey of a refused check (null: the check was not refused). */
  error?: string | null
  note?: string
}

/**
 * Differences between a verdict and its golden row ([] when it matches).
 */
export function compareWithGolden(row: GoldenCase, verdict: Verdict): string[] {
  const problems: string[] = []
  const kinds = verdict.feedback.map((item) => item.kind)
  if (verdict.passed !== row.passed) problems.push(`passed: ${verdict.passed}, want ${row.passed}`)
  if (row.kinds && JSON.stringify(kinds) !== JSON.stringify(row.kinds)) problems.push(`kinds: ${JSON.stringify(kinds)}, want ${JSON.stringify(row.kinds)}`)
  if (row.spans) {
    const spans = verdict.feedback.map((item) => [item.start, item.end])
    if (JSON.stringify(spans) !== JSON.stringify(row.spans)) problems.push(`spans: ${JSON.stringify(spans)}, want ${JSON.stringify(row.spans)}`)
  }
  if (row.expected) {
    const expected = verdict.feedback.map((item) => item.expected ?? null)
    if (JSON.stringify(expected) !== JSON.stringify(row.expected)) problems.push(`expected: ${JSON.stringify(expected)}, want ${JSON.stringify(row.expected)}`)
  }
  if (row.rule !== undefined) {
    const rule = verdict.feedback.find((item) => item.blocking && item.ruleKey)?.ruleKey ?? verdict.explanation?.ruleKey
    if (rule !== row.rule) problems.push(`rule: ${rule}, want ${row.rule}`)
  }
  if (row.intent !== undefined && (verdict.intent?.name ?? null) !== row.intent) problems.push(`intent: ${verdict.intent?.name ?? null}, want ${row.intent}`)
  if (row.slots) {
    for (const [name, value] of Object.entries(row.slots)) {
      if (verdict.intent?.slots[name] !== value) problems.push(`slot ${name}: ${verdict.intent?.slots[name]}, want ${value}`)
    }
  }
  if (row.goalMatched !== undefined && verdict.goalMatched !== row.goalMatched) problems.push(`goalMatched: ${verdict.goalMatched}, want ${row.goalMatched}`)
  if (row.minScore !== undefined && verdict.score < row.minScore) problems.push(`score ${verdict.score} < ${row.minScore}`)
  if (row.maxScore !== undefined && verdict.score > row.maxScore) problems.push(`score ${verdict.score} > ${row.maxScore}`)
  if (row.explanationIncludes && !verdict.explanation?.text.includes(row.explanationIncludes)) {
    problems.push(`explanation "${verdict.explanation?.text}" lacks "${row.explanationIncludes}"`)
  }
  if (row.correction !== undefined && (verdict.expected ?? null) !== row.correction) {
    problems.push(`correction: ${JSON.stringify(verdict.expected ?? null)}, want ${JSON.stringify(row.correction)}`)
  }
  if (row.error !== undefined && (verdict.error?.messageKey ?? null) !== row.error) {
    problems.push(`error: ${verdict.error?.messageKey ?? null}, want ${row.error}`)
  }
  return problems
}

export type LevelSource = (game: string, level: number) => Promise<CompiledLevel | null> | CompiledLevel | null
