import { DateTime } from 'luxon'
import type User from '#models/user'
import { GLOBAL_BOARD, periodKey, weekBounds, type PeriodKind } from '#services/leaderboard_periods'
import { leaderboardStore } from '#queries/leaderboard_store'
import { snapshotOf } from '#actions/leaderboards/refresh_snapshots'
import { parleyConfig } from '#config/parley'

/**
 * A board as the API and the page show it: the top as the scheduled job
 * last computed it (live before its first run), and where the player
 * stands, always live.
 */
export async function leaderboardView(user: User, period: PeriodKind, game: string = GLOBAL_BOARD) {
  const now = DateTime.utc()
  const board = { period: periodKey(period, now), gameSlug: game }
  const snapshot = await snapshotOf(board)
  const top = snapshot?.top ?? (await leaderboardStore().top(board, parleyConfig.leaderboards.topSize))
  return {
    board: {
      period,
      key: board.period,
      game,
      endsAt: period === 'weekly' ? weekBounds(board.period).end.toISO()! : null,
      serverTime: now.toISO()!,
      computedAt: (snapshot?.computedAt ?? now).toISO()!,
      /** How many players the top lists: a ranked player within it who is not listed yet waits for the next refresh. */
      topSize: parleyConfig.leaderboards.topSize,
    },
    top,
    me: await leaderboardStore().standing(board, user.id),
  }
}
