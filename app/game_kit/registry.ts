import type { GameLevel, GameManifest, GameStateBase } from './types.js'
import { createRng } from './rng.js'

const SLUG = /^[a-z][a-z0-9]{1,29}$/
const LEVEL_KEY = /^[a-z0-9_]{1,60}$/
const ISLAND = /^client\/[a-z0-9_/]+\.tsx?$/
const CEFR = new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'])
const MODES = new Set(['solo', 'coop'])

/**
 * A manifest the registry refuses: names the game and the field, so a
 * broken module stops boot with a message that says where to look.
 */
export class GameManifestError extends Error {
  constructor(
    readonly game: string,
    readonly problems: Array<{ field: string; message: string }>
  ) {
    super(
      `Game "${game}" has an invalid manifest:\n` +
        problems.map((problem) => `  - ${problem.field}: ${problem.message}`).join('\n')
    )
    this.name = 'GameManifestError'
  }
}

type Problems = Array<{ field: string; message: string }>

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isText)
}

function checkLocalized(value: unknown, field: string, problems: Problems) {
  if (typeof value !== 'object' || value === null || !isText((value as { en?: unknown }).en)) {
    problems.push({ field, message: 'needs an English text (`en`)' })
  }
}

function checkLevel(level: GameLevel, index: number, intents: Set<string>, keys: Set<string>, problems: Problems) {
  const at = `levels[${index}]`
  if (typeof level !== 'object' || level === null) {
    problems.push({ field: at, message: 'must be an object' })
    return
  }
  if (level.number !== index + 1) problems.push({ field: `${at}.number`, message: `must be ${index + 1} (levels are numbered 1…N in order)` })
  if (typeof level.key !== 'string' || !LEVEL_KEY.test(level.key)) {
    problems.push({ field: `${at}.key`, message: 'must be lowercase letters, digits and underscores' })
  } else if (keys.has(level.key)) {
    problems.push({ field: `${at}.key`, message: `"${level.key}" is used by another level` })
  } else {
    keys.add(level.key)
  }
  checkLocalized(level.title, `${at}.title`, problems)
  checkLocalized(level.task, `${at}.task`, problems)
  if (!isText(level.canonical)) problems.push({ field: `${at}.canonical`, message: 'needs the model answer' })

  if (!isTextList(level.allowedIntents) || level.allowedIntents.length === 0) {
    problems.push({ field: `${at}.allowedIntents`, message: 'must list at least one intent' })
  } else {
    for (const intent of level.allowedIntents) {
      if (!intents.has(intent)) problems.push({ field: `${at}.allowedIntents`, message: `"${intent}" is not one of the game's intents` })
    }
  }
  if (!Array.isArray(level.goals) || level.goals.length === 0) {
    problems.push({ field: `${at}.goals`, message: 'must have at least one goal' })
  } else {
    level.goals.forEach((goal, goalIndex) => {
      const goalField = `${at}.goals[${goalIndex}]`
      if (!goal || !isText(goal.intent) || typeof goal.slots !== 'object' || goal.slots === null) {
        problems.push({ field: goalField, message: 'needs an intent and slots' })
      } else if (!level.allowedIntents?.includes(goal.intent)) {
        problems.push({ field: `${goalField}.intent`, message: `"${goal.intent}" is not allowed on this level` })
      }
    })
  }
  if (!isTextList(level.vocabulary)) problems.push({ field: `${at}.vocabulary`, message: 'must be a list of lexeme keys' })
  if (!isTextList(level.grammar)) problems.push({ field: `${at}.grammar`, message: 'must be a list of grammar pattern keys' })
  if (!Array.isArray(level.hints) || level.hints.length === 0) {
    problems.push({ field: `${at}.hints`, message: 'needs progressive hints (the pattern, the first word, the phrase)' })
  } else {
    level.hints.forEach((hint, hintIndex) => checkLocalized(hint, `${at}.hints[${hintIndex}]`, problems))
  }
  if (!CEFR.has(level.cefr)) problems.push({ field: `${at}.cefr`, message: 'must be one of A1, A2, B1, B2, C1, C2' })
  if (!Number.isInteger(level.difficulty) || level.difficulty < 1 || level.difficulty > 10) {
    problems.push({ field: `${at}.difficulty`, message: 'must be an integer from 1 to 10' })
  }
  if (level.tags !== undefined && !isTextList(level.tags)) problems.push({ field: `${at}.tags`, message: 'must be a list of words' })
}

/** Seats a co-op level's setup is tried with at boot. */
const SAMPLE_SEATS = [
  { seat: 0, userId: 1, name: 'A' },
  { seat: 1, userId: 2, name: 'B' },
]

/** Names the core gives to things next to games: `global` is the all-games leaderboard. */
const RESERVED_SLUGS = new Set(['global'])

/**
 * Every problem with a manifest, empty when it is sound.
 */
