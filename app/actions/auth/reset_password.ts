import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import PasswordResetToken from '#models/password_reset_token'
import { hashResetToken } from '#actions/auth/request_password_reset'
import { dbDateTime } from '#services/db_time'

export type ResetPasswordResult = { ok: true; user: User } | { ok: false; reason: 'invalid' | 'expired' }

/**
 * Spends a reset token: sets the new password, confirms the address (the
 * link proved access to it) and signs out every session and remembered
 * device. Marking the token used is conditional, so two clicks cannot both use it.
 */
export async function resetPassword(token: string, newPassword: string): Promise<ResetPasswordResult> {
  return db.transaction(async (trx) => {
    const record = await PasswordResetToken.query({ client: trx })
      .where('token_hash', hashResetToken(token))
      .whereNull('used_at')
      .first()

    if (!record) return { ok: false, reason: 'invalid' }
    if (record.expiresAt < DateTime.now()) return { ok: false, reason: 'expired' }

    const marked = await PasswordResetToken.query({ client: trx })
      .where('id', record.id)
      .whereNull('used_at')
      .update({ used_at: dbDateTime() })
    if (Number(Array.isArray(marked) ? marked[0] : marked) === 0) return { ok: false, reason: 'invalid' }

    const user = await User.findOrFail(record.userId, { client: trx })
    user.password = newPassword
    user.sessionEpoch += 1
    if (!user.emailVerifiedAt) user.emailVerifiedAt = DateTime.now()
    await user.save()
    await trx.from('remember_me_tokens').where('tokenable_id', user.id).delete()

    return { ok: true, user }
  })
}
