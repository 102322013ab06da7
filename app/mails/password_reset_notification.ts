import { LocalizedMail } from '#mails/account_mail'

/**
 * A single-use link to choose a new password.
 */
export default class PasswordResetNotification extends LocalizedMail {
  protected view = 'password_reset'
  protected subjectKey = 'mail.reset.subject'
}
