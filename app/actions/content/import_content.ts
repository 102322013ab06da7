import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { GrammarPatternData, IntentData, LexemeData, PhraseData } from '#language/content'
import { validateLibrary } from '#language/validate'
import { resolveForGame } from '#language/resolve'
import {
  listContentFiles,
  readContentFile,
  type ContentEntity,
  type ContentRow,
  type FileProblem,
} from '#services/content_files'
import {
  grammarPatternRowValidator,
  intentRowValidator,
  lexemeRowValidator,
  phraseRowValidator,
} from '#validators/content'
import Lexeme, { lexemeData } from '#models/lexeme'
import GrammarPattern from '#models/grammar_pattern'
import Intent, { intentData } from '#models/intent'
import Phrase, { phraseData } from '#models/phrase'
import GameLexeme from '#models/game_lexeme'
import GameIntent from '#models/game_intent'
import GamePhrase from '#models/game_phrase'
import contentLibrary from '#services/content_library'

type Status = 'draft' | 'published'
type Valid =
  | { entity: 'lexemes'; data: LexemeData; status: Status }
  | { entity: 'grammar_patterns'; data: GrammarPatternData; status: Status }
  | { entity: 'intents'; data: IntentData; status: Status }
  | { entity: 'phrases'; data: PhraseData; status: Status }
type ValidRow = Valid & { file: string; line: number; game?: string }

export type ImportReport = {
  files: string[]
  rows: number
  problems: FileProblem[]
  created: number
  updated: number
  unchanged: number
  written: boolean
}

const VALIDATORS = {
  lexemes: lexemeRowValidator,
  grammar_patterns: grammarPatternRowValidator,
  intents: intentRowValidator,
  phrases: phraseRowValidator,
} as const

/**
 * Stable JSON of a row's data (key order does not count as a change).
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

async function validateRow(row: ContentRow): Promise<{ valid?: ValidRow; reason?: string }> {
  const validator = VALIDATORS[row.entity]
  const [error, data] = await validator.tryValidate(row.data)
  if (error) {
    return { reason: error.messages.map((message: { field: string; message: string }) => `${message.field}: ${message.message}`).join('; ') }
  }
  const { status, ...content } = data as Record<string, unknown> & { status?: Status }
  if (row.game && row.entity === 'grammar_patterns') return { reason: 'games cannot override grammar patterns' }
  return {
    valid: { entity: row.entity, data: content, status: status ?? 'published', file: row.file, line: row.line, game: row.game } as ValidRow,
  }
}

/**
 * Everything currently stored, as content data (drafts included: a draft
 * can be referenced by another draft).
 */
async function storedContent() {
  const [lexemes, patterns, intents, phrases, gameLexemes, gameIntents, gamePhrases] = await Promise.all([
    Lexeme.all(),
    GrammarPattern.all(),
    Intent.all(),
    Phrase.all(),
    GameLexeme.all(),
    GameIntent.all(),
    GamePhrase.all(),
  ])
  return {
    lexemes: lexemes.map((row) => row.toData()),
    patterns: patterns.map((row) => row.toData()),
    intents: intents.map((row) => row.toData()),
    phrases: phrases.map((row) => row.toData()),
    games: {
      lexemes: gameLexemes.map((row) => ({ game: row.gameSlug, data: row.toData() })),
      intents: gameIntents.map((row) => ({ game: row.gameSlug, data: row.toData() })),
      phrases: gamePhrases.map((row) => ({ game: row.gameSlug, data: row.toData() })),
    },
  }
}

function upsertInto<T extends { key: string }>(list: T[], row: T) {
  const index = list.findIndex((existing) => existing.key === row.key)
  if (index === -1) list.push(row)
  else list[index] = row
}

/**
 * Imports content files (JSON or CSV, a file or a folder). Every row is
 * validated first, then the whole library as it would be after the import;
 * any problem means nothing is written. Otherwise rows are upserted by
 * natural key in one transaction: unchanged rows stay as they are, changed
 * ones get a new version. Running it twice changes nothing.
 */
