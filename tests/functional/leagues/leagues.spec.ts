import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { withSeedContent } from '#tests/helpers/content'
import { awarded, openEventStream } from '#tests/helpers/progress'
import { mailsTo, waitForMail } from '#tests/helpers/mailbox'
import { Visitor } from '#tests/helpers/visitor'
import { preferencesForm } from '#tests/helpers/settings'
import User from '#models/user'
import UserProfile from '#models/user_profile'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { addLeagueXp } from '#actions/leagues/add_league_xp'
import { settleLeagues } from '#actions/leagues/settle_leagues'
import { leagueWeekOf } from '#services/league_rules'
import { jobsSettled } from '#services/queue_worker'
import SettleLeagues from '#jobs/settle_leagues'

const baseUrl = () => `http://${process.env.HOST}:${process.env.PORT}`

/** A player at a tier (a profile row, as the award job leaves it). */
async function playerAt(tier: number, overrides: Partial<User> = {}) {
  const user = await UserFactory.merge(overrides).create()
  await UserProfile.startingFor(user.id).merge({ leagueTier: tier }).save()
  return user
}

/** XP as the award job adds it, at a given time. */
function earn(user: User, xp: number, at: DateTime) {
  return db.transaction((trx) => addLeagueXp(trx, { userId: user.id, timeZone: user.timeZone, xp, at }))
}

async function tierOf(user: User) {
  return (await db.from('user_profiles').where('user_id', user.id).firstOrFail()).league_tier as number
}

async function seatOf(user: User) {
  return db.from('league_members as m').join('league_cohorts as c', 'c.id', 'm.cohort_id').where('m.user_id', user.id).select('c.*', 'm.xp').first()
}

/** Monday noon UTC of this week: every bucket's week is running then. */
const midweek = DateTime.utc().startOf('week').plus({ hours: 12 })
const afterTheWeek = midweek.plus({ days: 8 })

