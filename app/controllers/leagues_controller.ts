import type { HttpContext } from '@adonisjs/core/http'
import { leagueView } from '#queries/league_view'

/**
 * The player's weekly league: GET /api/league (JSON) and GET /league (the page).
 */
export default class LeaguesController {
  async index({ auth, i18n }: HttpContext) {
    return leagueView(auth.getUserOrFail(), i18n.locale)
  }

  async show({ auth, inertia, i18n }: HttpContext) {
    return inertia.render('league', await leagueView(auth.getUserOrFail(), i18n.locale))
  }
}