export function manifestProblems(manifest: GameManifest<any>): Problems {
  const problems: Problems = []
  if (typeof manifest.slug !== 'string' || !SLUG.test(manifest.slug)) {
    problems.push({ field: 'slug', message: 'must be one lowercase word (letters and digits, 2–30 characters)' })
  } else if (RESERVED_SLUGS.has(manifest.slug)) {
    problems.push({ field: 'slug', message: `"${manifest.slug}" is reserved (the leaderboard of all games)` })
  }
  checkLocalized(manifest.title, 'title', problems)
  checkLocalized(manifest.description, 'description', problems)
  if (!Array.isArray(manifest.modes) || manifest.modes.length === 0 || !manifest.modes.every((mode) => MODES.has(mode))) {
    problems.push({ field: 'modes', message: 'must list "solo" and/or "coop"' })
  }
  if (!isTextList(manifest.tags)) problems.push({ field: 'tags', message: 'must be a list of words' })
  if (!isTextList(manifest.intents) || manifest.intents.length === 0) {
    problems.push({ field: 'intents', message: 'must list the intents the rules understand' })
  }
  if (typeof manifest.rules?.initialState !== 'function') problems.push({ field: 'rules.initialState', message: 'must be a function' })
  if (typeof manifest.rules?.apply !== 'function') problems.push({ field: 'rules.apply', message: 'must be a function' })
  if (typeof manifest.island !== 'string' || !ISLAND.test(manifest.island)) {
    problems.push({ field: 'island', message: 'must name the island module under client/ (e.g. "client/island.ts")' })
  }

  const intents = new Set(isTextList(manifest.intents) ? manifest.intents : [])
  if (!Array.isArray(manifest.levels) || manifest.levels.length === 0) {
    problems.push({ field: 'levels', message: 'must have at least one level' })
  } else {
    const keys = new Set<string>()
    manifest.levels.forEach((level, index) => checkLevel(level, index, intents, keys, problems))
  }

  const coopMode = Array.isArray(manifest.modes) && manifest.modes.includes('coop')
  if (coopMode && !manifest.coop) problems.push({ field: 'coop', message: 'a game with the coop mode needs a co-op definition' })
  if (manifest.coop) {
    const { minPlayers, maxPlayers, tickRate, levels } = manifest.coop
    if (!Number.isInteger(minPlayers) || minPlayers < 2) problems.push({ field: 'coop.minPlayers', message: 'must be an integer of at least 2' })
    if (!Number.isInteger(maxPlayers) || maxPlayers < minPlayers || maxPlayers > 8) {
      problems.push({ field: 'coop.maxPlayers', message: 'must be an integer from minPlayers to 8' })
    }
    if (!Number.isInteger(tickRate) || tickRate < 1 || tickRate > 60) problems.push({ field: 'coop.tickRate', message: 'must be 1 to 60 ticks per second' })
    const levelCount = Array.isArray(manifest.levels) ? manifest.levels.length : 0
    if (!Array.isArray(levels) || levels.some((number) => !Number.isInteger(number) || number < 1 || number > levelCount)) {
      problems.push({ field: 'coop.levels', message: 'must list existing level numbers' })
    }
    if (!Number.isInteger(manifest.coop.timeLimitSeconds) || manifest.coop.timeLimitSeconds < 10) {
      problems.push({ field: 'coop.timeLimitSeconds', message: 'must be a whole number of seconds, at least 10' })
    }
    for (const name of ['initialState', 'command', 'tick', 'outcome'] as const) {
      if (typeof manifest.coop.rules?.[name] !== 'function') problems.push({ field: `coop.rules.${name}`, message: 'must be a function' })
    }
  }
  return problems
}

/**
 * The games this process knows. Game providers register their manifest at
 * boot; the core finds games only here, never by importing a game.
 */
export class GameRegistry {
  #games = new Map<string, GameManifest<any>>()

  register<State extends GameStateBase>(manifest: GameManifest<State>) {
    const name = typeof manifest?.slug === 'string' && manifest.slug ? manifest.slug : '(no slug)'
    const problems = manifestProblems(manifest)
    if (this.#games.has(name)) problems.push({ field: 'slug', message: 'another game is registered with this slug' })
    if (problems.length === 0) {
      // A level's setup is the game's own data: its rules are the judge of it.
      const coopLevels = new Set(manifest.coop?.levels ?? [])
      manifest.levels.forEach((level, index) => {
        try {
          if (coopLevels.has(level.number)) manifest.coop!.rules.initialState(level, SAMPLE_SEATS, createRng(1))
          else manifest.rules.initialState(level, createRng(1))
        } catch (error) {
          problems.push({ field: `levels[${index}].setup`, message: error instanceof Error ? error.message : String(error) })
        }
      })
    }
    if (problems.length > 0) throw new GameManifestError(name, problems)
    this.#games.set(manifest.slug, manifest)
  }

  find(slug: string): GameManifest | undefined {
    return this.#games.get(slug)
  }

  /** Whether a level is played together in a room rather than through the solo loop. */
  isCoopLevel(slug: string, number: number) {
    return this.#games.get(slug)?.coop?.levels.includes(number) ?? false
  }

  level(slug: string, number: number): GameLevel | undefined {
    return this.#games.get(slug)?.levels.find((level) => level.number === number)
  }

  all(): GameManifest[] {
    return [...this.#games.values()]
  }

  /** For tests that register a throw-away game. */
  unregister(slug: string) {
    this.#games.delete(slug)
  }
}

const gameRegistry = new GameRegistry()
export default gameRegistry
