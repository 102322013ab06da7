import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { AUTH_EPOCH_KEY } from '#services/auth_session'
import { isStatelessRequest } from '#services/stateless_request'

/**
 * Finds out who is signed in without requiring it. A session whose epoch is
 * older than the user's was signed out from another device ("log out of all
 * other sessions"), so it is ended here.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    // Bearer-token calls are signed in by their token alone (AuthMiddleware).
    if (isStatelessRequest(ctx)) return next()
    // Through the authenticator (not the guard alone), so that `ctx.auth.user`
    // is set for every page: shared props, the user's language, linking.
    await ctx.auth.check()
    const guard = ctx.auth.use('web')
    const user = guard.user
    if (user) {
      if (guard.viaRemember) {
        ctx.session.put(AUTH_EPOCH_KEY, user.sessionEpoch ?? 0)
      } else if (ctx.session.get(AUTH_EPOCH_KEY) !== user.sessionEpoch) {
        await guard.logout()
      }
    }
    return next()
  }
}