export async function importContent(
  path: string,
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {}
): Promise<ImportReport> {
  const files = await listContentFiles(path)
  const root = files.length === 1 && files[0] === path ? path.replace(/[^/]+$/, '') : path
  const problems: FileProblem[] = []
  const rows: ContentRow[] = []
  for (const file of files) {
    const read = await readContentFile(file, root)
    rows.push(...read.rows)
    problems.push(...read.problems)
  }

  const valid: ValidRow[] = []
  const seen = new Map<string, { file: string; line: number }>()
  for (const row of rows) {
    const { valid: result, reason } = await validateRow(row)
    if (!result) {
      problems.push({ file: row.file, line: row.line, reason: reason! })
      continue
    }
    const identity = `${result.game ?? ''}|${result.entity}|${result.data.key}`
    const first = seen.get(identity)
    if (first) {
      problems.push({ file: row.file, line: row.line, reason: `duplicate key ${result.data.key} (first at ${first.file}:${first.line})` })
      continue
    }
    seen.set(identity, { file: row.file, line: row.line })
    valid.push(result)
  }

  // The library as it would be: stored rows, then imported ones on top.
  const stored = await storedContent()
  const library = { lexemes: stored.lexemes, patterns: stored.patterns, intents: stored.intents, phrases: stored.phrases }
  const gameRows = stored.games
  for (const row of valid) {
    if (row.game) {
      const list = gameRows[row.entity as 'lexemes' | 'intents' | 'phrases']
      const index = list.findIndex((existing) => existing.game === row.game && existing.data.key === row.data.key)
      const entry = { game: row.game, data: row.data } as never
      if (index === -1) list.push(entry)
      else list[index] = entry
      continue
    }
    if (row.entity === 'lexemes') upsertInto(library.lexemes, row.data)
    if (row.entity === 'grammar_patterns') upsertInto(library.patterns, row.data)
    if (row.entity === 'intents') upsertInto(library.intents, row.data)
    if (row.entity === 'phrases') upsertInto(library.phrases, row.data)
  }

  const where = (entity: ContentEntity, key: string, game?: string) =>
    valid.find((row) => row.entity === entity && row.data.key === key && row.game === game)
  for (const problem of validateLibrary(library)) {
    const at = where(problem.entity, problem.key)
    problems.push({ file: at?.file ?? '(stored content)', line: at?.line ?? 0, reason: `${problem.key}: ${problem.reason}` })
  }
  // Each game's view of the library must hold together too.
  const games = new Set(valid.flatMap((row) => (row.game ? [row.game] : [])))
  for (const game of games) {
    const forGame = resolveForGame(
      { lexemes: library.lexemes, intents: library.intents, phrases: library.phrases },
      {
        lexemes: gameRows.lexemes.filter((row) => row.game === game).map((row) => row.data),
        intents: gameRows.intents.filter((row) => row.game === game).map((row) => row.data),
        phrases: gameRows.phrases.filter((row) => row.game === game).map((row) => row.data),
      }
    )
    for (const problem of validateLibrary({ ...forGame, patterns: library.patterns })) {
      const at = where(problem.entity, problem.key, game)
      if (!at && !where(problem.entity, problem.key)) continue
      const location = at ?? where(problem.entity, problem.key)!
      problems.push({ file: location.file, line: location.line, reason: `${problem.key} (in ${game}): ${problem.reason}` })
    }
  }

  const report: ImportReport = {
    files,
    rows: rows.length,
    problems: dedupe(problems).sort((left, right) => left.file.localeCompare(right.file) || left.line - right.line),
    created: 0,
    updated: 0,
    unchanged: 0,
    written: false,
  }
  if (report.problems.length > 0 || options.dryRun) return report

  await db.transaction(async (trx) => {
    let done = 0
    for (const row of valid) {
      const outcome = await upsertRow(row, trx)
      report[outcome]++
      options.onProgress?.(++done, valid.length)
    }
  })
  report.written = true
  if (report.created + report.updated > 0) contentLibrary.invalidate()
  return report
}

function dedupe(problems: FileProblem[]) {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.reason}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Column values of a row, as the models store them.
 */
function columnsOf(row: ValidRow): Record<string, unknown> {
  switch (row.entity) {
    case 'lexemes':
      return {
        key: row.data.key,
        language: row.data.language,
        lemma: row.data.lemma,
        pos: row.data.pos,
        forms: row.data.forms ?? {},
        uncountable: row.data.uncountable ?? false,
        value: row.data.value ?? null,
        translations: row.data.translations,
        tags: row.data.tags,
        cefr: row.data.cefr,
        variants: row.data.variants ?? [],
      }
    case 'grammar_patterns':
      return { ...row.data }
    case 'intents':
      return { key: row.data.key, slots: row.data.slots, verbs: row.data.verbs, description: row.data.description ?? {} }
    case 'phrases':
      return {
        key: row.data.key,
        intentKey: row.data.intent,
        patternKey: row.data.pattern,
        text: row.data.text,
        accepted: row.data.accepted,
        translations: row.data.translations,
      }
  }
}

function dataOf(row: ValidRow, columns: Record<string, unknown>) {
  if (row.entity === 'lexemes') return lexemeData(columns as Parameters<typeof lexemeData>[0])
  if (row.entity === 'intents') return intentData(columns as Parameters<typeof intentData>[0])
  if (row.entity === 'phrases') return phraseData(columns as Parameters<typeof phraseData>[0])
  return row.data
}

function modelOf(row: ValidRow): any {
  if (row.game) return { lexemes: GameLexeme, intents: GameIntent, phrases: GamePhrase }[row.entity as 'lexemes' | 'intents' | 'phrases']
  return { lexemes: Lexeme, grammar_patterns: GrammarPattern, intents: Intent, phrases: Phrase }[row.entity]
}

async function upsertRow(row: ValidRow, trx: TransactionClientContract): Promise<'created' | 'updated' | 'unchanged'> {
  const Model = modelOf(row)
  const query = Model.query({ client: trx }).where('key', row.data.key)
  if (row.game) query.where('game_slug', row.game)
  const existing = await query.first()
  const columns = columnsOf(row)

  if (!existing) {
    await Model.create({ ...columns, ...(row.game ? { gameSlug: row.game } : {}), status: row.status, version: 1 }, { client: trx })
    return 'created'
  }
  // Compared through the same shape the models give back.
  const before = canonicalJson(existing.toData())
  const after = canonicalJson(dataOf(row, columns))
  if (before === after && existing.status === row.status) return 'unchanged'
  existing.merge({ ...columns, status: row.status, version: existing.version + 1 })
  await existing.save()
  return 'updated'
}

/**
 * The content shipped in the repository: the English library and every
 * game's overrides (the seeder, and tests that need real content).
 */
export async function importSeedContent() {
  for (const path of [app.makePath('database/content/en'), app.makePath('games')]) {
    const report = await importContent(path)
    if (report.problems.length > 0) {
      throw new Error(
        `Seed content has problems:\n${report.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.reason}`).join('\n')}`
      )
    }
  }
}
