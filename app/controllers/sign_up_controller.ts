import type { HttpContext } from '@adonisjs/core/http'
import { signUpValidator } from '#validators/user'
import { registerUser } from '#actions/auth/register_user'
import { signIn } from '#services/auth_session'
import { recordAuthEvent } from '#services/auth_events'
import { readUtm } from '#services/utm'
import { isSupportedLocale } from '#services/locale'
import { parleyConfig } from '#config/parley'

export default class SignUpController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/signup', {
      termsVersion: parleyConfig.legal.termsVersion,
      privacyVersion: parleyConfig.legal.privacyVersion,
    })
  }

  /**
   * Creates the account, signs the new player in and sends the confirmation
   * mail; they can play right away and confirm later.
   */
  async store(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const payload = await request.validateUsing(signUpValidator)
    const utm = readUtm(ctx)

    const user = await registerUser({
      displayName: payload.displayName,
      email: payload.email,
      password: payload.password,
      locale: isSupportedLocale(i18n.locale) ? i18n.locale : 'en',
      timeZone: payload.timeZone,
      utm: {
        source: payload.utmSource ?? utm.source,
        medium: payload.utmMedium ?? utm.medium,
        campaign: payload.utmCampaign ?? utm.campaign,
      },
    })
    await recordAuthEvent(ctx, 'signed_up', user, { method: 'password' })
    await signIn(ctx, user, { method: 'signup' })

    session.flash('success', i18n.t('auth.signup.done', { email: user.email }))
    return response.redirect('/')
  }
}
