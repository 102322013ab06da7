import { LocalizedMail } from '#mails/account_mail'

/**
 * Warns the current address that a change to another one was requested,
 * so a hijacked session cannot quietly move the account away.
 */
export default class EmailChangeNoticeNotification extends LocalizedMail {
  protected view = 'email_change_notice'
  protected subjectKey = 'mail.email_change_notice.subject'
}
