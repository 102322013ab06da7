import { createHash, randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import string from '@adonisjs/core/helpers/string'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import PasswordResetToken from '#models/password_reset_token'
import PasswordResetNotification from '#mails/password_reset_notification'
import { parleyConfig } from '#config/parley'
import { passwordResetUrl } from '#services/account_links'

export function hashResetToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * Mails a single-use reset link when the address belongs to an account.
 * Callers answer the same way either way, and the mail goes out in the
 * background, so neither the answer nor its timing reveals accounts.
 * A new request replaces any earlier unused token.
 */
export async function requestPasswordReset(email: string): Promise<User | null> {
  const user = await User.findByEmail(email)
  if (!user) return null

  const token = randomBytes(32).toString('base64url')
  const expiresAt = DateTime.now().plus({ milliseconds: string.milliseconds.parse(parleyConfig.auth.passwordResetExpiresIn) })

  await db.transaction(async (trx) => {
    await PasswordResetToken.query({ client: trx }).where('user_id', user.id).whereNull('used_at').delete()
    await PasswordResetToken.create(
      { userId: user.id, tokenHash: hashResetToken(token), expiresAt },
      { client: trx }
    )
  })

  await mail.sendLater(new PasswordResetNotification(user, { url: passwordResetUrl(token) }))
  return user
}
