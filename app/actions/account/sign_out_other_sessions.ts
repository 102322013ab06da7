import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'

/**
 * Ends every other session of the user: raising the epoch invalidates the
 * other session cookies (see SilentAuthMiddleware), deleting the remember-me
 * tokens stops remembered devices from signing back in. The caller refreshes
 * its own session with the new epoch.
 */
export async function signOutOtherSessions(user: User) {
  await db.transaction(async (trx) => {
    user.useTransaction(trx)
    user.sessionEpoch += 1
    await user.save()
    await trx.from('remember_me_tokens').where('tokenable_id', user.id).delete()
  })
  return user.sessionEpoch
}
