import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import redis from '@adonisjs/redis/services/main'
import { ALL_TIME, weekBounds } from '#services/leaderboard_periods'
import { SqlLeaderboardStore, type Board, type LeaderboardStore, type MyStanding, type RankedEntry } from '#queries/leaderboard'

/** A player's score on one board as `leaderboard_scores` holds it after a write. */
export type BoardScore = Board & { userId: number; score: number; reachedAt: string | Date; hidden: boolean }

// Members sort so that ZREVRANGE lists equal scores in the SQL order: who
// reached the score first, then the older account. Redis orders equal
// scores by member, descending, hence the complements.
const LATEST_MS = 9_999_999_999_999
const LARGEST_ID = 9_999_999_999

function memberOf(userId: number, reachedAt: string | Date) {
  return `${String(LATEST_MS - instantMs(reachedAt)).padStart(13, '0')}:${String(LARGEST_ID - userId).padStart(10, '0')}`
}

function userOf(member: string) {
  return LARGEST_ID - Number(member.slice(member.indexOf(':') + 1))
}

/** Timestamps come back as Date on PostgreSQL and as UTC text on SQLite. */
function instantMs(value: string | Date) {
  return value instanceof Date ? value.getTime() : DateTime.fromSQL(value, { zone: 'utc' }).toMillis()
}

const keys = (board: Board) => {
  const base = `leaderboard:${board.period}:${board.gameSlug}`
  // The ranking, each visible player's member in it, and a marker that the
  // ranking was loaded from the database (a Redis that lost its data has none).
  return { ranking: base, members: `${base}:members`, loaded: `${base}:loaded` }
}

/** A score only moves up: an older write arriving late never undoes a newer one. */
const RECORD = `
local old = redis.call('HGET', KEYS[2], ARGV[1])
if old then
  local score = redis.call('ZSCORE', KEYS[1], old)
  if score and tonumber(score) > tonumber(ARGV[2]) then return 0 end
  redis.call('ZREM', KEYS[1], old)
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
if tonumber(ARGV[4]) > 0 then
  redis.call('PEXPIREAT', KEYS[1], ARGV[4])
  redis.call('PEXPIREAT', KEYS[2], ARGV[4])
end
return 1`

const FORGET = `
local old = redis.call('HGET', KEYS[2], ARGV[1])
if old then
  redis.call('ZREM', KEYS[1], old)
  redis.call('HDEL', KEYS[2], ARGV[1])
end
return 1`

/** Rank (0-based), score and up to two members either side, in one round trip. */
const STANDING = `
if redis.call('EXISTS', KEYS[3]) == 0 then return -1 end
local member = redis.call('HGET', KEYS[2], ARGV[1])
if not member then return nil end
local rank = redis.call('ZREVRANK', KEYS[1], member)
if not rank then return nil end
local from = rank - 2
if from < 0 then from = 0 end
return { rank, redis.call('ZREVRANGE', KEYS[1], from, rank + 2, 'WITHSCORES') }`

const TOP = `
if redis.call('EXISTS', KEYS[2]) == 0 then return -1 end
return redis.call('ZREVRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1, 'WITHSCORES')`

/** A list in 5,000-entry pages, as the database pages come. */
async function* pagesOf<T>(entries: T[]) {
  for (let i = 0; i < entries.length; i += 5_000) yield entries.slice(i, i + 5_000)
}

/** Weekly boards leave Redis four weeks after their week ended; all time stays. */
function expiryOf(board: Board) {
  return board.period === ALL_TIME ? 0 : weekBounds(board.period).end.plus({ weeks: 4 }).toMillis()
}

/**
 * The Redis store: a sorted set per board, written after the database (the
 * award job, the settings, a rebuild) and read for "my rank" in one round
 * trip. The database stays the record: a board Redis has not loaded, and
 * any Redis error, fall back to the SQL store, and the scheduled refresh
 * loads boards Redis lost (`ensureLoaded`).
 */
export class RedisLeaderboardStore implements LeaderboardStore {
  #sql = new SqlLeaderboardStore()
  #scriptsDefined = false

