import { createHmac, timingSafeEqual } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import CoopException from '#exceptions/coop_exception'
import onceKeys from '#services/once_keys'

export const TIMESTAMP_HEADER = 'x-parley-timestamp'
export const SIGNATURE_HEADER = 'x-parley-signature'

/**
 * The signature of a webhook body: HMAC-SHA256 with the shared secret over
 * `<unix seconds>.<raw body>`, as `sha256=<hex>`.
 *
 * @example signWebhook('s3cret', 1764777600, '{"matchId":"m1"}') // → 'sha256=…'
 */
export function signWebhook(secret: string, timestamp: number, body: string) {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/**
 * A webhook must be signed with the secret, within the window (a few
 * minutes either way of this server's clock), and never seen before: a
 * captured request sent again is refused.
 */
export async function verifyWebhook(request: HttpContext['request'], secret: string | null, windowSeconds: number) {
  if (!secret) throw CoopException.webhookDisabled()
  const timestamp = Number(request.header(TIMESTAMP_HEADER))
  const signature = request.header(SIGNATURE_HEADER) ?? ''
  const body = request.raw() ?? ''
  if (!Number.isInteger(timestamp) || !/^sha256=[0-9a-f]{64}$/.test(signature)) throw CoopException.badSignature()
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw CoopException.badSignature()
  if (Math.abs(Date.now() / 1000 - timestamp) > windowSeconds) throw CoopException.staleSignature(windowSeconds)
  // Remembered past the window's far edge: by then the timestamp is refused anyway.
  if (!(await onceKeys.claim(`webhook:${signature}`, windowSeconds * 2 + 60))) throw CoopException.replayed()
}
