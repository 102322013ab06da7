import type { HttpContext } from '@adonisjs/core/http'
import { profileOverview } from '#queries/profile_overview'
import { leagueTierOf } from '#queries/league_view'
import { safeZone } from '#services/progress_rules'
import UserTransformer from '#transformers/user_transformer'
import AttemptTransformer from '#transformers/attempt_transformer'
import BadgeTransformer from '#transformers/badge_transformer'

/**
 * GET /profile: the signed-in player's progress, badges, vocabulary and
 * history.
 */
export default class ProfileController {
  async show({ auth, inertia, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const locale = i18n.locale === 'ru' ? ('ru' as const) : ('en' as const)
    const overview = await profileOverview(user)

    return inertia.render('profile', {
      account: UserTransformer.transform(user),
      /** Dates and times on the page are shown in the player's zone (server and browser agree). */
      timeZone: safeZone(user.timeZone),
      stats: overview.progress,
      badges: BadgeTransformer.transform(overview.badges, locale),
      vocabulary: {
        total: overview.vocabulary.total,
        words: overview.vocabulary.words.map(({ translations, ...word }) => ({ ...word, translation: translations[locale] ?? null })),
      },
      recentAttempts: AttemptTransformer.transform(overview.recentAttempts, locale),
      xpByDay: overview.xpByDay,
      league: leagueTierOf(overview.progress.leagueTier, locale),
    })
  }
}
