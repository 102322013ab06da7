import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticators } from '@adonisjs/auth/types'
import { INTENDED_URL_KEY } from '#services/auth_session'
import { isSupportedLocale, useLocale } from '#services/locale'
import { hasBearerToken, isStatelessRequest } from '#services/stateless_request'

/**
 * Requires a signed-in user. Pages redirect to the log-in page (coming back
 * afterwards); /api requests get a JSON 401 from the exception handler.
 *
 * Of the guards a route accepts, a request with a bearer token is checked
 * by the token guard alone (it has no session: isStatelessRequest), and one
 * without by the others — no guard is tried that cannot succeed.
 */
export default class AuthMiddleware {
  redirectTo = '/login'

  async handle(ctx: HttpContext, next: NextFn, options: { guards?: (keyof Authenticators)[] } = {}) {
    const guards = this.#guardsFor(ctx, options.guards)
    try {
      await ctx.auth.authenticateUsing(guards, { loginRoute: this.redirectTo })
    } catch (error) {
      if (!isStatelessRequest(ctx) && ctx.request.method() === 'GET' && !ctx.request.url().startsWith('/api/')) {
        ctx.session.put(INTENDED_URL_KEY, ctx.request.url(true))
      }
      throw error
    }
    // Silent auth sets the language of session users; token users get theirs here.
    const locale = ctx.auth.user?.locale
    if (isSupportedLocale(locale) && locale !== ctx.i18n.locale) useLocale(ctx, locale)
    return next()
  }

  #guardsFor(ctx: HttpContext, accepted: (keyof Authenticators)[] | undefined) {
    if (!accepted || !accepted.includes('api')) return accepted
    if (isStatelessRequest(ctx)) return ['api'] satisfies (keyof Authenticators)[]
    const others = accepted.filter((guard) => guard !== 'api')
    // A token outside /api, or only the token guard accepted: let it answer.
    return others.length > 0 && !hasBearerToken(ctx) ? others : accepted
  }
}
