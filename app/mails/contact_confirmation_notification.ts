import { LocalizedMail } from '#mails/account_mail'

/**
 * Tells the sender we received their message (with a copy of it).
 */
export default class ContactConfirmationNotification extends LocalizedMail {
  protected view = 'contact_confirmation'
  protected subjectKey = 'mail.contact_confirmation.subject'
}
