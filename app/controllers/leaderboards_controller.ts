import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { leaderboardQueryValidator } from '#validators/leaderboard'
import gameRegistry from '#game_kit/registry'
import { GLOBAL_BOARD, periodKey, weekBounds } from '#services/leaderboard_periods'
import { SqlLeaderboardStore } from '#queries/leaderboard'
import { snapshotOf } from '#actions/leaderboards/refresh_snapshots'
import { parleyConfig } from '#config/parley'

const store = new SqlLeaderboardStore()

/**
 * GET /api/leaderboards: the top of a board and where the caller stands.
 */
export default class LeaderboardsController {
  async index({ request, auth, i18n, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const query = await request.validateUsing(leaderboardQueryValidator, { data: request.qs() })
    const period = query.period ?? 'weekly'
    const game = query.game ?? GLOBAL_BOARD
    if (game !== GLOBAL_BOARD && !gameRegistry.find(game)) {
      return response.unprocessableEntity({
        errors: [{ field: 'game', rule: 'exists', message: i18n.t('leaderboards.errors.unknown_game', { game }) }],
      })
    }

    const now = DateTime.utc()
    const board = { period: periodKey(period, now), gameSlug: game }
    // The top as the scheduled job last computed it (live before its first run); my place is always live.
    const snapshot = await snapshotOf(board)
    const top = snapshot?.top ?? (await store.top(board, parleyConfig.leaderboards.topSize))
    return {
      board: {
        period,
        key: board.period,
        game,
        endsAt: period === 'weekly' ? weekBounds(board.period).end.toISO() : null,
        serverTime: now.toISO(),
        computedAt: snapshot?.computedAt.toISO() ?? now.toISO(),
      },
      top,
      me: await store.standing(board, user.id),
    }
  }
}
