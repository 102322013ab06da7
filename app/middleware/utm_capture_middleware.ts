import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { captureUtm } from '#services/utm'
import { isStatelessRequest } from '#services/stateless_request'

/**
 * Notes campaign parameters on any page a visitor lands on.
 */
export default class UtmCaptureMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.method() === 'GET' && !isStatelessRequest(ctx)) captureUtm(ctx)
    return next()
  }
}
