import db from '@adonisjs/lucid/services/db'
import gameRegistry from '#game_kit/registry'
import type { GameLevel, GameManifest, LocalizedText } from '#game_kit/types'
import type { FeedbackItem } from '#language/types'
import Attempt from '#models/attempt'
import GrammarPattern from '#models/grammar_pattern'
import LevelProgress from '#models/level_progress'
import type User from '#models/user'
import { lexemeGlossary } from '#queries/lexeme_glossary'
import { CEFR_LEVELS, type CatalogFilterInput } from '#validators/catalog'

export type LevelState = 'locked' | 'open' | 'completed'

/** Why a level is recommended: a rule the player keeps breaking, a kind of mistake, or simply what comes next. */
export type Recommendation =
  | { kind: 'weak_rule'; ruleKey: string; misses: number }
  | { kind: 'weak_kind'; feedbackKind: string; misses: number }
  | { kind: 'next' }

export type CatalogLevel = {
  game: GameManifest
  level: GameLevel
  /** Played together in a room (open to every player), not in the solo chain. */
  coop: boolean
  state: LevelState
  /** Best score so far, null before the first attempt. */
  bestScore: number | null
  attempts: number
  reason?: Recommendation
}

export type CatalogGame = { game: GameManifest; levels: CatalogLevel[]; completed: number; total: number }

/** How many recent failed attempts the recommendation reads. */
const RECENT_FAILURES = 100

/**
 * The catalog as one player (or a guest) sees it: every registered game
 * with its levels and their state, narrowed by the filters, plus the
 * facets to filter by, where to continue and what to practise next.
 *
 * Unknown topic or grammar keys are dropped like malformed ones, so the
 * form always shows the filters that were applied.
 */
export async function catalogFor(user: User | null, input: CatalogFilterInput) {
  const games = gameRegistry.all()
  const player = await playerLevels(user, games)
  const patterns = await patternTitles()

  const facets = facetsOf(games)
  const filters: CatalogFilterInput = {
    ...(input.topic && facets.topics.includes(input.topic) ? { topic: input.topic } : {}),
    ...(input.grammar && facets.grammar.includes(input.grammar) ? { grammar: input.grammar } : {}),
    ...(input.cefr && facets.cefr.includes(input.cefr) ? { cefr: input.cefr } : {}),
    ...(input.q ? { q: input.q } : {}),
  }
  const matches = await matcherFor(filters, games)

  const listed: CatalogGame[] = []
  for (const game of games) {
    const levels = player.levelsOf(game)
    const shown = levels.filter((entry) => matches(entry))
    if (shown.length > 0) {
      listed.push({ game, levels: shown, completed: levels.filter((entry) => entry.state === 'completed').length, total: levels.length })
    }
  }

  const continueLevel = user ? await continueFor(user, player) : null
  const recommended = user ? await recommendationFor(user, player, continueLevel, patterns) : null

  return {
    filters,
    facets,
    patterns,
    games: listed,
    totals: { levels: games.reduce((sum, game) => sum + game.levels.length, 0), shown: listed.reduce((sum, entry) => sum + entry.levels.length, 0) },
    continueLevel,
    recommended,
  }
}

/**
 * Each level's state for a player: the rule of `isUnlocked` in
 * services/play_levels (level 1 open, level n once n − 1 was completed,
 * editors and admins everywhere), read from one query instead of one per
 * level. A guest sees the catalog as a new player would.
 */
