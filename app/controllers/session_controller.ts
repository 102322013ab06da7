import type { HttpContext } from '@adonisjs/core/http'
import { loginValidator } from '#validators/user'
import { findUserByCredentials, fieldError } from '#services/credentials'
import { signIn, takeIntendedUrl, AUTH_EPOCH_KEY } from '#services/auth_session'
import { recordAuthEvent } from '#services/auth_events'
import { emailFingerprint } from '#services/account_links'
import { signOutOtherSessions } from '#actions/account/sign_out_other_sessions'

export default class SessionController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  async store(ctx: HttpContext) {
    const { request, response, i18n } = ctx
    const { email, password, remember } = await request.validateUsing(loginValidator)

    const user = await findUserByCredentials(email, password)
    if (!user) {
      // The address is personal data: log a fingerprint, enough to spot a
      // credential-stuffing wave against one account.
      await recordAuthEvent(ctx, 'sign_in_failed', null, { email: emailFingerprint(email) })
      fieldError('password', i18n.t('auth.login.invalid'))
    }

    await signIn(ctx, user, { remember: remember ?? false, method: 'password' })
    return response.redirect(takeIntendedUrl(ctx))
  }

  async destroy(ctx: HttpContext) {
    const { auth, response, session, i18n, inertia } = ctx
    const user = auth.user
    await auth.use('web').logout()
    if (user) await recordAuthEvent(ctx, 'signed_out', user)
    session.flash('success', i18n.t('auth.logout.done'))
    inertia.clearHistory()
    return response.redirect('/')
  }

  /**
   * "Log out of all other sessions": this device stays signed in.
   */
  async destroyOthers(ctx: HttpContext) {
    const { auth, response, session, i18n } = ctx
    const user = auth.getUserOrFail()
    const epoch = await signOutOtherSessions(user)
    session.put(AUTH_EPOCH_KEY, epoch)
    await recordAuthEvent(ctx, 'signed_out_other_sessions', user)
    session.flash('success', i18n.t('settings.sessions.others_signed_out'))
    return response.redirect().back()
  }
}
