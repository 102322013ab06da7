import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import { createTokenValidator } from '#validators/user'
import { recordAuthEvent } from '#services/auth_events'

/**
 * API tokens managed from the settings page.
 */
export default class AccessTokensController {
  /**
   * The secret is shown once (flashed to the next page view) and never again.
   */
  async store(ctx: HttpContext) {
    const { request, response, auth, session, i18n } = ctx
    const user = auth.getUserOrFail()
    const { name } = await request.validateUsing(createTokenValidator)
    const token = await User.accessTokens.create(user, ['*'], { name })

    await recordAuthEvent(ctx, 'api_token_created', user, { tokenId: String(token.identifier) })
    session.flash('newToken', token.value!.release())
    session.flash('success', i18n.t('settings.tokens.created'))
    return response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params, response, auth, session, i18n } = ctx
    const user = auth.getUserOrFail()
    const deleted = await User.accessTokens.delete(user, params.id)
    if (deleted > 0) {
      await recordAuthEvent(ctx, 'api_token_revoked', user, { tokenId: String(params.id) })
      session.flash('success', i18n.t('settings.tokens.revoked'))
    }
    return response.redirect().back()
  }
}
