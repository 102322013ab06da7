import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { ALL_TIME, GLOBAL_BOARD, weekBounds } from '#services/leaderboard_periods'
import { recountScores, type Board } from '#queries/leaderboard'
import { leaderboardIndex } from '#queries/leaderboard_store'
import { dbDateTime } from '#services/db_time'

/**
 * Recomputes boards from the XP ledger (`xp_awards`): the repair tool, and
 * how XP awarded before leaderboards existed gets onto them. Each board is
 * replaced in one transaction, so a board is never seen half built and
 * running it twice gives the same boards. The Redis index, when there is
 * one, is reloaded from the rebuilt board.
 */
export async function rebuildBoards(boards: Board[], onProgress: (done: number, total: number) => void = () => {}) {
  let rows = 0
  onProgress(0, boards.length)
  for (const [index, board] of boards.entries()) {
    rows += await db.transaction((trx) => rebuildBoard(trx, board))
    await leaderboardIndex()?.load(board)
    onProgress(index + 1, boards.length)
  }
  return { boards: boards.length, rows }
}

async function rebuildBoard(trx: TransactionClientContract, board: Board) {
  await trx.from('leaderboard_scores').where({ period: board.period, game_slug: board.gameSlug }).delete()

  const ledger = trx.from('xp_awards as x').join('users as u', 'u.id', 'x.user_id')
  if (board.gameSlug !== GLOBAL_BOARD) ledger.where('x.game_slug', board.gameSlug)
  if (board.period !== ALL_TIME) {
    const { start, end } = weekBounds(board.period)
    ledger.where('x.created_at', '>=', dbDateTime(start)).where('x.created_at', '<', dbDateTime(end))
  }
  const totals = await ledger
    .groupBy('x.user_id', 'u.show_on_leaderboards')
    .havingRaw('sum(x.amount) > 0')
    .select('x.user_id', 'u.show_on_leaderboards', trx.raw('sum(x.amount) as score'), trx.raw('max(x.created_at) as reached_at'))

  // In chunks: knex writes a SQLite multi-row insert as one compound
  // SELECT, and SQLite allows 500 terms in one.
  for (let i = 0; i < totals.length; i += 500) {
    await trx.table('leaderboard_scores').multiInsert(
      totals.slice(i, i + 500).map((row) => ({
        period: board.period,
        game_slug: board.gameSlug,
        user_id: row.user_id,
        score: Number(row.score),
        reached_at: row.reached_at,
        hidden: !row.show_on_leaderboards,
      }))
    )
  }
  await recountScores(trx, board)
  return totals.length
}