async function playerLevels(user: User | null, games: GameManifest[]) {
  const rows = user ? await LevelProgress.query().where('userId', user.id).select('gameSlug', 'level', 'attemptsCount', 'bestScore', 'completedAt') : []
  const progress = new Map(rows.map((row) => [`${row.gameSlug}:${row.level}`, row]))
  const opensEveryLevel = user?.role === 'admin' || user?.role === 'editor'
  const coopPlays = user ? await coopPlaysOf(user) : new Map<string, { matches: number; won: boolean }>()

  const entry = (game: GameManifest, level: GameLevel): CatalogLevel => {
    if (game.coop?.levels.includes(level.number)) {
      const plays = coopPlays.get(`${game.slug}:${level.number}`)
      return { game, level, coop: true, state: plays?.won ? 'completed' : 'open', attempts: plays?.matches ?? 0, bestScore: null }
    }
    const row = progress.get(`${game.slug}:${level.number}`)
    const previousDone = progress.get(`${game.slug}:${level.number - 1}`)?.completedAt
    const unlocked = level.number === 1 || opensEveryLevel || Boolean(previousDone)
    // A level completed behind one that is not (content reordered) stays shut, as the play page keeps it.
    const state: LevelState = !unlocked ? 'locked' : row?.completedAt ? 'completed' : 'open'
    const attempts = row?.attemptsCount ?? 0
    return { game, level, coop: false, state, attempts, bestScore: attempts > 0 ? (row?.bestScore ?? 0) : null }
  }
  const cache = new Map<string, CatalogLevel[]>()
  const levelsOf = (game: GameManifest) => {
    let levels = cache.get(game.slug)
    if (!levels) {
      levels = game.levels.map((level) => entry(game, level))
      cache.set(game.slug, levels)
    }
    return levels
  }
  return {
    levelsOf,
    find: (slug: string, number: number) => {
      const game = games.find((candidate) => candidate.slug === slug)
      return game ? levelsOf(game).find((candidate) => candidate.level.number === number) : undefined
    },
    /** Every level in catalog order: games as registered, levels by number. */
    all: () => games.flatMap((game) => levelsOf(game)),
    /** The solo levels in catalog order: where "continue" and recommendations point. */
    solo: () => games.flatMap((game) => levelsOf(game)).filter((entry) => !entry.coop),
  }
}

/** Co-op matches a player took part in, per level, and whether one was won. */
async function coopPlaysOf(user: User) {
  const rows = await db
    .from('coop_match_players')
    .join('coop_matches', 'coop_matches.id', 'coop_match_players.match_id')
    .where('coop_match_players.user_id', user.id)
    .groupBy('coop_matches.game_slug', 'coop_matches.level')
    .select('coop_matches.game_slug as game', 'coop_matches.level as level')
    .count('* as matches')
    .select(db.raw(`max(case when coop_matches.outcome = 'won' then 1 else 0 end) as won`))
  return new Map(rows.map((row) => [`${row.game}:${row.level}`, { matches: Number(row.matches), won: Number(row.won) === 1 }]))
}

type PlayerLevels = Awaited<ReturnType<typeof playerLevels>>

/** Titles of the published grammar patterns by key. */
async function patternTitles() {
  const rows = await GrammarPattern.query().where('status', 'published').select('key', 'title', 'catches')
  return new Map(rows.map((row) => [row.key, { title: row.title as LocalizedText, catches: (row.catches ?? []) as string[] }]))
}

export type PatternTitles = Awaited<ReturnType<typeof patternTitles>>

/**
 * What the catalog can be filtered by: the topic tags of levels (a game's
 * own slug is left out: every level of the game carries it), the grammar
 * patterns they teach and their CEFR levels.
 */
function facetsOf(games: GameManifest[]) {
  const slugs = new Set(games.map((game) => game.slug))
  const topics = new Set<string>()
  const grammar = new Set<string>()
  const cefr = new Set<string>()
  for (const game of games) {
    for (const level of game.levels) {
      for (const tag of level.tags ?? []) if (!slugs.has(tag)) topics.add(tag)
      for (const key of level.grammar) grammar.add(key)
      cefr.add(level.cefr)
    }
  }
  return {
    topics: [...topics].sort(),
    grammar: [...grammar].sort(),
    cefr: CEFR_LEVELS.filter((level) => cefr.has(level)),
  }
}

/** Lowercase, without accents, ё as е: what a search box should ignore. */
export function searchable(text: string) {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/ё/g, 'е')
}

/**
 * The filter of one request. The text search needs every word of the
 * query somewhere in a level's titles, task (any language) or vocabulary
 * (lemma, forms, translations).
 */
