import mail from '@adonisjs/mail/services/main'
import type User from '#models/user'
import VerifyEmailNotification from '#mails/verify_email_notification'
import { emailVerificationUrl } from '#services/account_links'

/**
 * Mails a fresh signed confirmation link to the user's address.
 */
export async function sendVerificationEmail(user: User) {
  await mail.sendLater(
    new VerifyEmailNotification(user, { url: emailVerificationUrl(user) })
  )
}
