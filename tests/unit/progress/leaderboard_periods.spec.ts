import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { ALL_TIME, isoWeekOf, periodKey, weekBounds } from '#services/leaderboard_periods'

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

test.group('Leaderboard periods', () => {
  test('a week runs from Monday 00:00 UTC to the next Monday, whatever the zone of the instant', ({ assert }) => {
    assert.equal(isoWeekOf(utc('2026-11-23T00:00:00')), '2026-W48', 'Monday 00:00 opens the week')
    assert.equal(isoWeekOf(utc('2026-11-29T23:59:59.999')), '2026-W48', 'Sunday night is still in it')
    assert.equal(isoWeekOf(utc('2026-11-30T00:00:00')), '2026-W49')
    // Monday 01:00 in Moscow is still Sunday in UTC: the board is UTC's.
    assert.equal(isoWeekOf(DateTime.fromISO('2026-11-30T01:00:00', { zone: 'Europe/Moscow' })), '2026-W48')
    assert.equal(isoWeekOf(new Date('2026-11-30T00:00:00Z')), '2026-W49')
  })

  test('weeks across the year end belong to their ISO year (2026 has 53 weeks)', ({ assert }) => {
    assert.equal(isoWeekOf(utc('2026-12-31T12:00:00')), '2026-W53')
    assert.equal(isoWeekOf(utc('2027-01-03T23:00:00')), '2026-W53', 'Sunday 3 January 2027 closes 2026-W53')
    assert.equal(isoWeekOf(utc('2027-01-04T00:00:00')), '2027-W01')
    assert.equal(isoWeekOf(utc('2025-12-29T00:00:00')), '2026-W01', 'Monday 29 December 2025 opens 2026-W01')
  })

  test('weekBounds gives the week back, and refuses what is not a week', ({ assert }) => {
    const { start, end } = weekBounds('2026-W53')
    assert.equal(start.toISO(), '2026-12-28T00:00:00.000Z')
    assert.equal(end.toISO(), '2027-01-04T00:00:00.000Z')
    assert.equal(isoWeekOf(start), '2026-W53')
    assert.equal(isoWeekOf(end.minus({ milliseconds: 1 })), '2026-W53')
    assert.throws(() => weekBounds('2027-W53'), /not an ISO week/, '2027 has 52 weeks')
    assert.throws(() => weekBounds('2026-48'), /not an ISO week/)
  })

  test('period keys: this week, or all time', ({ assert }) => {
    assert.equal(periodKey('weekly', utc('2026-11-27T10:00:00')), '2026-W48')
    assert.equal(periodKey('all_time', utc('2026-11-27T10:00:00')), ALL_TIME)
  })
})
