import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import transmit from '@adonisjs/transmit/services/main'
import gameRegistry from '#game_kit/registry'
import { ALL_TIME, GLOBAL_BOARD, isoWeekOf } from '#services/leaderboard_periods'
import type { Board, RankedEntry } from '#queries/leaderboard'
import { leaderboardIndex, leaderboardStore } from '#queries/leaderboard_store'
import { parleyConfig } from '#config/parley'
import { dbDateTime } from '#services/db_time'

/** Every board there is now: this week and all time, for all games and each game. */
export function currentBoards(now: DateTime = DateTime.utc()): Board[] {
  const games = [GLOBAL_BOARD, ...gameRegistry.all().map((game) => game.slug)]
  return [isoWeekOf(now), ALL_TIME].flatMap((period) => games.map((gameSlug) => ({ period, gameSlug })))
}

/**
 * Recomputes the top of each board into `leaderboard_snapshots`, and tells
 * open pages (`leaderboards/:game`) about the boards whose top changed.
 * Running it twice in a row changes nothing the second time but
 * `computed_at`, and pushes nothing.
 */
export async function refreshSnapshots(boards: Board[] = currentBoards()) {
  // A Redis that restarted empty gets its boards back from the database first.
  await leaderboardIndex()?.ensureLoaded(boards)
  const changed: Board[] = []
  for (const board of boards) {
    const top = await leaderboardStore().top(board, parleyConfig.leaderboards.topSize)
    const where = { period: board.period, game_slug: board.gameSlug }
    const previous = await db.from('leaderboard_snapshots').where(where).select('ranklist_json').first()
    const ranklist = JSON.stringify(top)
    const computedAt = dbDateTime(DateTime.utc())
    if (previous) {
      await db.from('leaderboard_snapshots').where(where).update({ ranklist_json: ranklist, computed_at: computedAt })
    } else {
      await db.table('leaderboard_snapshots').insert({ ...where, ranklist_json: ranklist, computed_at: computedAt })
    }
    if (!previous || JSON.stringify(parseRanklist(previous.ranklist_json)) !== ranklist) changed.push(board)
  }
  for (const board of changed) {
    transmit.broadcast(`leaderboards/${board.gameSlug}`, {
      type: 'leaderboard.updated',
      period: board.period === ALL_TIME ? 'all_time' : 'weekly',
      key: board.period,
    })
  }
  return { boards: boards.length, changed: changed.length }
}

/** The stored top of a board, or null before its first refresh. */
export async function snapshotOf(board: Board): Promise<{ top: RankedEntry[]; computedAt: DateTime } | null> {
  const row = await db
    .from('leaderboard_snapshots')
    .where({ period: board.period, game_slug: board.gameSlug })
    .select('ranklist_json', 'computed_at')
    .first()
  if (!row) return null
  const computedAt =
    row.computed_at instanceof Date ? DateTime.fromJSDate(row.computed_at).toUTC() : DateTime.fromSQL(String(row.computed_at), { zone: 'utc' })
  return { top: parseRanklist(row.ranklist_json), computedAt }
}

/** JSON columns come back as text on SQLite, parsed on PostgreSQL. */
function parseRanklist(value: unknown): RankedEntry[] {
  return (typeof value === 'string' ? JSON.parse(value) : value) as RankedEntry[]
}
