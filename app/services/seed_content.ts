import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { GameOverridesData, GrammarPatternData, IntentData, LevelLanguageData, LexemeData, PhraseData } from '#language/content'
import type { CompiledLevel } from '#language/types'
import { compileLevel } from '#language/compile'
import { resolveForGame } from '#language/resolve'

const ROOT = new URL('../../', import.meta.url).pathname

function read<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T
}

/**
 * The seed content as files (what the seeder imports), resolved for a game:
 * levels compiled without a database, for the checker's tests and benchmark.
 */
export function seedContentFor(game: string) {
  const canonical = {
    lexemes: read<LexemeData[]>('database/content/en/lexemes.json'),
    intents: read<IntentData[]>('database/content/en/intents.json'),
    phrases: read<PhraseData[]>('database/content/en/phrases.json'),
  }
  const overridesPath = `games/${game}/content/overrides.json`
  const overrides = existsSync(join(ROOT, overridesPath)) ? read<GameOverridesData>(overridesPath) : {}
  return {
    ...resolveForGame(canonical, overrides),
    patterns: read<GrammarPatternData[]>('database/content/en/grammar_patterns.json'),
  }
}

export function seedLevels(game: string): LevelLanguageData[] {
  return read<LevelLanguageData[]>(`games/${game}/content/levels.json`)
}

export function games() {
  return readdirSync(join(ROOT, 'games'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'games', entry.name, 'content', 'levels.json')))
    .map((entry) => entry.name)
}

const cache = new Map<string, CompiledLevel>()

/**
 * One seeded level of a game, compiled from the seed files.
 */
export function seededLevel(game: string, number: number): CompiledLevel {
  const key = `${game}:${number}`
  const cached = cache.get(key)
  if (cached) return cached
  const level = seedLevels(game).find((candidate) => candidate.number === number)
  if (!level) throw new Error(`No level ${number} in ${game}`)
  const compiled = compileLevel({ game, language: 'en', ...seedContentFor(game), level })
  cache.set(key, compiled)
  return compiled
}

/**
 * Every seeded level of every game, compiled.
 */
export function seededLevels(): Array<[string, CompiledLevel]> {
  return games().flatMap((game) => seedLevels(game).map((level) => [`${game} ${level.number}`, seededLevel(game, level.number)] as [string, CompiledLevel]))
}
