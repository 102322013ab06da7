import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import db from '@adonisjs/lucid/services/db'
import gameRegistry from '#game_kit/registry'
import { createRng, seedFrom } from '#game_kit/rng'
import type { GameLevel, GameManifest, GameStateBase } from '#game_kit/types'
import PlayException from '#exceptions/play_exception'
import LevelProgress from '#models/level_progress'
import type User from '#models/user'

/**
 * A registered game and one of its solo levels, or the 404 the player sees
 * (co-op levels are played in rooms).
 */
export function findLevel(slug: string, number: number): { game: GameManifest; level: GameLevel } {
  const game = gameRegistry.find(slug)
  if (!game) throw PlayException.unknownGame(slug)
  const level = game.levels.find((candidate) => candidate.number === number)
  if (!level) throw PlayException.unknownLevel(slug, number)
  if (game.coop?.levels.includes(number)) throw PlayException.playedTogether(slug, number)
  return { game, level }
}

/** Editors and admins open any level (to try content); players earn them in order. */
function opensEveryLevel(user: User) {
  return user.role === 'admin' || user.role === 'editor'
}

/**
 * Level 1 is open; level n opens once level n − 1 was completed (a restart
 * does not close it again).
 */
export async function isUnlocked(user: User, game: string, level: number, client?: TransactionClientContract) {
  if (level === 1 || opensEveryLevel(user)) return true
  const previous = await LevelProgress.query({ client })
    .where({ userId: user.id, gameSlug: game, level: level - 1 })
    .whereNotNull('completedAt')
    .first()
  return previous !== null
}

export async function assertUnlocked(user: User, game: string, level: number, client?: TransactionClientContract) {
  if (!(await isUnlocked(user, game, level, client))) throw PlayException.locked(level)
}

/**
 * The starting position of a level for a player: seeded from who plays
 * what, and a salt (attempts so far) so a restart can deal a new position.
 */
export function freshGame(game: GameManifest, level: GameLevel, user: User, salt: number) {
  const rng = createRng(seedFrom(user.id, game.slug, level.number, salt))
  const state: GameStateBase = game.rules.initialState(level, rng)
  return { state, rngState: rng.state }
}

/**
 * The saved game of a player on a level, created on first use, locked
 * for update inside the transaction (PostgreSQL; SQLite writes serially).
 */
export async function progressFor(trx: TransactionClientContract, user: User, game: GameManifest, level: GameLevel) {
  const where = { userId: user.id, gameSlug: game.slug, level: level.number }
  const existing = await LevelProgress.query({ client: trx })
    .where(where)
    .if(trx.dialect.name === 'postgres', (query) => query.forUpdate())
    .first()
  if (existing) return existing
  const { state, rngState } = freshGame(game, level, user, 0)
  return LevelProgress.create({ ...where, state, rngState, attemptsCount: 0, passedCount: 0, bestScore: 0, hintsUsed: 0 }, { client: trx })
}

/**
 * Runs `work` in a transaction, once more if a concurrent request created
 * the same unique row first (two first attempts at once).
 */
export async function transactionRetryingConflicts<T>(work: (trx: TransactionClientContract) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work)
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return db.transaction(work)
  }
}

function isUniqueViolation(error: unknown) {
  const code = (error as { code?: string })?.code
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}
