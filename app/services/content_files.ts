import { readFile, readdir, stat } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'

/**
 * Reading content files for import: which entity a file holds (from its
 * name), and every row with the line it starts on, so problems can be
 * reported as `file:line: reason`.
 *
 * - `lexemes`, `grammar_patterns`, `intents`, `phrases` (.json arrays or .csv)
 * - `overrides.json` of a game: `games/<slug>/content/overrides.json`, or
 *   `overrides.<slug>.json` anywhere (an object { lexemes, intents, phrases })
 */

export const contentEntities = ['lexemes', 'grammar_patterns', 'intents', 'phrases'] as const
export type ContentEntity = (typeof contentEntities)[number]
export type OverrideEntity = 'lexemes' | 'intents' | 'phrases'

export type ContentRow = {
  file: string
  line: number
  entity: ContentEntity
  /** Set for a game's override rows. */
  game?: string
  data: unknown
}

export type FileProblem = { file: string; line: number; reason: string }

/**
 * Lines on which the elements of a JSON array (top level, or the arrays one
 * level down in an object) start.
 */
export function jsonElementLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>()
  let line = 1
  let depth = 0
  let inString = false
  let escaped = false
  let currentKey = ''
  let lastString = ''
  let stringStart = -1
  const stack: Array<'[' | '{'> = []

  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\n') line++
    if (inString) {
      if (escaped) escaped = false
      else if (char === '\\') escaped = true
      else if (char === '"') {
        inString = false
        lastString = text.slice(stringStart + 1, index)
      }
      continue
    }
    if (char === '"') {
      inString = true
      stringStart = index
      continue
    }
    if (char === ':' && stack.length === 1 && stack[0] === '{') currentKey = lastString
    if (char === '{' || char === '[') {
      // An element starts: a value directly inside the array we track.
      const parent = stack[stack.length - 1]
      const isTopArray = stack.length === 1 && parent === '['
      const isNestedArray = stack.length === 2 && parent === '[' && stack[0] === '{'
      if (char === '{' && (isTopArray || isNestedArray)) {
        const key = isTopArray ? '' : currentKey
        lines.set(key, [...(lines.get(key) ?? []), line])
      }
      stack.push(char)
      depth++
    } else if (char === '}' || char === ']') {
      stack.pop()
      depth--
    }
  }
  return lines
}

function entityOf(name: string): ContentEntity | undefined {
  const stem = name.replace(/\.(json|csv)$/, '')
  return (contentEntities as readonly string[]).includes(stem) ? (stem as ContentEntity) : undefined
}

/**
 * The game an overrides file belongs to, from its path or name.
 */
export function gameOfOverrides(path: string): string | undefined {
  const named = /^overrides\.([a-z][a-z0-9_]*)\.json$/.exec(basename(path))
  if (named) return named[1]
  if (basename(path) !== 'overrides.json') return undefined
  const content = dirname(path)
  if (basename(content) !== 'content') return undefined
  const game = basename(dirname(content))
  return /^[a-z][a-z0-9_]*$/.test(game) ? game : undefined
}

/**
 * Content files under a folder (or the file itself), in a stable order:
 * lexemes before patterns, intents and phrases, then game overrides.
 */
export async function listContentFiles(path: string): Promise<string[]> {
  const info = await stat(path)
  if (info.isFile()) return [path]
  const entries = await readdir(path, { withFileTypes: true, recursive: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => entityOf(basename(file)) !== undefined || gameOfOverrides(file) !== undefined)
  const rank = (file: string) => {
    const entity = entityOf(basename(file))
    return entity ? contentEntities.indexOf(entity) : contentEntities.length
  }
  return files.sort((left, right) => rank(left) - rank(right) || left.localeCompare(right))
}

/**
 * CSV cells: lists are `a|b`, maps are `key=value;key=value`, JSON where a
 * value is structured (`[...]`, `{...}`).
 */
function csvValue(column: string, value: string): unknown {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return JSON.parse(trimmed)
  if (['tags', 'variants', 'verbs', 'accepted', 'catches'].includes(column)) return trimmed.split('|').map((part) => part.trim())
  if (['forms', 'translations', 'title', 'explanation', 'description'].includes(column)) {
    return Object.fromEntries(
      trimmed.split(';').map((pair) => {
        const at = pair.indexOf('=')
        return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
      })
    )
  }
  if (column === 'uncountable') return trimmed === 'true' || trimmed === '1'
  if (column === 'value') return Number(trimmed)
  return trimmed
}

/**
 * Reads one file into rows; a file that cannot be parsed is one problem.
 */
export async function readContentFile(path: string, root: string): Promise<{ rows: ContentRow[]; problems: FileProblem[] }> {
  const file = relative(root, path) || basename(path)
  const text = await readFile(path, 'utf8')
  const game = gameOfOverrides(path)
  const entity = entityOf(basename(path))

  if (path.endsWith('.csv')) {
    if (!entity) return { rows: [], problems: [{ file, line: 1, reason: 'CSV files must be named lexemes, grammar_patterns, intents or phrases' }] }
    try {
      const records = parseCsv(text, { columns: true, skip_empty_lines: true, info: true, bom: true }) as Array<{
        record: Record<string, string>
        info: { lines: number }
      }>
      const rows: ContentRow[] = []
      const problems: FileProblem[] = []
      for (const { record, info } of records) {
        try {
          const data = Object.fromEntries(
            Object.entries(record)
              .map(([column, value]) => [column, csvValue(column, value)])
              .filter(([, value]) => value !== undefined)
          )
          rows.push({ file, line: info.lines, entity, data })
        } catch (error) {
          problems.push({ file, line: info.lines, reason: `unreadable cell: ${(error as Error).message}` })
        }
      }
      return { rows, problems }
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? 1
      return { rows: [], problems: [{ file, line, reason: `not valid CSV: ${(error as Error).message}` }] }
    }
  }

  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0)
    const line = text.slice(0, position).split('\n').length
    return { rows: [], problems: [{ file, line, reason: `not valid JSON: ${(error as Error).message}` }] }
  }
  const lines = jsonElementLines(text)

  if (game) {
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { rows: [], problems: [{ file, line: 1, reason: 'an overrides file is an object { lexemes, intents, phrases }' }] }
    }
    const rows: ContentRow[] = []
    const problems: FileProblem[] = []
    for (const [key, value] of Object.entries(parsed)) {
      if (!['lexemes', 'intents', 'phrases'].includes(key)) {
        problems.push({ file, line: 1, reason: `unknown section "${key}" (lexemes, intents, phrases)` })
        continue
      }
      if (!Array.isArray(value)) {
        problems.push({ file, line: 1, reason: `"${key}" must be an array` })
        continue
      }
      const starts = lines.get(key) ?? []
      value.forEach((data, index) => rows.push({ file, line: starts[index] ?? 1, entity: key as ContentEntity, game, data }))
    }
    return { rows, problems }
  }

  if (!entity) return { rows: [], problems: [{ file, line: 1, reason: 'unknown content file name' }] }
  if (!Array.isArray(parsed)) return { rows: [], problems: [{ file, line: 1, reason: 'expected a JSON array of rows' }] }
  const starts = lines.get('') ?? []
  return { rows: parsed.map((data, index) => ({ file, line: starts[index] ?? 1, entity, data })), problems: [] }
}
