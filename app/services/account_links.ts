import { createHash } from 'node:crypto'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import { parleyConfig } from '#config/parley'
import type User from '#models/user'

/**
 * A short fingerprint of an address: links carry it so that changing the
 * address invalidates links sent to the old one, without putting the
 * address itself in URLs (and access logs).
 */
export function emailFingerprint(email: string) {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 20)
}

/**
 * Signed, expiring link that confirms the user's current address.
 */
export function emailVerificationUrl(user: User, expiresIn: string | number = parleyConfig.auth.emailVerificationExpiresIn) {
  return signedUrlFor(
    'email.verify',
    { id: user.id },
    { qs: { h: emailFingerprint(user.email) }, expiresIn, prefixUrl: appUrl }
  )
}

/**
 * Signed, expiring link that moves the account to `user.pendingEmail`.
 */
export function emailChangeUrl(user: User, expiresIn: string | number = parleyConfig.auth.emailVerificationExpiresIn) {
  return signedUrlFor(
    'email.confirm_change',
    { id: user.id },
    { qs: { h: emailFingerprint(user.pendingEmail ?? '') }, expiresIn, prefixUrl: appUrl }
  )
}

export function passwordResetUrl(token: string) {
  return `${appUrl}/reset-password/${encodeURIComponent(token)}`
}
