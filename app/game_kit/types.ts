import type { Cefr, Translations } from '#language/content'
import type { Goal } from '#language/types'
import type { Rng } from './rng.js'

export type LocalizedText = Translations & { en: string }

/**
 * A level as a game module declares it: the language side the checker
 * compiles (goals, accepted templates, vocabulary, grammar, hints) and
 * `setup`, the game's own starting position, which only its rules read.
 */
export type GameLevel = {
  number: number
  key: string
  title: LocalizedText
  /** The goal card: what to get done, in the interface language (the player says it in the target one). */
  task: LocalizedText
  goals: Goal[]
  canonical: string
  accepted?: Array<{ intent: string; pattern: string; template: string }>
  allowedIntents: string[]
  vocabulary: string[]
  grammar: string[]
  /** Progressive: the pattern, then the first word, then the whole phrase. */
  hints: LocalizedText[]
  cefr: Cefr
  difficulty: number
  tags?: string[]
  setup?: Record<string, unknown>
}

/**
 * What the checker understood, handed to the rules. `countsForGoal` is the
 * checker's word that the phrase also met a goal in the grammar the level
 * teaches; the rules still decide whether the action happens.
 */
export type GameIntent = {
  name: string
  slots: Record<string, string | number>
  countsForGoal: boolean
}

/** A refusal by the game's rules: a translation key under `games.<slug>.refusals`. */
export type Refusal = { key: string; params?: Record<string, string | number> }

export type GoalProgress = Goal & { met: boolean }

/** A state the kit can track goals in: every game's state carries its level's goals. */
export type GameStateBase = { goals: GoalProgress[]; turn: number }

export type ApplyResult<State extends GameStateBase> = {
  accepted: boolean
  reason?: Refusal
  state: State
  goals: GoalProgress[]
  levelComplete: boolean
}

export type GameRules<State extends GameStateBase> = {
  /** The position a level starts from (pure: the same level and seed give the same state). */
  initialState(level: GameLevel, rng: Rng): State
  /**
   * One move. Pure: never mutates `state`, draws randomness only from `rng`.
   */
  apply(state: State, intent: GameIntent, rng: Rng): ApplyResult<State>
}

/** A seat in a co-op room, as the game's rules see it (seats are numbered from 0). */
export type CoopSeat = { seat: number; userId: number; name: string }

/** The room's clock: ticks since the match started, and how many make a second. */
export type CoopClock = { tick: number; tickRate: number }

/** Where a co-op match stands after a tick: still playing, or over for everyone. */
export type CoopOutcome = 'playing' | 'won' | 'lost'

/**
 * The rules of a co-op room. Every function is pure and draws randomness
 * only from `rng`: the hub calls them in a fixed order (each tick: the
 * accepted commands in arrival order, then `tick`), so a match's replay log
 * of commands per tick gives the same match again.
 */
export type CoopRules<State extends GameStateBase> = {
  /** The shared position a match starts from, for the seats taken. */
  initialState(level: GameLevel, seats: CoopSeat[], rng: Rng): State
  /** One player's order, checked by the language engine already, in the tick it arrived in. Goals are marked by the rules. */
  command(state: State, order: { seat: number; intent: GameIntent }, clock: CoopClock, rng: Rng): ApplyResult<State>
  /**
   * The world moves on between orders: called once per tick, after that
   * tick's commands. `tickRate` lets a game pace itself in seconds whatever
   * the room's rate.
   */
  tick(state: State, clock: CoopClock, rng: Rng): State
  /** Won, lost or still playing (the hub ends a match at its time limit on its own). */
  outcome(state: State): CoopOutcome
}

/** A co-op room's shape and rules, for games that offer the `coop` mode. */
export type CoopDefinition<State extends GameStateBase = GameStateBase> = {
  minPlayers: number
  maxPlayers: number
  /** The game's own tick rate; the hub's configured rate wins when set. */
  tickRate: number
  /** Levels played together (in rooms, not through the solo loop). */
  levels: number[]
  /** A match that is neither won nor lost by then ends as a timeout. */
  timeLimitSeconds: number
  rules: CoopRules<State>
}

export type GameMode = 'solo' | 'coop'

/**
 * Everything the core knows about a game. The registry checks it at boot.
 */
export type GameManifest<State extends GameStateBase = GameStateBase> = {
  /** One lowercase word, used for the folder, routes, tables and channels. */
  slug: string
  title: LocalizedText
  description: LocalizedText
  modes: GameMode[]
  tags: string[]
  /** The intents the rules understand; levels may allow only these. */
  intents: string[]
  levels: GameLevel[]
  rules: GameRules<State>
  coop?: CoopDefinition<State>
  /** The Pixi island, relative to the game's folder (`client/island.ts`). */
  island: string
}

/**
 * Declares a game module with its state type checked in one place.
 */
export function defineGame<State extends GameStateBase>(manifest: GameManifest<State>): GameManifest<State> {
  return manifest
}
