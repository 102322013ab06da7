import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@vinejs/vine'
import { leaderboardQueryValidator } from '#validators/leaderboard'
import gameRegistry from '#game_kit/registry'
import { GLOBAL_BOARD } from '#services/leaderboard_periods'
import { leaderboardView } from '#queries/leaderboard_view'

/**
 * Leaderboards: GET /api/leaderboards (JSON) and GET /leaderboards (the page).
 */
export default class LeaderboardsController {
  async index({ request, auth, i18n, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const query = await request.validateUsing(leaderboardQueryValidator, { data: request.qs() })
    const game = query.game ?? GLOBAL_BOARD
    if (game !== GLOBAL_BOARD && !gameRegistry.find(game)) {
      return response.unprocessableEntity({
        errors: [{ field: 'game', rule: 'exists', message: i18n.t('leaderboards.errors.unknown_game', { game }) }],
      })
    }
    return leaderboardView(user, query.period ?? 'weekly', game)
  }

  /** A page never fails on a bad link: an unknown period or game shows this week's global board. */
  async show({ request, auth, inertia, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const [error, query] = await leaderboardQueryValidator.tryValidate(request.qs())
    if (error && !(error instanceof errors.E_VALIDATION_ERROR)) throw error
    const period = query?.period ?? 'weekly'
    const game = query?.game && gameRegistry.find(query.game) ? query.game : GLOBAL_BOARD
    const locale = i18n.locale === 'ru' ? 'ru' : 'en'
    return inertia.render('leaderboards', {
      ...(await leaderboardView(user, period, game)),
      games: gameRegistry.all().map((entry) => ({ slug: entry.slug, title: entry.title[locale] ?? entry.title.en })),
      showOnLeaderboards: user.showOnLeaderboards,
    })
  }
}
