import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Headers Shield does not set. The microphone stays available to our own
 * pages (voice input); nothing else may use powerful features.
 *
 * Shield runs as router middleware, so requests that match no route (404
 * pages, static files) get its nosniff and framing headers from here.
 */
export default class SecurityHeadersMiddleware {
  async handle({ response }: HttpContext, next: NextFn) {
    response.header('X-Content-Type-Options', 'nosniff')
    response.header('X-Frame-Options', 'DENY')
    response.header('Referrer-Policy', 'strict-origin-when-cross-origin')
    response.header('Permissions-Policy', 'camera=(), geolocation=(), microphone=(self), payment=()')
    response.header('Cross-Origin-Opener-Policy', 'same-origin')
    return next()
  }
}
