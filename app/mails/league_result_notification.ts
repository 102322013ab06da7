import { LocalizedMail } from '#mails/account_mail'

/**
 * The weekly league result: rank, XP and where it leads.
 */
export default class LeagueResultNotification extends LocalizedMail {
  protected view = 'league_result'
  protected subjectKey = 'mail.league_result.subject'
}
