import { DateTime, FixedOffsetZone } from 'luxon'
import { isoWeekOf } from '#services/leaderboard_periods'

/** The numbers a league runs by (parleyConfig.leagues). */
export type LeagueRules = {
  tiers: ReadonlyArray<{ key: string }>
  cohortSize: number
  promoteTop: number
  demoteFromRank: number
  timeZoneBucketHours: number
}

export type LeagueOutcome = 'promoted' | 'stayed' | 'demoted'

/**
 * The time-zone bucket of a player at an instant: their UTC offset rounded
 * to the nearest multiple of the bucket width, in hours. With 3-hour
 * buckets Moscow (+3) is 3, New York (−5) is −6, India (+5:30) is 6.
 * An unknown zone counts as UTC.
 */
export function leagueBucketOf(timeZone: string, at: DateTime, bucketHours: number): number {
  const local = at.setZone(timeZone)
  const offsetHours = (local.isValid ? local.offset : 0) / 60
  // `|| 0`: no negative zero.
  return Math.round(offsetHours / bucketHours) * bucketHours || 0
}

/**
 * The league week an instant falls in for a bucket, and when it ends: the
 * ISO week at the bucket's fixed offset, ending Monday 00:00 there. For
 * bucket 3 the week 2026-W48 ends on Sunday 2026-11-29 at 21:00 UTC.
 */
export function leagueWeekOf(at: DateTime, bucket: number): { week: string; endsAt: DateTime } {
  const local = at.setZone(FixedOffsetZone.instance(bucket * 60))
  const endsAt = local.startOf('week').plus({ weeks: 1 }).toUTC()
  return { week: isoWeekOf(local.setZone('utc', { keepLocalTime: true })), endsAt }
}

/**
 * How many of a cohort's members move up and down. Zones are set for a
 * full cohort and scale with its size (rounded, at least one promotion
 * when anyone played); nobody moves past the top or the bottom tier, and
 * the zones never overlap. Full cohort of 30 in tier 3: 7 up, 5 down; 10
 * players: 2 up, 2 down; 1 player: 1 up.
 */
export function leagueZones(members: number, tier: number, rules: LeagueRules): { promote: number; demote: number } {
  if (members <= 0) return { promote: 0, demote: 0 }
  const topTier = rules.tiers.length
  const fullDemote = rules.cohortSize - rules.demoteFromRank + 1
  const promote = tier >= topTier ? 0 : Math.max(1, Math.round((rules.promoteTop * members) / rules.cohortSize))
  const demote = tier <= 1 ? 0 : Math.round((fullDemote * members) / rules.cohortSize)
  return { promote: Math.min(promote, members), demote: Math.max(0, Math.min(demote, members - promote)) }
}

/** Where a rank (1-based) in a cohort leads. */
export function leagueOutcome(rank: number, members: number, tier: number, rules: LeagueRules): { outcome: LeagueOutcome; newTier: number } {
  const { promote, demote } = leagueZones(members, tier, rules)
  if (rank <= promote) return { outcome: 'promoted', newTier: tier + 1 }
  if (rank > members - demote) return { outcome: 'demoted', newTier: tier - 1 }
  return { outcome: 'stayed', newTier: tier }
}
