import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { awardsFor, currentStreak, dayIn, levelForXp, reachGoal, safeZone, type AwardableAttempt } from '#services/progress_rules'

const base: AwardableAttempt = {
  id: 9,
  gameSlug: 'farm',
  level: 2,
  difficulty: 2,
  passed: true,
  goalsMet: [0],
  levelCompleted: true,
  attemptNumber: 1,
  hintsUsed: 0,
}

test.group('Progress rules · XP', () => {
  test('a first-try, no-hint goal that completes the level earns every bonus, scaled by difficulty', ({ assert }) => {
    assert.deepEqual(awardsFor(base), [
      { key: 'goal:farm:2:0', reason: 'goal', amount: 20 },
      { key: 'first_try:farm:2', reason: 'first_try', amount: 10 },
      { key: 'no_hint:farm:2:0', reason: 'no_hint', amount: 4 },
      { key: 'complete:farm:2', reason: 'complete', amount: 30 },
    ])
    assert.equal(awardsFor({ ...base, difficulty: 5 })[0].amount, 50)
  })

  test('hints and later attempts drop their bonuses; failures earn nothing', ({ assert }) => {
    const keys = (attempt: AwardableAttempt) => awardsFor(attempt).map((award) => award.reason)
    assert.deepEqual(keys({ ...base, attemptNumber: 3, hintsUsed: 2 }), ['goal', 'complete'])
    assert.deepEqual(awardsFor({ ...base, passed: false }), [])
  })

  test('goal and level keys do not name the attempt (once per player for ever); practice keys do', ({ assert }) => {
    assert.deepEqual(
      awardsFor({ ...base, id: 1 }).map((award) => award.key),
      awardsFor({ ...base, id: 2 }).map((award) => award.key)
    )
    const practice = awardsFor({ ...base, goalsMet: [], levelCompleted: false, attemptNumber: 4 })
    assert.deepEqual(practice, [{ key: 'practice:9', reason: 'practice', amount: 1 }])
  })

  test('player levels start at 0, 50, 150, 300, 500 XP', ({ assert }) => {
    assert.deepEqual(levelForXp(0), { level: 1, levelStartXp: 0, nextLevelXp: 50 })
    assert.equal(levelForXp(49).level, 1)
    assert.equal(levelForXp(50).level, 2)
    assert.deepEqual(levelForXp(160), { level: 3, levelStartXp: 150, nextLevelXp: 300 })
    assert.equal(levelForXp(500).level, 5)
  })
})

test.group('Progress rules · streak and days', () => {
  test('the day is the player’s own calendar day', ({ assert }) => {
    const instant = DateTime.fromISO('2026-11-26T23:30:00Z')
    assert.equal(dayIn('UTC', instant), '2026-11-26')
    assert.equal(dayIn('Europe/Moscow', instant), '2026-11-27')
    assert.equal(dayIn('America/Los_Angeles', instant), '2026-11-26')
    assert.equal(dayIn('Not/AZone', instant), '2026-11-26', 'an unknown zone counts as UTC')
    assert.equal(safeZone('Mars/Olympus'), 'UTC')
  })

  test('day boundaries hold across daylight-saving changes', ({ assert }) => {
    // Europe/Berlin springs forward at 02:00 on 2026-03-29 and falls back at 03:00 on 2026-10-25.
    assert.equal(dayIn('Europe/Berlin', DateTime.fromISO('2026-03-28T22:59:00Z')), '2026-03-28')
    assert.equal(dayIn('Europe/Berlin', DateTime.fromISO('2026-03-28T23:00:00Z')), '2026-03-29')
    assert.equal(dayIn('Europe/Berlin', DateTime.fromISO('2026-03-29T21:59:00Z')), '2026-03-29')
    assert.equal(dayIn('Europe/Berlin', DateTime.fromISO('2026-03-29T22:00:00Z')), '2026-03-30', 'midnight is 22:00 UTC in summer time')
    assert.equal(dayIn('Europe/Berlin', DateTime.fromISO('2026-10-25T22:59:00Z')), '2026-10-25', 'the 25-hour day')
    assert.equal(dayIn('Europe/Berlin', DateTime.fromISO('2026-10-25T23:00:00Z')), '2026-10-26')
    let streak = reachGoal({ streak: 0, longestStreak: 0, streakDay: null }, dayIn('Europe/Berlin', DateTime.fromISO('2026-03-28T12:00:00Z')))
    streak = reachGoal(streak, dayIn('Europe/Berlin', DateTime.fromISO('2026-03-29T12:00:00Z')))
    streak = reachGoal(streak, dayIn('Europe/Berlin', DateTime.fromISO('2026-03-30T12:00:00Z')))
    assert.equal(streak.streak, 3, 'the 23-hour day counts as a day')
  })

  test('consecutive days extend the streak, a gap restarts it, the same day changes nothing', ({ assert }) => {
    let state = reachGoal({ streak: 0, longestStreak: 0, streakDay: null }, '2026-11-24')
    assert.deepEqual(state, { streak: 1, longestStreak: 1, streakDay: '2026-11-24' })
    state = reachGoal(state, '2026-11-25')
    assert.equal(state.streak, 2)
    assert.strictEqual(reachGoal(state, '2026-11-25'), state)
    state = reachGoal(state, '2026-11-28')
    assert.deepEqual(state, { streak: 1, longestStreak: 2, streakDay: '2026-11-28' })
    assert.equal(reachGoal({ streak: 5, longestStreak: 5, streakDay: '2026-12-31' }, '2027-01-01').streak, 6, 'across a year')
  })

  test('moving west (today goes back a day) never rolls the streak over or resets it', ({ assert }) => {
    const state = { streak: 4, longestStreak: 4, streakDay: '2026-11-27' }
    // The goal was reached in Auckland on the 27th; in Honolulu it is still the 26th.
    assert.strictEqual(reachGoal(state, '2026-11-26'), state)
    assert.equal(currentStreak(state, '2026-11-26'), 4)
    assert.equal(reachGoal(state, '2026-11-28').streak, 5, 'the next day still extends it')
  })

  test('the streak shown is alive through yesterday and 0 after a missed day', ({ assert }) => {
    const state = { streak: 4, longestStreak: 9, streakDay: '2026-11-25' }
    assert.equal(currentStreak(state, '2026-11-25'), 4)
    assert.equal(currentStreak(state, '2026-11-26'), 4)
    assert.equal(currentStreak(state, '2026-11-27'), 0)
    assert.equal(currentStreak({ streak: 0, longestStreak: 0, streakDay: null }, '2026-11-27'), 0)
  })
})
