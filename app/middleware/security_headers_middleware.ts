import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * For responses Shield never saw: it runs as router middleware, so requests
 * that match no route (404 pages, static files) pass without its CSP.
 * Scripts stay limited to our own origin; inline styles are allowed because
 * such pages carry no per-request nonce.
 */
const FALLBACK_CSP = [
  "default-src 'self'",
  // The dev server's inline React-refresh preamble has no nonce here either.
  app.inProduction ? "script-src 'self'" : "script-src 'self' 'unsafe-inline'",
  app.inProduction ? "connect-src 'self'" : "connect-src 'self' ws:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Headers on every response: those Shield does not set at all, and its
 * nosniff/framing ones for requests that match no route. The microphone
 * stays available to our own pages (voice input); nothing else may use
 * powerful features.
 */
export default class SecurityHeadersMiddleware {
  async handle({ response }: HttpContext, next: NextFn) {
    response.header('X-Content-Type-Options', 'nosniff')
    response.header('X-Frame-Options', 'DENY')
    response.header('Referrer-Policy', 'strict-origin-when-cross-origin')
    response.header('Permissions-Policy', 'camera=(), geolocation=(), microphone=(self), payment=()')
    response.header('Cross-Origin-Opener-Policy', 'same-origin')
    await next()
    if (!response.response.headersSent && !response.getHeader('Content-Security-Policy')) {
      response.header('Content-Security-Policy', FALLBACK_CSP)
    }
  }
}
