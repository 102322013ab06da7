import type { HttpContext } from '@adonisjs/core/http'
import { forgotPasswordValidator, resetPasswordValidator } from '#validators/user'
import { requestPasswordReset } from '#actions/auth/request_password_reset'
import { resetPassword } from '#actions/auth/reset_password'
import { recordAuthEvent } from '#services/auth_events'
import { signIn } from '#services/auth_session'
import { fieldError } from '#services/credentials'

export default class PasswordResetController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/forgot_password', {})
  }

  /**
   * The same answer whether or not the address has an account.
   */
  async store(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const { email } = await request.validateUsing(forgotPasswordValidator)
    const user = await requestPasswordReset(email)
    if (user) await recordAuthEvent(ctx, 'password_reset_requested', user)

    session.flash('success', i18n.t('auth.forgot.sent', { email }))
    return response.redirect('/forgot-password')
  }

  async edit({ inertia, params }: HttpContext) {
    return inertia.render('auth/reset_password', { token: String(params.token) })
  }

  /**
   * Sets the new password, then signs the user in on this device only.
   */
  async update(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const { token, password } = await request.validateUsing(resetPasswordValidator)

    const result = await resetPassword(token, password)
    if (!result.ok) {
      fieldError('password', i18n.t(`auth.reset.${result.reason}`), `token_${result.reason}`)
    }

    await recordAuthEvent(ctx, 'password_reset', result.user)
    await signIn(ctx, result.user, { method: 'reset' })
    session.flash('success', i18n.t('auth.reset.done'))
    return response.redirect('/')
  }
}
