import type { HttpContext } from '@adonisjs/core/http'
import AuthEvent, { type AuthEventName } from '#models/auth_event'
import type User from '#models/user'

/**
 * Logs an account event and keeps it in auth_events. `meta` must never hold
 * secrets (passwords, tokens, links).
 */
export async function recordAuthEvent(
  ctx: HttpContext | null,
  event: AuthEventName,
  user: User | null,
  meta: Record<string, string | number | boolean | null> = {}
) {
  const ip = ctx?.request.ip() ?? null
  const userAgent = ctx?.request.header('user-agent')?.slice(0, 300) ?? null
  ctx?.logger.info({ event, userId: user?.id ?? null, ip, ...meta }, `auth: ${event}`)
  await AuthEvent.create({
    event,
    userId: user?.id ?? null,
    ip,
    userAgent,
    meta: Object.keys(meta).length > 0 ? JSON.stringify(meta) : null,
  })
}
