/*
|--------------------------------------------------------------------------
| Rate limits
|--------------------------------------------------------------------------
|
| Throttle middleware for the routes people (and bots) hammer. Limits live
| in config/parley.ts. Over the limit: 429 with Retry-After and a
| translated message (see app/exceptions/handler.ts).
|
*/

import type { HttpContext } from '@adonisjs/core/http'
import limiter from '@adonisjs/limiter/services/main'
import { parleyConfig } from '#config/parley'
import { redisEnabled } from '#config/redis'

type LimitName = keyof typeof parleyConfig.rateLimits

/**
 * Key by IP and, when the form names one, by the email too: one attacker
 * cannot lock out a victim's address from everywhere, and one address
 * cannot be attacked from many IPs faster than the limit.
 */
function keyFor(ctx: HttpContext, name: LimitName) {
  const email = ctx.request.input('email')
  const emailPart = typeof email === 'string' ? `:${email.trim().toLowerCase().slice(0, 254)}` : ''
  return `${name}:${ctx.request.ip()}${emailPart}`
}

function throttleFor(name: LimitName, key: (ctx: HttpContext) => string = (ctx) => keyFor(ctx, name)) {
  const { requests, window } = parleyConfig.rateLimits[name]
  return limiter.define(name, (ctx) => limiter.allowRequests(requests).every(window).usingKey(key(ctx)))
}

export const loginThrottle = throttleFor('login')
export const signupThrottle = throttleFor('signup')
export const passwordResetThrottle = throttleFor('passwordReset')
export const apiTokensThrottle = throttleFor('apiTokens')
export const contactThrottle = throttleFor('contact')

/**
 * Per IP alone, above the per-address limits: trying one password against
 * many addresses (spraying) is slowed down too.
 */
export const credentialsPerIpThrottle = throttleFor('credentialsPerIp', (ctx) => `credentials:${ctx.request.ip()}`)

/**
 * Confirmation mails per signed-in user, so the resend button cannot be
 * used to flood an inbox.
 */
export const verificationMailThrottle = throttleFor(
  'verificationMail',
  (ctx) => `verification:${ctx.auth.user?.id ?? ctx.request.ip()}`
)

/**
 * Solo attempts per player. In memory on the embedded default (one
 * process, and a write per attempt would halve throughput), Redis when
 * scaled out.
 */
export const attemptsThrottle = limiter.define('attempts', (ctx) =>
  limiter
    .allowRequests(parleyConfig.attemptsPerMinute)
    .every('1 minute')
    .usingKey(`attempts:${ctx.auth.user?.id ?? ctx.request.ip()}`)
    .store(redisEnabled ? 'redis' : 'memory')
)

/** Co-op lobby calls (rooms, quick match, tickets) per player. */
export const coopThrottle = throttleFor('coop', (ctx) => `coop:${ctx.auth.user?.id ?? ctx.request.ip()}`)
