import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { leagueOutcome } from '#services/league_rules'
import { parleyConfig } from '#config/parley'
import { dbDateTime } from '#services/db_time'

/**
 * Settles one ended cohort inside the caller's transaction: ranks its
 * members (XP, then who reached it first, then the older account), writes
 * each player's `league_results` row and moves their tier. Once only: the
 * cohort row is locked and marked settled, and results are unique per
 * player and week. Returns how many results it wrote (0 when the cohort was
 * settled already or has not ended).
 */
export async function settleCohort(trx: TransactionClientContract, cohortId: number, now: DateTime = DateTime.utc()) {
  const cohort = await trx
    .from('league_cohorts')
    .where('id', cohortId)
    .if(trx.dialect.name === 'postgres', (query) => query.forUpdate())
    .first()
  if (!cohort || cohort.settled_at || cohort.ends_at > asStored(now, cohort.ends_at)) return 0

  const members: Array<{ user_id: number; xp: number }> = await trx
    .from('league_members')
    .where('cohort_id', cohortId)
    .orderBy([
      { column: 'xp', order: 'desc' },
      { column: 'reached_at', order: 'asc' },
      { column: 'user_id', order: 'asc' },
    ])
    .select('user_id', 'xp')
  const createdAt = dbDateTime(now)
  const results = members.map((member, index) => {
    const { outcome, newTier } = leagueOutcome(index + 1, members.length, cohort.tier, parleyConfig.leagues)
    return {
      user_id: member.user_id,
      week: cohort.week,
      cohort_id: cohortId,
      tier: cohort.tier,
      rank: index + 1,
      xp: Number(member.xp),
      outcome,
      new_tier: newTier,
      created_at: createdAt,
    }
  })
  if (results.length > 0) {
    await trx.knexQuery().table('league_results').insert(results).onConflict(['user_id', 'week']).ignore()
  }
  for (const tier of new Set(results.map((result) => result.new_tier))) {
    if (tier === cohort.tier) continue
    const movers = results.filter((result) => result.new_tier === tier).map((result) => result.user_id)
    await trx.from('user_profiles').whereIn('user_id', movers).update({ league_tier: tier })
  }
  await trx.from('league_cohorts').where('id', cohortId).update({ settled_at: createdAt })
  return results.length
}

/** `ends_at` comes back as Date on PostgreSQL and as text on SQLite: compare like with like. */
function asStored(now: DateTime, sample: unknown) {
  return sample instanceof Date ? now.toJSDate() : dbDateTime(now)
}
