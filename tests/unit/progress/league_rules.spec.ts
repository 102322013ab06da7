import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { leagueBucketOf, leagueOutcome, leagueWeekOf, leagueZones } from '#services/league_rules'
import { parleyConfig } from '#config/parley'

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })
const rules = parleyConfig.leagues
const outcomes = (members: number, tier: number) =>
  Array.from({ length: members }, (_, index) => leagueOutcome(index + 1, members, tier, rules).outcome[0]).join('')

test.group('League rules', () => {
  test('ten tiers, cohorts of 30: 7 up, 5 down', ({ assert }) => {
    assert.lengthOf(rules.tiers, 10)
    assert.deepEqual(leagueZones(30, 3, rules), { promote: 7, demote: 5 })
    assert.equal(outcomes(30, 3), 'ppppppp' + 's'.repeat(18) + 'ddddd')
    assert.deepEqual(leagueOutcome(1, 30, 3, rules), { outcome: 'promoted', newTier: 4 })
    assert.deepEqual(leagueOutcome(26, 30, 3, rules), { outcome: 'demoted', newTier: 2 })
    assert.deepEqual(leagueOutcome(25, 30, 3, rules), { outcome: 'stayed', newTier: 3 })
  })

  test('small cohorts scale the zones; anyone who played alone still moves up', ({ assert }) => {
    assert.deepEqual(leagueZones(15, 5, rules), { promote: 4, demote: 3 })
    assert.deepEqual(leagueZones(10, 5, rules), { promote: 2, demote: 2 })
    assert.equal(outcomes(10, 5), 'ppssssssdd')
    assert.deepEqual(leagueZones(3, 5, rules), { promote: 1, demote: 1 })
    assert.equal(outcomes(3, 5), 'psd')
    assert.deepEqual(leagueZones(2, 5, rules), { promote: 1, demote: 0 })
    assert.deepEqual(leagueZones(1, 5, rules), { promote: 1, demote: 0 })
    assert.deepEqual(leagueZones(0, 5, rules), { promote: 0, demote: 0 })
  })

  test('nobody moves past the top tier or below the first', ({ assert }) => {
    assert.deepEqual(leagueZones(30, 10, rules), { promote: 0, demote: 5 })
    assert.deepEqual(leagueOutcome(1, 30, 10, rules), { outcome: 'stayed', newTier: 10 })
    assert.deepEqual(leagueZones(30, 1, rules), { promote: 7, demote: 0 })
    assert.deepEqual(leagueOutcome(30, 30, 1, rules), { outcome: 'stayed', newTier: 1 })
    assert.equal(outcomes(4, 10), 'sssd')
  })

  test('time-zone buckets: the UTC offset rounded to 3 hours, at that instant (summer time moves it)', ({ assert }) => {
    const winter = utc('2026-11-27T12:00:00')
    const summer = utc('2026-07-01T12:00:00')
    assert.equal(leagueBucketOf('Europe/Moscow', winter, 3), 3)
    assert.equal(leagueBucketOf('UTC', winter, 3), 0)
    assert.equal(leagueBucketOf('Europe/London', winter, 3), 0)
    assert.equal(leagueBucketOf('America/New_York', winter, 3), -6, '−5 rounds to −6')
    assert.equal(leagueBucketOf('America/New_York', summer, 3), -3, '−4 in summer rounds to −3')
    assert.equal(leagueBucketOf('Asia/Kolkata', winter, 3), 6, '+5:30 rounds to +6')
    assert.equal(leagueBucketOf('Asia/Kathmandu', winter, 3), 6, '+5:45')
    assert.equal(leagueBucketOf('Pacific/Kiritimati', winter, 3), 15, '+14 rounds to +15')
    assert.equal(leagueBucketOf('Pacific/Pago_Pago', winter, 3), -12)
    assert.equal(leagueBucketOf('Europe/Berlin', winter, 3), 0, '+1 rounds to 0, never −0')
    assert.isFalse(Object.is(leagueBucketOf('Europe/Berlin', winter, 3), -0))
    assert.equal(leagueBucketOf('Not/A_Zone', winter, 3), 0, 'an unknown zone counts as UTC')
    assert.equal(leagueBucketOf('Asia/Kolkata', winter, 1), 6, '+5:30 to the nearest hour')
  })

  test('a cohort’s week ends at Monday 00:00 in its bucket: earlier in the east, later in the west', ({ assert }) => {
    // Moscow's bucket (+3): week 48 ends Sunday 21:00 UTC.
    assert.deepEqual(summary(leagueWeekOf(utc('2026-11-29T20:59:59'), 3)), ['2026-W48', '2026-11-29T21:00:00.000Z'])
    assert.deepEqual(summary(leagueWeekOf(utc('2026-11-29T21:00:00'), 3)), ['2026-W49', '2026-12-06T21:00:00.000Z'])
    // New York's (−6): still week 48 on Monday 05:59 UTC.
    assert.deepEqual(summary(leagueWeekOf(utc('2026-11-30T05:59:00'), -6)), ['2026-W48', '2026-11-30T06:00:00.000Z'])
    assert.deepEqual(summary(leagueWeekOf(utc('2026-11-30T06:00:00'), -6)), ['2026-W49', '2026-12-07T06:00:00.000Z'])
    // UTC: the leaderboards' week.
    assert.deepEqual(summary(leagueWeekOf(utc('2026-11-23T00:00:00'), 0)), ['2026-W48', '2026-11-30T00:00:00.000Z'])
    // Across the year end, in the ISO year: 2026 has 53 weeks.
    assert.deepEqual(summary(leagueWeekOf(utc('2027-01-03T20:00:00'), 3)), ['2026-W53', '2027-01-03T21:00:00.000Z'])
    assert.deepEqual(summary(leagueWeekOf(utc('2027-01-03T21:00:00'), 3)), ['2027-W01', '2027-01-10T21:00:00.000Z'])
  })
})

function summary({ week, endsAt }: { week: string; endsAt: DateTime }) {
  return [week, endsAt.toISO()]
}
