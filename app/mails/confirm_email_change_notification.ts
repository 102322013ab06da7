import { LocalizedMail } from '#mails/account_mail'

/**
 * Sent to the new address when a user changes their email.
 */
export default class ConfirmEmailChangeNotification extends LocalizedMail {
  protected view = 'confirm_email_change'
  protected subjectKey = 'mail.email_change.subject'
}