test.group('Leagues', (group) => {
  group.setup(withSeedContent)
  group.each.setup(async () => {
    await db.from('league_results').delete()
    await db.from('league_members').delete()
    await db.from('league_cohorts').delete()
  })

  test('an attempt’s XP seats the player in a cohort of their tier and time-zone bucket; more XP adds to the seat', async ({ client, assert }) => {
    const user = await UserFactory.merge({ timeZone: 'Europe/Moscow' }).create()
    const token = (await User.accessTokens.create(user)).value!.release()
    const play = (utterance: string) => client.post('/api/games/farm/levels/1/attempts').bearerToken(token).json({ utterance, inputMode: 'text' })
    await awarded((await play('Plant carrots')).body().attempt.id)

    const seat = await seatOf(user)
    const { week } = leagueWeekOf(DateTime.utc(), 3)
    assert.containSubset(seat, { tier: 1, tz_bucket: 3, week, members_count: 1, xp: 42 })

    await awarded((await play('Plant carrots')).body().attempt.id) // a replay: practice XP
    assert.equal((await seatOf(user)).xp, 43)
    assert.lengthOf(await db.from('league_members').where('user_id', user.id), 1)

    const league = (await client.get('/api/league').bearerToken(token)).body()
    assert.containSubset(league, {
      tier: 1,
      joinLeagues: true,
      cohort: { week, tier: 1, ended: false, promote: 1, demote: 0, members: [{ rank: 1, userId: user.id, xp: 43, zone: 'promotion' }] },
      lastResult: null,
    })
    assert.equal(league.tiers.length, 10)
    assert.isAbove(DateTime.fromISO(league.cohort.endsAt).toMillis(), DateTime.fromISO(league.serverTime).toMillis())
  })

  test('a cohort holds 30: the 31st player opens the next; each tier and time-zone bucket has its own', async ({ assert }) => {
    const utcPlayers = await Promise.all(Array.from({ length: 31 }, () => playerAt(2)))
    for (const user of utcPlayers) await earn(user, 10, midweek)
    const moscow = await playerAt(2, { timeZone: 'Europe/Moscow' })
    await earn(moscow, 10, midweek)
    const lower = await playerAt(1)
    await earn(lower, 10, midweek)

    const cohorts = await db.from('league_cohorts').orderBy('id')
    assert.deepEqual(
      cohorts.map((cohort) => [cohort.tier, cohort.tz_bucket, cohort.members_count]),
      [
        [2, 0, 30],
        [2, 0, 1],
        [2, 3, 1],
        [1, 0, 1],
      ]
    )
    const [full] = cohorts
    assert.equal((await db.from('league_members').where('cohort_id', full.id).count('* as n'))[0].n, 30)
  })

  test('settlement ranks by XP, then who got there first; the top 7 move up, the last 5 down; running it again changes nothing', async ({ assert }) => {
    const players = await Promise.all(Array.from({ length: 30 }, () => playerAt(3)))
    // XP 300, 290, … 10; the first two tie on 300, and the one who got there later ranks second.
    for (const [index, user] of players.entries()) {
      const xp = index <= 1 ? 300 : 300 - 10 * index
      await earn(user, xp, midweek.plus({ minutes: index === 0 ? 5 : index }))
    }
    const idle = await playerAt(3)

    assert.deepEqual(await settleLeagues(midweek), { cohorts: 0, players: 0, notified: 0 }, 'nothing ends mid-week')
    const first = await settleLeagues(afterTheWeek)
    assert.containSubset(first, { cohorts: 1, players: 30 })

    const results = await db.from('league_results').orderBy('rank')
    assert.deepEqual(
      results.map((result) => [result.user_id, result.rank, result.outcome, result.new_tier]),
      players
        .map((user, index) => ({ user, rank: index === 0 ? 2 : index === 1 ? 1 : index + 1 }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ user, rank }) => [user.id, rank, rank <= 7 ? 'promoted' : rank >= 26 ? 'demoted' : 'stayed', rank <= 7 ? 4 : rank >= 26 ? 2 : 3])
    )
    assert.equal(await tierOf(players[1]), 4)
    assert.equal(await tierOf(players[29]), 2)
    assert.equal(await tierOf(players[15]), 3)
    assert.equal(await tierOf(idle), 3, 'no XP this week: the tier stays, no cohort, no result')
    assert.isNull(await seatOf(idle))

    // Twice, and through the scheduled job: no new results, no second move.
    assert.deepEqual(await settleLeagues(afterTheWeek), { cohorts: 0, players: 0, notified: 0 })
    await new SettleLeagues().execute()
    assert.lengthOf(await db.from('league_results'), 30)
    assert.equal(await tierOf(players[1]), 4)
    assert.equal(await tierOf(players[29]), 2)
  })

  test('the top tier promotes nobody, the first tier demotes nobody; small cohorts get smaller zones', async ({ assert }) => {
    const top = await Promise.all(Array.from({ length: 4 }, () => playerAt(10)))
    const bottom = await Promise.all(Array.from({ length: 4 }, () => playerAt(1)))
    const middle = await Promise.all(Array.from({ length: 10 }, () => playerAt(5)))
    for (const [index, user] of [...top, ...bottom, ...middle].entries()) await earn(user, 100 - index, midweek)
    await settleLeagues(afterTheWeek)

    const outcomes = async (users: User[]) =>
      (await db.from('league_results').whereIn('user_id', users.map((user) => user.id)).orderBy('rank')).map((result) => `${result.outcome}:${result.new_tier}`)
    assert.deepEqual(await outcomes(top), ['stayed:10', 'stayed:10', 'stayed:10', 'demoted:9'])
    assert.deepEqual(await outcomes(bottom), ['promoted:2', 'stayed:1', 'stayed:1', 'stayed:1'])
    assert.deepEqual(await outcomes(middle), ['promoted:6', 'promoted:6', ...Array(6).fill('stayed:5'), 'demoted:4', 'demoted:4'])
  })

  test('the first XP of a new week settles the last one first: the new seat is in the new tier', async ({ assert }) => {
    const winner = await playerAt(4)
    await earn(winner, 50, midweek)
    // The settlement job has not run yet when the player plays again next week.
    await earn(winner, 5, afterTheWeek)
    assert.equal(await tierOf(winner), 5)
    const seats = await db.from('league_members as m').join('league_cohorts as c', 'c.id', 'm.cohort_id').where('m.user_id', winner.id).orderBy('c.ends_at')
    assert.deepEqual(
      seats.map((seat) => [seat.tier, seat.xp, Boolean(seat.settled_at)]),
      [
        [4, 50, true],
        [5, 5, false],
      ]
    )
    assert.containSubset(await db.from('league_results').where('user_id', winner.id).firstOrFail(), { outcome: 'promoted', new_tier: 5 })
  })

  test('opting out gives up this week’s seat and joins nothing more; the tier stays', async ({ client, assert }) => {
    const user = await playerAt(6)
    const neighbour = await playerAt(6)
    await earn(user, 20, DateTime.utc())
    await earn(neighbour, 10, DateTime.utc())
    const browser = new Visitor(client)
    await browser.login(user.email, FACTORY_PASSWORD)
    const preferences = preferencesForm({ joinLeagues: false })
    ;(await browser.put('/settings/preferences').accept('json').json(preferences)).assertStatus(302)
    assert.isNull(await seatOf(user))
    assert.equal((await seatOf(neighbour)).members_count, 1)

    const token = (await User.accessTokens.create(user)).value!.release()
    const attempt = await client.post('/api/games/farm/levels/1/attempts').bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    await awarded(attempt.body().attempt.id)
    assert.isNull(await seatOf(user), 'XP while opted out joins no cohort')
    assert.equal(await tierOf(user), 6)
    const league = (await client.get('/api/league').bearerToken(token)).body()
    assert.containSubset(league, { tier: 6, joinLeagues: false, cohort: null })
  })

  test('each player hears their result once: live on their channel, by mail when they want the weekly mail', async ({ client, assert }) => {
    const listener = await playerAt(2, { notifyWeeklyEmail: true, locale: 'ru' })
    const quiet = await playerAt(2, { notifyWeeklyEmail: false, notifyInApp: false })
    await earn(listener, 90, midweek)
    await earn(quiet, 10, midweek)

    const browser = new Visitor(client)
    await browser.login(listener.email, FACTORY_PASSWORD)
    const uid = randomUUID()
    const stream = await openEventStream(baseUrl(), uid)
    try {
      ;(await browser.post('/__transmit/subscribe').json({ uid, channel: `users/${listener.id}` })).assertStatus(204)
      assert.containSubset(await settleLeagues(afterTheWeek), { cohorts: 1, players: 2, notified: 2 })
      const message = await stream.next((candidate) => candidate?.payload?.type === 'league.settled')
      assert.containSubset(message.payload, { rank: 1, outcome: 'promoted', tier: 2, newTier: 3, xp: 90 })
    } finally {
      await stream.close()
    }
    const mail = await waitForMail(listener.email, { subject: /Ваша неделя в лиге/ })
    assert.include(mail.text ?? '', 'Вы заняли 1-е место в лиге «Серебряная», набрав 90 XP.')
    assert.include(mail.text ?? '', '«Золотая»')
    await jobsSettled()
    assert.lengthOf(await mailsTo(quiet.email), 0)

    assert.deepEqual(await settleLeagues(afterTheWeek), { cohorts: 0, players: 0, notified: 0 })
    assert.lengthOf(await mailsTo(listener.email), 1, 'told once')
    assert.lengthOf(await db.from('league_results').whereNull('notified_at'), 0)
  })

  test('the league page: tiers, my cohort with its zones and countdown, last week’s result; the profile shows the tier', async ({ client, assert }) => {
    const user = await playerAt(3)
    await earn(user, 40, midweek.minus({ weeks: 1 }))
    await settleLeagues(midweek)
    const rivals = await Promise.all(Array.from({ length: 9 }, () => playerAt(4)))
    await earn(user, 25, DateTime.utc())
    for (const [index, rival] of rivals.entries()) await earn(rival, 5 * (index + 1), DateTime.utc())

    const browser = new Visitor(client)
    await browser.login(user.email, FACTORY_PASSWORD)
    const page = (await browser.inertia('/league')).body()
    assert.equal(page.component, 'league')
    assert.containSubset(page.props, {
      tier: 4,
      lastResult: { tier: 3, newTier: 4, rank: 1, outcome: 'promoted', xp: 40 },
      cohort: { tier: 4, promote: 2, demote: 2 },
    })
    const zones = page.props.cohort.members.map((member: { zone: string | null }) => member.zone ?? '-')
    assert.deepEqual(zones, ['promotion', 'promotion', '-', '-', '-', '-', '-', '-', 'demotion', 'demotion'])
    assert.deepInclude(page.props.cohort.members, { rank: 5, userId: user.id, displayName: user.displayName, avatarUrl: null, xp: 25, zone: null })
    assert.deepInclude(page.props.tiers, { number: 4, key: 'sapphire', name: 'Sapphire' })

    const profile = (await browser.inertia('/profile')).body()
    assert.deepEqual(profile.props.league, { number: 4, key: 'sapphire', name: 'Sapphire' })
    const html = (await browser.get('/league')).text()
    assert.include(html, 'Sapphire league · week')
    ;(await new Visitor(client).get('/league')).assertStatus(302)
  })

  test('settlement keeps working when a cohort ended long ago, and ignores cohorts still running', async ({ assert }) => {
    const early = await playerAt(2)
    await earn(early, 10, midweek.minus({ weeks: 3 }))
    const now = await playerAt(2)
    await earn(now, 10, DateTime.utc())
    const result = await settleLeagues()
    assert.containSubset(result, { cohorts: 1, players: 1 })
    assert.isNull((await seatOf(now)).settled_at)
  })
})
