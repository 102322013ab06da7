import type { I18n } from '@adonisjs/i18n'
import { LocalizedMail } from '#mails/account_mail'

/**
 * Tells the team a contact message arrived; replying answers the sender.
 */
export default class ContactReceivedNotification extends LocalizedMail {
  protected view = 'contact_received'
  protected subjectKey = 'mail.contact_received.subject'

  protected localizedState(i18n: I18n) {
    return { topicLabel: i18n.t(`marketing.contact.topics.${this.data.topic}`) }
  }

  prepare() {
    super.prepare()
    const replyTo = this.data.replyTo
    if (typeof replyTo === 'string') this.message.replyTo(replyTo)
  }
}
