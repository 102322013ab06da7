import type { HttpContext } from '@adonisjs/core/http'

const BEARER = /^Bearer\s+\S+/i
const verdicts = new WeakMap<HttpContext, boolean>()

/**
 * A request that carries no browser state: an /api call with a bearer
 * token, a health check, or a signed webhook from another server. Such requests skip the session, Shield and the
 * cookie sign-in: a bearer token is no ambient credential (it cannot be
 * forged cross-site), and the token alone decides who is calling — a
 * session cookie sent alongside is ignored, never a second way in.
 */
export function isStatelessRequest(ctx: HttpContext): boolean {
  let stateless = verdicts.get(ctx)
  if (stateless === undefined) {
    const url = ctx.request.url()
    stateless = url.startsWith('/health/') || url === '/api/coop/match-results' || (url.startsWith('/api/') && hasBearerToken(ctx))
    verdicts.set(ctx, stateless)
  }
  return stateless
}

export function hasBearerToken(ctx: HttpContext): boolean {
  return BEARER.test(ctx.request.header('authorization') ?? '')
}
