import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { AUTH_EPOCH_KEY } from '#services/auth_session'

/**
 * Finds out who is signed in without requiring it. A session whose epoch is
 * older than the user's was signed out from another device ("log out of all
 * other sessions"), so it is ended here.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    // Bearer requests are authenticated by the auth middleware of /api routes.
    if (ctx.request.header('authorization')) {
      return next()
    }

    const guard = ctx.auth.use('web')
    await guard.check()
    const user = guard.user
    if (user) {
      if (guard.viaRemember) {
        ctx.session.put(AUTH_EPOCH_KEY, user.sessionEpoch)
      } else if (ctx.session.get(AUTH_EPOCH_KEY) !== user.sessionEpoch) {
        await guard.logout()
      }
    }
    return next()
  }
}
