import { LocalizedMail } from '#mails/account_mail'

/**
 * Tells the team a contact message arrived; replying answers the sender.
 */
export default class ContactReceivedNotification extends LocalizedMail {
  protected view = 'contact_received'
  protected subjectKey = 'mail.contact_received.subject'

  prepare() {
    super.prepare()
    const replyTo = this.data.replyTo
    if (typeof replyTo === 'string') this.message.replyTo(replyTo)
  }
}
