import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { parleyConfig } from '#config/parley'
import { sendVerificationEmail } from '#actions/auth/send_verification_email'
import type { SupportedLocale } from '#config/i18n'

export type RegisterUserInput = {
  displayName: string
  email: string
  password: string | null
  locale: SupportedLocale
  timeZone?: string
  utm?: { source?: string; medium?: string; campaign?: string }
  /** OAuth sign-ups arrive with an address the provider already verified. */
  emailVerified?: boolean
  avatarUrl?: string | null
}

/**
 * Creates a player account, recording consent to the current Terms and
 * Privacy versions and where the visitor came from; then asks them to
 * confirm their address unless a provider already did.
 */
export async function registerUser(input: RegisterUserInput) {
  const now = DateTime.now()
  const user = await db.transaction(async (trx) => {
    const created = new User()
    created.useTransaction(trx)
    created.merge({
      displayName: input.displayName,
      email: input.email,
      password: input.password,
      avatarUrl: input.avatarUrl ?? null,
      role: 'player',
      locale: input.locale,
      timeZone: input.timeZone ?? 'UTC',
      emailVerifiedAt: input.emailVerified ? now : null,
      termsVersion: parleyConfig.legal.termsVersion,
      termsAcceptedAt: now,
      privacyVersion: parleyConfig.legal.privacyVersion,
      privacyAcceptedAt: now,
      utmSource: input.utm?.source ?? null,
      utmMedium: input.utm?.medium ?? null,
      utmCampaign: input.utm?.campaign ?? null,
    })
    await created.save()
    return created
  })

  if (!user.isVerified) {
    await sendVerificationEmail(user)
  }
  return user
}
