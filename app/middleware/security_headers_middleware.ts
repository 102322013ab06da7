import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Headers Shield does not set. The microphone stays available to our own
 * pages (voice input); nothing else may use powerful features.
 */
export default class SecurityHeadersMiddleware {
  async handle({ response }: HttpContext, next: NextFn) {
    response.header('Referrer-Policy', 'strict-origin-when-cross-origin')
    response.header('Permissions-Policy', 'camera=(), geolocation=(), microphone=(self), payment=()')
    response.header('Cross-Origin-Opener-Policy', 'same-origin')
    return next()
  }
}
