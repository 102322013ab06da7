import { LocalizedMail } from '#mails/account_mail'

/**
 * "Confirm your address" with a signed link (sign-up and resend).
 */
export default class VerifyEmailNotification extends LocalizedMail {
  protected view = 'verify_email'
  protected subjectKey = 'mail.verify.subject'
}
