import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticators } from '@adonisjs/auth/types'
import { INTENDED_URL_KEY } from '#services/auth_session'

/**
 * Requires a signed-in user. Pages redirect to the log-in page (coming back
 * afterwards); /api requests get a JSON 401 from the exception handler.
 */
export default class AuthMiddleware {
  redirectTo = '/login'

  async handle(ctx: HttpContext, next: NextFn, options: { guards?: (keyof Authenticators)[] } = {}) {
    try {
      await ctx.auth.authenticateUsing(options.guards, { loginRoute: this.redirectTo })
    } catch (error) {
      if (ctx.request.method() === 'GET' && !ctx.request.url().startsWith('/api/')) {
        ctx.session.put(INTENDED_URL_KEY, ctx.request.url(true))
      }
      throw error
    }
    return next()
  }
}
