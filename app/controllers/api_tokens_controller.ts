import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import { apiTokenValidator } from '#validators/user'
import { findUserByCredentials } from '#services/credentials'
import { recordAuthEvent } from '#services/auth_events'
import { emailFingerprint } from '#services/account_links'

/**
 * POST /api/auth/tokens: trade an email and password for a bearer token.
 */
export default class ApiTokensController {
  async store(ctx: HttpContext) {
    const { request, response } = ctx
    const { email, password, name } = await request.validateUsing(apiTokenValidator)

    const user = await findUserByCredentials(email, password)
    if (!user) {
      await recordAuthEvent(ctx, 'sign_in_failed', null, { email: emailFingerprint(email), via: 'api' })
      return response.unauthorized({ errors: [{ message: ctx.i18n.t('auth.login.invalid') }] })
    }

    const token = await User.accessTokens.create(user, ['*'], { name: name ?? 'API' })
    await recordAuthEvent(ctx, 'api_token_created', user, { tokenId: String(token.identifier), via: 'api' })

    return response.created({
      type: 'bearer',
      token: token.value!.release(),
      expiresAt: token.expiresAt?.toISOString() ?? null,
    })
  }

  /**
   * Revokes the token the request was made with.
   */
  async destroyCurrent(ctx: HttpContext) {
    const { auth, response } = ctx
    const user = auth.getUserOrFail()
    if (auth.authenticatedViaGuard === 'api' && user.currentAccessToken) {
      await User.accessTokens.delete(user, user.currentAccessToken.identifier)
      await recordAuthEvent(ctx, 'api_token_revoked', user, { tokenId: String(user.currentAccessToken.identifier) })
    }
    return response.noContent()
  }
}
