import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import { leagueZones, type LeagueOutcome } from '#services/league_rules'
import { parleyConfig } from '#config/parley'
import { dbDateTime } from '#services/db_time'

export type LeagueMember = {
  rank: number
  userId: number
  displayName: string
  avatarUrl: string | null
  xp: number
  zone: 'promotion' | 'demotion' | null
}

/** The tiers, lowest first, named in a language (English when it has no name there). */
export function leagueTiers(locale: string | null) {
  return parleyConfig.leagues.tiers.map((entry, index) => ({
    number: index + 1,
    key: entry.key,
    name: (entry.name as Record<string, string>)[locale ?? 'en'] ?? entry.name.en,
  }))
}

/** One tier by number (a number outside the list, after the config lost tiers, is clamped). */
export function leagueTierOf(tier: number, locale: string | null) {
  const tiers = leagueTiers(locale)
  return tiers[Math.min(Math.max(tier, 1), tiers.length) - 1]
}

/** Database timestamps (Date on PostgreSQL, UTC text on SQLite) as ISO strings. */
function iso(value: string | Date) {
  return (value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromSQL(value, { zone: 'utc' })).toUTC().toISO()!
}

/**
 * A player's league as the page and the API show it: their tier, this
 * week's cohort ranked with its zones (or the one that just ended while it
 * waits for settlement), and the last settled result.
 */
export async function leagueView(user: User, locale: string) {
  const now = DateTime.utc()
  const profile = await db.from('user_profiles').where('user_id', user.id).select('league_tier').first()
  const tier: number = profile?.league_tier ?? 1

  const seat = await db
    .from('league_members as m')
    .join('league_cohorts as c', 'c.id', 'm.cohort_id')
    .where('m.user_id', user.id)
    .whereNull('c.settled_at')
    .orderBy('c.ends_at', 'desc')
    .select('c.id', 'c.week', 'c.tier', 'c.ends_at', 'c.tz_bucket')
    .first()

  let cohort = null
  if (seat) {
    const rows = await db
      .from('league_members as m')
      .join('users as u', 'u.id', 'm.user_id')
      .where('m.cohort_id', seat.id)
      .orderBy([
        { column: 'm.xp', order: 'desc' },
        { column: 'm.reached_at', order: 'asc' },
        { column: 'm.user_id', order: 'asc' },
      ])
      .select('m.user_id', 'm.xp', 'u.display_name', 'u.avatar_url')
    const zones = leagueZones(rows.length, seat.tier, parleyConfig.leagues)
    cohort = {
      week: seat.week as string,
      tier: seat.tier as number,
      timeZoneBucket: seat.tz_bucket as number,
      endsAt: iso(seat.ends_at),
      ended: seat.ends_at <= (seat.ends_at instanceof Date ? now.toJSDate() : dbDateTime(now)),
      promote: zones.promote,
      demote: zones.demote,
      members: rows.map(
        (row, index): LeagueMember => ({
          rank: index + 1,
          userId: row.user_id,
          displayName: row.display_name,
          avatarUrl: row.avatar_url,
          xp: Number(row.xp),
          zone: index < zones.promote ? 'promotion' : index >= rows.length - zones.demote ? 'demotion' : null,
        })
      ),
    }
  }

  const last = await db.from('league_results').where('user_id', user.id).orderBy('id', 'desc').first()
  return {
    tier,
    tiers: leagueTiers(locale),
    joinLeagues: user.joinLeagues,
    cohortSize: parleyConfig.leagues.cohortSize,
    serverTime: now.toISO()!,
    cohort,
    lastResult: last
      ? {
          week: last.week as string,
          tier: last.tier as number,
          newTier: last.new_tier as number,
          rank: last.rank as number,
          xp: Number(last.xp),
          outcome: last.outcome as LeagueOutcome,
          settledAt: iso(last.created_at),
        }
      : null,
  }
}