  #connection() {
    const connection = redis.connection()
    if (!this.#scriptsDefined) {
      connection.defineCommand('leaderboardRecord', { numberOfKeys: 2, lua: RECORD })
      connection.defineCommand('leaderboardForget', { numberOfKeys: 2, lua: FORGET })
      connection.defineCommand('leaderboardStanding', { numberOfKeys: 3, lua: STANDING })
      connection.defineCommand('leaderboardTop', { numberOfKeys: 2, lua: TOP })
      this.#scriptsDefined = true
    }
    return connection
  }

  async top(board: Board, limit: number): Promise<RankedEntry[]> {
    const { ranking, loaded } = keys(board)
    const reply = await this.#read(() => this.#connection().runCommand('leaderboardTop', ranking, loaded, limit))
    if (!Array.isArray(reply)) return this.#sql.top(board, limit)
    return this.#entries(reply as string[], 1)
  }

  async standing(board: Board, userId: number): Promise<MyStanding | null> {
    const { ranking, members, loaded } = keys(board)
    const reply = await this.#read(() => this.#connection().runCommand('leaderboardStanding', ranking, members, loaded, userId))
    // Not loaded, Redis failed, or not ranked (no score, or hidden): the database answers.
    if (!Array.isArray(reply)) return this.#sql.standing(board, userId)
    const [rank, window] = reply as [number, string[]]
    const firstRank = Math.max(0, rank - 2) + 1
    const neighbours = await this.#entries(window, firstRank)
    const mine = neighbours.find((entry) => entry.userId === userId)
    if (!mine) return this.#sql.standing(board, userId)
    return { score: mine.score, rank: rank + 1, hidden: false, neighbours }
  }

  /**
   * Writes scores the database now holds. Never throws: a missed write is
   * mended by the player's next one (scores are absolute), or by a reload.
   */
  async record(scores: BoardScore[]) {
    try {
      const connection = this.#connection()
      await Promise.all(
        scores.map((entry) => {
          const { ranking, members } = keys(entry)
          return entry.hidden
            ? connection.runCommand('leaderboardForget', ranking, members, entry.userId)
            : connection.runCommand('leaderboardRecord', ranking, members, entry.userId, entry.score, memberOf(entry.userId, entry.reachedAt), expiryOf(entry))
        })
      )
    } catch (error) {
      logger.warn({ err: error }, 'leaderboard index: a write to Redis failed; the database keeps the score')
    }
  }

  /**
   * Replaces a board with the database's visible scores (when Redis lost
   * it), or with the scores a rebuild just wrote (`visible`: no read back).
   */
  async load(board: Board, visible?: Array<{ userId: number; score: number; reachedAt: string | Date }>) {
    const { ranking, members, loaded } = keys(board)
    const staging = { ranking: `${ranking}:staging`, members: `${members}:staging` }
    const connection = this.#connection()
    await connection.del(staging.ranking, staging.members)
    let staged = 0
    for await (const page of visible ? pagesOf(visible) : this.#pagesFromDatabase(board)) {
      const pipeline = connection.pipeline()
      const zadd: Array<string | number> = []
      const hset: Array<string | number> = []
      for (const entry of page) {
        const member = memberOf(entry.userId, entry.reachedAt)
        zadd.push(entry.score, member)
        hset.push(entry.userId, member)
      }
      pipeline.zadd(staging.ranking, ...zadd)
      pipeline.hset(staging.members, ...hset)
      await pipeline.exec()
      staged += page.length
    }
    // The swap is one transaction: readers see the old board or the new one.
    const swap = connection.multi()
    swap.del(ranking, members)
    if (staged > 0) {
      swap.rename(staging.ranking, ranking)
      swap.rename(staging.members, members)
    }
    swap.set(loaded, DateTime.utc().toISO()!)
    const expiry = expiryOf(board)
    if (expiry > 0) for (const key of [ranking, members, loaded]) swap.pexpireat(key, expiry)
    await swap.exec()
  }

  /** Keyset pages along the rank index: a board of 100,000 players goes over in 5,000-row bites. */
  async *#pagesFromDatabase(board: Board) {
    let after: { score: number; reached_at: string | Date; user_id: number } | undefined
    for (;;) {
      const query = db.from('leaderboard_scores').where({ period: board.period, game_slug: board.gameSlug, hidden: false })
      if (after) query.whereRaw('(score, reached_at, user_id) > (?, ?, ?)', [after.score, after.reached_at, after.user_id])
      const rows: Array<{ user_id: number; score: number; reached_at: string | Date }> = await query
        .orderBy(['score', 'reached_at', 'user_id'])
        .limit(5_000)
        .select('user_id', 'score', 'reached_at')
      if (rows.length === 0) return
      yield rows.map((row) => ({ userId: row.user_id, score: Number(row.score), reachedAt: row.reached_at }))
      after = rows[rows.length - 1]
    }
  }

  /** Loads the boards Redis does not hold (it restarted, or was flushed). */
  async ensureLoaded(boards: Board[]) {
    const connection = this.#connection()
    let loadedCount = 0
    for (const board of boards) {
      if ((await connection.exists(keys(board).loaded)) === 0) {
        await this.load(board)
        loadedCount += 1
      }
    }
    return loadedCount
  }

  async #read(command: () => Promise<unknown>) {
    try {
      return await command()
    } catch (error) {
      logger.warn({ err: error }, 'leaderboard index: Redis read failed; answering from the database')
      return null
    }
  }

  /** [member, score, member, score…] from Redis, with names from the database. */
  async #entries(reply: string[], firstRank: number): Promise<RankedEntry[]> {
    const ranked = []
    for (let i = 0; i < reply.length; i += 2) ranked.push({ userId: userOf(reply[i]), score: Number(reply[i + 1]) })
    if (ranked.length === 0) return []
    const users = await db
      .from('users')
      .whereIn(
        'id',
        ranked.map((entry) => entry.userId)
      )
      .select('id', 'display_name', 'avatar_url')
    const byId = new Map(users.map((user) => [user.id as number, user]))
    return ranked.map((entry, index) => ({
      rank: firstRank + index,
      userId: entry.userId,
      displayName: byId.get(entry.userId)?.display_name ?? '',
      avatarUrl: byId.get(entry.userId)?.avatar_url ?? null,
      score: entry.score,
    }))
  }
}
