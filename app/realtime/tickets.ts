import { randomUUID } from 'node:crypto'
import encryption from '@adonisjs/core/services/encryption'

/**
 * A ticket lets one player open one socket to one room, once, within its
 * life. Signed with the app key (any process can check it) and naming the
 * hub process that runs the room, so a load balancer or the client can
 * reach the right one; used ones are remembered until they would expire
 * anyway (see OnceKeys).
 */
export type TicketClaims = { userId: number; name: string; locale: 'en' | 'ru'; room: string; node: string; expiresAt: number; nonce: string }

/** A resume token keeps a seat across a dropped socket: valid while the room holds the seat. */
export type ResumeClaims = { userId: number; name: string; locale: 'en' | 'ru'; room: string; node: string; seat: number }

const TICKET = 'coop-ticket'
const RESUME = 'coop-resume'

export function issueTicket(claims: Omit<TicketClaims, 'expiresAt' | 'nonce'>, seconds: number, now = Date.now()) {
  const expiresAt = now + seconds * 1000
  const payload: TicketClaims = { ...claims, expiresAt, nonce: randomUUID() }
  return { ticket: encryption.getMessageVerifier().sign(payload, undefined, TICKET), expiresAt }
}

export type TicketCheck = { status: 'ok'; claims: TicketClaims } | { status: 'invalid' } | { status: 'expired' }

/** Whether a ticket is ours and in date (using it once is the hub's part). */
export function readTicket(ticket: string | undefined, now = Date.now()): TicketCheck {
  if (!ticket || ticket.length > 1024) return { status: 'invalid' }
  const claims = encryption.getMessageVerifier().unsign<TicketClaims>(ticket, TICKET)
  if (!claims || typeof claims.userId !== 'number' || typeof claims.room !== 'string' || typeof claims.expiresAt !== 'number') {
    return { status: 'invalid' }
  }
  return claims.expiresAt <= now ? { status: 'expired' } : { status: 'ok', claims }
}

export function issueResume(claims: ResumeClaims) {
  return encryption.getMessageVerifier().sign(claims, undefined, RESUME)
}

export function readResume(token: string | undefined): ResumeClaims | null {
  if (!token || token.length > 1024) return null
  const claims = encryption.getMessageVerifier().unsign<ResumeClaims>(token, RESUME)
  return claims && typeof claims.userId === 'number' && typeof claims.seat === 'number' ? claims : null
}
