import type { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { leagueBucketOf, leagueWeekOf } from '#services/league_rules'
import { settleCohort } from '#actions/leagues/settle_cohort'
import { parleyConfig } from '#config/parley'
import { dbDateTime } from '#services/db_time'

/**
 * XP towards the player's league week, in the award job's transaction (the
 * player's row is locked there: one of their awards at a time). The first
 * XP of a week seats the player in a cohort of their tier and time-zone
 * bucket; later XP adds to that seat. A player with no XP in a week joins
 * nothing and keeps their tier.
 */
export async function addLeagueXp(trx: TransactionClientContract, award: { userId: number; timeZone: string; xp: number; at: DateTime }) {
  const at = dbDateTime(award.at)
  // The common case, one statement: the player already has a seat this week.
  const added = await trx
    .from('league_members')
    .where('user_id', award.userId)
    .where('ends_at', '>', at)
    .update({ xp: trx.raw('xp + ?', [award.xp]), reached_at: at })
  if (affectedRows(added) > 0) return

  // Last week's cohort may have ended without being settled yet: settle it
  // first, so that the new seat is in the tier it led to.
  const ended = await trx
    .from('league_members as m')
    .join('league_cohorts as c', 'c.id', 'm.cohort_id')
    .where('m.user_id', award.userId)
    .whereNull('c.settled_at')
    .where('c.ends_at', '<=', at)
    .select('c.id')
  for (const cohort of ended) await settleCohort(trx, cohort.id, award.at)

  const bucket = leagueBucketOf(award.timeZone, award.at, parleyConfig.leagues.timeZoneBucketHours)
  const { week, endsAt } = leagueWeekOf(award.at, bucket)
  // A player who moved to a later time zone can meet a week whose cohort
  // already ended: that week is over for them.
  if (await trx.from('league_members').where({ user_id: award.userId, week }).first()) return

  const profile = await trx.from('user_profiles').where('user_id', award.userId).select('league_tier').first()
  const tier: number = profile?.league_tier ?? 1
  const cohortId = await takeSeat(trx, { week, tier, bucket, endsAt: dbDateTime(endsAt), at })
  await trx.table('league_members').insert({
    cohort_id: cohortId,
    user_id: award.userId,
    week,
    xp: award.xp,
    reached_at: at,
    ends_at: dbDateTime(endsAt),
  })
}

/**
 * A seat in the first cohort of (week, tier, bucket) with room, or in a new
 * one. The seat count only grows under `members_count < size`, which
 * PostgreSQL re-checks after waiting for a concurrent seat: a cohort never
 * overfills.
 */
async function takeSeat(trx: TransactionClientContract, cohort: { week: string; tier: number; bucket: number; endsAt: string; at: string }) {
  const size = parleyConfig.leagues.cohortSize
  for (let tries = 0; tries < 3; tries++) {
    const open = await trx
      .from('league_cohorts')
      .where({ week: cohort.week, tier: cohort.tier, tz_bucket: cohort.bucket })
      .where('members_count', '<', size)
      .whereNull('settled_at')
      .orderBy('id')
      .select('id')
      .first()
    if (!open) break
    const taken = await trx.from('league_cohorts').where('id', open.id).where('members_count', '<', size).increment('members_count', 1)
    if (affectedRows(taken) > 0) return open.id as number
  }
  const [created] = await trx
    .insertQuery()
    .table('league_cohorts')
    .returning('id')
    .insert({
      week: cohort.week,
      tier: cohort.tier,
      tz_bucket: cohort.bucket,
      ends_at: cohort.endsAt,
      members_count: 1,
      created_at: cohort.at,
    })
  return (typeof created === 'object' ? created.id : created) as number
}

/** Updates report affected rows as a number, or an array holding it, by dialect. */
function affectedRows(result: unknown) {
  return Number(Array.isArray(result) ? result[0] : result) || 0
}
