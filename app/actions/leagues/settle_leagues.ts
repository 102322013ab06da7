import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import transmit from '@adonisjs/transmit/services/main'
import LeagueResultNotification from '#mails/league_result_notification'
import { settleCohort } from '#actions/leagues/settle_cohort'
import { leagueTierOf } from '#queries/league_view'
import { dbDateTime } from '#services/db_time'

/**
 * The weekly settlement: every cohort whose week ended is settled, each in
 * its own transaction, then players hear how their week went. Running it
 * again changes nothing: settled cohorts are skipped, told players are not
 * told twice.
 */
export async function settleLeagues(now: DateTime = DateTime.utc()) {
  const due = await db.from('league_cohorts').whereNull('settled_at').where('ends_at', '<=', dbDateTime(now)).orderBy('id').select('id')
  let cohorts = 0
  let players = 0
  for (const { id } of due) {
    const written = await db.transaction((trx) => settleCohort(trx, id, now))
    if (written > 0) cohorts += 1
    players += written
  }
  const notified = await notifyLeagueResults()
  return { cohorts, players, notified }
}

/**
 * Tells players their week's result: live on their channel, and by mail
 * when they want the weekly mail. A result is marked told before it is
 * sent, so a crash never tells anyone twice (the league page still shows it).
 */
export async function notifyLeagueResults() {
  let notified = 0
  for (;;) {
    const batch = await db
      .from('league_results as r')
      .join('users as u', 'u.id', 'r.user_id')
      .whereNull('r.notified_at')
      .orderBy('r.id')
      .limit(500)
      .select('r.id', 'r.user_id', 'r.week', 'r.tier', 'r.new_tier', 'r.rank', 'r.xp', 'r.outcome', 'u.email', 'u.display_name', 'u.locale', 'u.notify_in_app', 'u.notify_weekly_email')
    if (batch.length === 0) return notified
    await db
      .from('league_results')
      .whereIn(
        'id',
        batch.map((result) => result.id)
      )
      .whereNull('notified_at')
      .update({ notified_at: dbDateTime() })
    for (const result of batch) {
      const outcome = { week: result.week, tier: result.tier, newTier: result.new_tier, rank: result.rank, xp: result.xp, outcome: result.outcome }
      if (result.notify_in_app) transmit.broadcast(`users/${result.user_id}`, { type: 'league.settled', ...outcome })
      if (result.notify_weekly_email) {
        await mail.sendLater(
          new LeagueResultNotification(
            { email: result.email, displayName: result.display_name, locale: result.locale },
            { ...outcome, tierName: leagueTierOf(result.tier, result.locale).name, newTierName: leagueTierOf(result.new_tier, result.locale).name }
          )
        )
      }
    }
    notified += batch.length
  }
}