async function matcherFor(filters: CatalogFilterInput, games: GameManifest[]) {
  const terms = filters.q ? searchable(filters.q).split(/\s+/).filter(Boolean) : []
  let haystackOf: ((entry: CatalogLevel) => string) | null = null
  if (terms.length > 0) {
    const glossary = await lexemeGlossary(
      games.flatMap((game) => game.levels.flatMap((level) => level.vocabulary)),
      games.map((game) => game.slug)
    )
    const haystacks = new Map<string, string>()
    haystackOf = ({ game, level }) => {
      const key = `${game.slug}:${level.number}`
      let text = haystacks.get(key)
      if (text === undefined) {
        const words = level.vocabulary.flatMap((lexeme) => {
          const entry = glossary(game.slug, lexeme)
          return [entry.lemma, ...Object.values(entry.forms), ...Object.values(entry.translations)]
        })
        text = searchable([...Object.values(game.title), ...Object.values(level.title), ...Object.values(level.task), ...words].join(' \u0000 '))
        haystacks.set(key, text)
      }
      return text
    }
  }

  return (entry: CatalogLevel) => {
    const { level } = entry
    if (filters.topic && !(level.tags ?? []).includes(filters.topic)) return false
    if (filters.grammar && !level.grammar.includes(filters.grammar)) return false
    if (filters.cefr && level.cefr !== filters.cefr) return false
    if (haystackOf) {
      const text = haystackOf(entry)
      if (!terms.every((term) => text.includes(term))) return false
    }
    return true
  }
}

/**
 * Where to pick up: the level the player last attempted and has not
 * completed (still playable), otherwise the first open level in catalog
 * order. Null once everything is completed.
 */
async function continueFor(user: User, player: PlayerLevels): Promise<CatalogLevel | null> {
  const recent = await db
    .from('attempts')
    .where('user_id', user.id)
    .select('game_slug', 'level')
    .max('id as last_id')
    .groupBy('game_slug', 'level')
    .orderBy('last_id', 'desc')
    .limit(50)
  for (const row of recent) {
    const entry = player.find(row.game_slug, Number(row.level))
    if (entry?.state === 'open' && !entry.coop) return entry
  }
  return player.solo().find((entry) => entry.state === 'open') ?? null
}

/**
 * What to practise next, from the player's recent failed attempts: the
 * grammar rule cited most often in their feedback, then the kind of mistake
 * made most often (a level whose patterns catch it), then simply the next
 * open level. Among the levels that teach the weak point, an open one comes
 * before a completed one (replaying still trains it), and the "continue"
 * level comes last: the card should add a place to go, not repeat one.
 *
 * @example
 * // Feedback of failed attempts cites plural_after_numbers 3 times, the_article once:
 * // → the first unlocked level whose grammar includes plural_after_numbers,
 * //   reason { kind: 'weak_rule', ruleKey: 'plural_after_numbers', misses: 3 }
 */
async function recommendationFor(
  user: User,
  player: PlayerLevels,
  continueLevel: CatalogLevel | null,
  patterns: PatternTitles
): Promise<CatalogLevel | null> {
  const failed = await Attempt.query().where('userId', user.id).where('passed', false).orderBy('id', 'desc').limit(RECENT_FAILURES).select('id', 'feedback')
  const rules = new Map<string, number>()
  const kinds = new Map<string, number>()
  for (const attempt of failed) {
    const items = (Array.isArray(attempt.feedback) ? attempt.feedback : []) as FeedbackItem[]
    // Each rule and kind counts once per attempt: one sentence with three
    // missing words is one slip, not three.
    for (const ruleKey of new Set(items.map((item) => item.ruleKey).filter((key): key is string => Boolean(key)))) {
      rules.set(ruleKey, (rules.get(ruleKey) ?? 0) + 1)
    }
    for (const kind of new Set(items.filter((item) => item.blocking !== false).map((item) => item.kind))) {
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    }
  }

  const unlocked = player.solo().filter((entry) => entry.state !== 'locked')
  const best = (candidates: CatalogLevel[]) => {
    const rank = (entry: CatalogLevel) => (entry === continueLevel ? 2 : entry.state === 'open' ? 0 : 1)
    return [...candidates].sort((a, b) => rank(a) - rank(b))[0]
  }
  // Map order is first-seen order, and attempts come newest first: ties go to the recent one.
  const byCount = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1])

  for (const [ruleKey, misses] of byCount(rules)) {
    const pick = best(unlocked.filter((entry) => entry.level.grammar.includes(ruleKey)))
    if (pick) return { ...pick, reason: { kind: 'weak_rule', ruleKey, misses } }
  }
  for (const [feedbackKind, misses] of byCount(kinds)) {
    const pick = best(unlocked.filter((entry) => entry.level.grammar.some((key) => patterns.get(key)?.catches.includes(feedbackKind))))
    if (pick) return { ...pick, reason: { kind: 'weak_kind', feedbackKind, misses } }
  }
  const open = unlocked.filter((entry) => entry.state === 'open')
  const next = open.find((entry) => entry !== continueLevel) ?? open[0]
  return next ? { ...next, reason: { kind: 'next' } } : null
}
