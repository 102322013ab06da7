import type { HttpContext } from '@adonisjs/core/http'
import { verifyEmail } from '#actions/auth/verify_email'
import { confirmEmailChange } from '#actions/account/change_email'
import { sendVerificationEmail } from '#actions/auth/send_verification_email'
import { recordAuthEvent } from '#services/auth_events'

export default class EmailVerificationController {
  /**
   * The link from the confirmation mail. Tampered or expired links land on
   * a page that explains and offers a new link.
   */
  async verify(ctx: HttpContext) {
    const { request, params, inertia, response, session, i18n, auth } = ctx
    if (!request.hasValidSignature()) {
      response.status(403)
      return inertia.render('auth/verify_result', { outcome: 'invalid' as const })
    }

    const { result, user } = await verifyEmail(Number(params.id), request.qs().h)
    if (result === 'invalid') {
      response.status(403)
      return inertia.render('auth/verify_result', { outcome: 'invalid' as const })
    }
    if (result === 'verified') await recordAuthEvent(ctx, 'email_verified', user)

    if (auth.user?.id === user?.id) {
      session.flash('success', i18n.t(`auth.verify.${result}`))
      return response.redirect('/')
    }
    return inertia.render('auth/verify_result', { outcome: result })
  }

  async confirmChange(ctx: HttpContext) {
    const { request, params, inertia, response } = ctx
    if (!request.hasValidSignature()) {
      response.status(403)
      return inertia.render('auth/verify_result', { outcome: 'invalid' as const })
    }
    const { result, user } = await confirmEmailChange(Number(params.id), request.qs().h)
    if (result === 'changed') await recordAuthEvent(ctx, 'email_changed', user)
    if (result !== 'changed') response.status(result === 'taken' ? 409 : 403)
    return inertia.render('auth/verify_result', {
      outcome: result === 'changed' ? ('email_changed' as const) : result === 'taken' ? ('email_taken' as const) : ('invalid' as const),
    })
  }

  async resend({ auth, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    if (user.isVerified) {
      session.flash('success', i18n.t('auth.verify.already_verified'))
    } else {
      await sendVerificationEmail(user)
      session.flash('success', i18n.t('auth.verify.resent', { email: user.email }))
    }
    return response.redirect().back()
  }
}
