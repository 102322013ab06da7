import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { ALL_TIME, GLOBAL_BOARD, weekBounds } from '#services/leaderboard_periods'
import { recountScores, type Board } from '#queries/leaderboard'
import { leaderboardIndex } from '#queries/leaderboard_store'
import { dbDateTime } from '#services/db_time'

type Total = { userId: number; score: number; reachedAt: string | Date }

/**
 * Recomputes boards from the XP ledger (`xp_awards`): the repair tool, and
 * how XP awarded before leaderboards existed gets onto them. The ledger is
 * read once per period (per player and game), and every board of that
 * period is derived from it: a game's board directly, the global one by
 * adding a player's games up. Each board is brought to its totals in one
 * transaction, writing only the scores that differ, so a board is never
 * seen half built, and running it twice writes nothing the second time.
 *
 * On PostgreSQL two boards are written at once, each on its own connection,
 * the biggest first so the two finish close together; SQLite has one
 * writer. The Redis index, when there is one, is loaded with the same
 * totals (not read back), one board after another while the database
 * writes the next ones.
 */
export async function rebuildBoards(boards: Board[], onProgress: (done: number, total: number) => void = () => {}) {
  let rows = 0
  let done = 0
  onProgress(0, boards.length)
  const atOnce = db.connection().dialect.name === 'postgres' ? 2 : 1
  const hidden = new Set((await db.from('users').where('show_on_leaderboards', false).select('id')).map((row) => row.id as number))
  const ledger = new Map<string, Map<string, Total[]>>()
  await eachAtOnce([...new Set(boards.map((board) => board.period))], atOnce, async (period) => {
    ledger.set(period, await ledgerTotals(period))
  })
  const work = boards
    .map((board) => {
      const byGame = ledger.get(board.period)!
      return { board, totals: board.gameSlug === GLOBAL_BOARD ? addGamesUp(byGame) : (byGame.get(board.gameSlug) ?? []) }
    })
    .sort((a, b) => b.totals.length - a.totals.length)

  const index = leaderboardIndex()
  let indexLoads = Promise.resolve()
  let indexFailure: unknown
  await eachAtOnce(work, atOnce, async ({ board, totals }) => {
    // Not `rows += await …`: that reads `rows` before the other board's write adds to it.
    const written = await db.transaction((trx) => writeBoard(trx, board, totals, hidden))
    rows += written
    if (!index) return onProgress(++done, boards.length)
    const visible = totals.filter((total) => !hidden.has(total.userId))
    // Caught at once (an unhandled rejection would end the process) and thrown at the end.
    indexLoads = indexLoads
      .then(async () => {
        if (indexFailure) return
        await index.load(board, visible)
        onProgress(++done, boards.length)
      })
      .catch((error) => {
        indexFailure = error
      })
  })
  await indexLoads
  if (indexFailure) throw indexFailure
  return { boards: boards.length, rows }
}

/** `work` for every item, at most `limit` running at a time. */
async function eachAtOnce<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/** Each player's XP and when they last earned it, per game, in one period. */
async function ledgerTotals(period: string) {
  const ledger = db.from('xp_awards')
  if (period !== ALL_TIME) {
    const { start, end } = weekBounds(period)
    ledger.where('created_at', '>=', dbDateTime(start)).where('created_at', '<', dbDateTime(end))
  }
  const rows = await ledger
    .groupBy('user_id', 'game_slug')
    .havingRaw('sum(amount) > 0')
    .select('user_id', 'game_slug', db.raw('sum(amount) as score'), db.raw('max(created_at) as reached_at'))
  const byGame = new Map<string, Total[]>()
  for (const row of rows) {
    const totals = byGame.get(row.game_slug) ?? []
    totals.push({ userId: row.user_id, score: Number(row.score), reachedAt: row.reached_at })
    byGame.set(row.game_slug, totals)
  }
  return byGame
}

/** All games together: a player's XP summed, reached when they last earned any. */
function addGamesUp(byGame: Map<string, Total[]>) {
  const players = new Map<number, Total>()
  for (const totals of byGame.values()) {
    for (const total of totals) {
      const seen = players.get(total.userId)
      players.set(
        total.userId,
        seen ? { userId: total.userId, score: seen.score + total.score, reachedAt: later(seen.reachedAt, total.reachedAt) } : { ...total }
      )
    }
  }
  return [...players.values()]
}

/** Timestamps of one database compare alike: Dates by value, SQLite's UTC text by text. */
function later(a: string | Date, b: string | Date) {
  return a > b ? a : b
}

type StoredScore = { user_id: number; score: number; reached_at: string | Date; hidden: unknown }

/**
 * Makes a board hold exactly `totals`: scores that differ are upserted,
 * players the ledger no longer has on the board are deleted, and the score
 * counts are recounted. Returns the board's players.
 */
async function writeBoard(trx: TransactionClientContract, board: Board, totals: Total[], hidden: Set<number>) {
  const where = { period: board.period, game_slug: board.gameSlug }
  const stored = new Map<number, StoredScore>()
  for (const row of (await trx.from('leaderboard_scores').where(where).select('user_id', 'score', 'reached_at', 'hidden')) as StoredScore[]) {
    stored.set(row.user_id, row)
  }
  const changed = totals.filter((total) => {
    const row = stored.get(total.userId)
    stored.delete(total.userId)
    return !row || Number(row.score) !== total.score || !sameTime(row.reached_at, total.reachedAt) || Boolean(row.hidden) !== hidden.has(total.userId)
  })
  // What is left of `stored` has no XP on this board in the ledger.
  const gone = [...stored.keys()]
  for (let i = 0; i < gone.length; i += 500) {
    await trx.from('leaderboard_scores').where(where).whereIn('user_id', gone.slice(i, i + 500)).delete()
  }
  if (trx.dialect.name === 'postgres') {
    // Columns as arrays: one short statement per 20,000 rows, nothing to parse per row.
    for (let i = 0; i < changed.length; i += 20_000) {
      const chunk = changed.slice(i, i + 20_000)
      await trx.rawQuery(
        `insert into leaderboard_scores (period, game_slug, user_id, score, reached_at, hidden)
         select ?, ?, * from unnest(?::int[], ?::int[], ?::timestamptz[], ?::boolean[]) ${UPSERT}`,
        [
          board.period,
          board.gameSlug,
          chunk.map((total) => total.userId),
          chunk.map((total) => total.score),
          chunk.map((total) => total.reachedAt as Date),
          chunk.map((total) => hidden.has(total.userId)),
        ]
      )
    }
  } else {
    // 500 rows a statement: 3,000 values, well under SQLite's 32,766, and
    // the same statement text for every full chunk (prepared once).
    for (let i = 0; i < changed.length; i += 500) {
      const chunk = changed.slice(i, i + 500)
      const values: Array<string | number | boolean | Date> = []
      for (const total of chunk) values.push(board.period, board.gameSlug, total.userId, total.score, total.reachedAt, hidden.has(total.userId))
      await trx.rawQuery(
        `insert into leaderboard_scores (period, game_slug, user_id, score, reached_at, hidden) values ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')} ${UPSERT}`,
        values
      )
    }
  }
  // Counted again even when no score moved: the counts are part of what a repair puts right.
  await recountScores(trx, board)
  return totals.length
}

/** A player an award job put on the board since it was read is taken over, not a failed rebuild. */
const UPSERT = `on conflict (user_id, period, game_slug) do update
  set score = excluded.score, reached_at = excluded.reached_at, hidden = excluded.hidden`

/** The same instant, compared as `later` compares. */
function sameTime(a: string | Date, b: string | Date) {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b
}
