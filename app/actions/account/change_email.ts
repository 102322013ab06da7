import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import ConfirmEmailChangeNotification from '#mails/confirm_email_change_notification'
import EmailChangeNoticeNotification from '#mails/email_change_notice_notification'
import { appUrl } from '#config/app'
import { emailChangeUrl, emailFingerprint } from '#services/account_links'

/**
 * Starts an address change: the new address is kept as pending and gets a
 * confirmation link; the account keeps its current address until then.
 */
export async function requestEmailChange(user: User, newEmail: string) {
  user.pendingEmail = newEmail
  await user.save()
  await mail.sendLater(
    new ConfirmEmailChangeNotification(
      { email: newEmail, displayName: user.displayName, locale: user.locale },
      { url: emailChangeUrl(user) }
    )
  )
  await mail.sendLater(
    new EmailChangeNoticeNotification(user, { maskedEmail: maskEmail(newEmail), settingsUrl: `${appUrl}/settings#email` })
  )
}

/**
 * "ma•••@example.com": enough for the owner to recognise, not a full leak.
 */
export function maskEmail(email: string) {
  const [local, domain] = email.split('@')
  return `${local.slice(0, 2)}${'•'.repeat(Math.max(1, Math.min(local.length - 2, 6)))}@${domain}`
}

export type ConfirmEmailChangeResult = 'changed' | 'invalid' | 'taken'

/**
 * Applies a pending change from its (signature-checked) link.
 */
export async function confirmEmailChange(userId: number, fingerprint: unknown): Promise<{ result: ConfirmEmailChangeResult; user: User | null }> {
  const user = await User.find(userId)
  if (!user?.pendingEmail || typeof fingerprint !== 'string' || fingerprint !== emailFingerprint(user.pendingEmail)) {
    return { result: 'invalid', user: null }
  }
  const owner = await User.findByEmail(user.pendingEmail)
  if (owner && owner.id !== user.id) return { result: 'taken', user }

  user.email = user.pendingEmail
  user.pendingEmail = null
  user.emailVerifiedAt = DateTime.now()
  await user.save()
  return { result: 'changed', user }
}
