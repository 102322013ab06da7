import { DateTime } from 'luxon'
import User from '#models/user'
import { emailFingerprint } from '#services/account_links'

export type VerifyEmailResult = 'verified' | 'already_verified' | 'invalid'

/**
 * Marks the address as confirmed when the (already signature-checked) link
 * still names the user's current address.
 */
export async function verifyEmail(userId: number, fingerprint: unknown): Promise<{ result: VerifyEmailResult; user: User | null }> {
  const user = await User.find(userId)
  if (!user || typeof fingerprint !== 'string' || fingerprint !== emailFingerprint(user.email)) {
    return { result: 'invalid', user: null }
  }
  if (user.isVerified) return { result: 'already_verified', user }

  user.emailVerifiedAt = DateTime.now()
  await user.save()
  return { result: 'verified', user }
}
