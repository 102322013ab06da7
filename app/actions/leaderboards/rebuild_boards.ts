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
 * adding a player's games up. Each board is replaced in one transaction,
 * so a board is never seen half built and running it twice gives the same
 * boards. The Redis index, when there is one, is loaded with the same
 * totals (not read back).
 */
export async function rebuildBoards(boards: Board[], onProgress: (done: number, total: number) => void = () => {}) {
  let rows = 0
  let done = 0
  onProgress(0, boards.length)
  const hidden = new Set((await db.from('users').where('show_on_leaderboards', false).select('id')).map((row) => row.id as number))
  for (const period of new Set(boards.map((board) => board.period))) {
    const byGame = await ledgerTotals(period)
    for (const board of boards.filter((candidate) => candidate.period === period)) {
      const totals = board.gameSlug === GLOBAL_BOARD ? addGamesUp(byGame) : (byGame.get(board.gameSlug) ?? [])
      rows += await db.transaction((trx) => replaceBoard(trx, board, totals, hidden))
      await leaderboardIndex()?.load(
        board,
        totals.filter((total) => !hidden.has(total.userId))
      )
      onProgress(++done, boards.length)
    }
  }
  return { boards: boards.length, rows }
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

async function replaceBoard(trx: TransactionClientContract, board: Board, totals: Total[], hidden: Set<number>) {
  await trx.from('leaderboard_scores').where({ period: board.period, game_slug: board.gameSlug }).delete()
  if (trx.dialect.name === 'postgres') {
    // Columns as arrays: one short statement per 20,000 rows, nothing to parse per row.
    for (let i = 0; i < totals.length; i += 20_000) {
      const chunk = totals.slice(i, i + 20_000)
      await trx.rawQuery(
        `insert into leaderboard_scores (period, game_slug, user_id, score, reached_at, hidden)
         select ?, ?, * from unnest(?::int[], ?::int[], ?::timestamptz[], ?::boolean[])`,
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
    for (let i = 0; i < totals.length; i += 500) {
      const chunk = totals.slice(i, i + 500)
      const values: Array<string | number | boolean | Date> = []
      for (const total of chunk) values.push(board.period, board.gameSlug, total.userId, total.score, total.reachedAt, hidden.has(total.userId))
      await trx.rawQuery(
        `insert into leaderboard_scores (period, game_slug, user_id, score, reached_at, hidden) values ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
        values
      )
    }
  }
  await recountScores(trx, board)
  return totals.length
}
