import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { withSeedContent } from '#tests/helpers/content'
import { awarded, openEventStream } from '#tests/helpers/progress'
import { Visitor } from '#tests/helpers/visitor'
import AchievementSeeder from '#database/seeders/achievement_seeder'
import { awardProgress } from '#actions/progress/award_progress'
import AwardProgress from '#jobs/award_progress'
import Attempt from '#models/attempt'
import DailyActivity from '#models/daily_activity'
import User from '#models/user'
import UserAchievement from '#models/user_achievement'
import UserProfile from '#models/user_profile'
import XpAward from '#models/xp_award'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import db from '@adonisjs/lucid/services/db'

async function player() {
  const user = await UserFactory.create()
  const token = await User.accessTokens.create(user)
  return { user, token: token.value!.release() }
}

const attemptsUrl = (level: number) => `/api/games/farm/levels/${level}/attempts`

function baseUrl() {
  return `http://${process.env.HOST}:${process.env.PORT}`
}

/**
 * Progress off the request path: the award_progress job (queue worker in
 * this process), idempotence, the live push and who may hear it.
 */
test.group('Progress awards', (group) => {
  group.setup(async () => {
    const truncate = await withSeedContent()
    await new AchievementSeeder(db.connection()).run()
    return truncate
  })

  test('a first-try level completion earns goal, bonuses and a badge; /api/me shows them', async ({ client, assert }) => {
    const { user, token } = await player()
    const response = await client.post(attemptsUrl(1)).bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    response.assertStatus(200)
    await awarded(response.body().attempt.id)

    const awards = await XpAward.query().where('userId', user.id).orderBy('id')
    assert.deepEqual(
      awards.map((award) => [award.awardKey, award.amount]),
      [
        ['goal:farm:1:0', 10],
        ['first_try:farm:1', 5],
        ['no_hint:farm:1:0', 2],
        ['complete:farm:1', 25],
      ]
    )
    const profile = await UserProfile.findOrFail(user.id)
    assert.equal(profile.xp, 42)
    assert.equal(profile.streak, 1, '42 XP passes the daily goal of 20')
    const badges = (await UserAchievement.query().where('userId', user.id)).map((row) => row.achievementKey)
    assert.includeMembers(badges, ['first_words'])

    const me = await client.get('/api/me').bearerToken(token)
    me.assertStatus(200)
    assert.containSubset(me.body().data.profile, { xp: 42, level: 1, nextLevelXp: 50, streak: 1, todayXp: 42, dailyGoalXp: 20 })
    assert.equal(me.body().data.profile.badges[0].key, 'first_words')
  })

  test('replaying a completed level earns practice XP only; a restart cannot earn the goal again', async ({ client, assert }) => {
    const { user, token } = await player()
    const first = await client.post(attemptsUrl(1)).bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    await awarded(first.body().attempt.id)
    await client.post('/api/games/farm/levels/1/restart').bearerToken(token)
    const again = await client.post(attemptsUrl(1)).bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    assert.deepEqual(again.body().game.goals.map((goal: { met: boolean }) => goal.met), [true])
    await awarded(again.body().attempt.id)
    const profile = await UserProfile.findOrFail(user.id)
    assert.equal(profile.xp, 42, 'the goal and the level bonus were given the first time only')
    const practice = await client.post(attemptsUrl(1)).bearerToken(token).json({ utterance: 'Plant two carrots', inputMode: 'text' })
    await awarded(practice.body().attempt.id)
    assert.equal((await UserProfile.findOrFail(user.id)).xp, 43)
  })

  test('the award job run twice awards once', async ({ client, assert }) => {
    const { user, token } = await player()
    const response = await client.post(attemptsUrl(1)).bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    const attemptId = response.body().attempt.id
    await awarded(attemptId)

    assert.isNull(await awardProgress(attemptId), 'a second run finds nothing to do')
    // And through the queue, without the dedup key, as a retry after a crash would.
    await AwardProgress.dispatch({ attemptId })
    await Attempt.query().where('id', attemptId).update({ awardedAt: null })
    await AwardProgress.dispatch({ attemptId })
    await awarded(attemptId)
    await new Promise((resolve) => setTimeout(resolve, 200))

    assert.equal((await UserProfile.findOrFail(user.id)).xp, 42)
    assert.lengthOf(await XpAward.query().where('userId', user.id), 4)
    const activity = await DailyActivity.query().where('userId', user.id)
    assert.lengthOf(activity, 1)
    assert.equal(activity[0].xp, 42)
    assert.lengthOf(await UserAchievement.query().where({ userId: user.id, achievementKey: 'first_words' }), 1)
  })

  test('a failed attempt earns nothing but is counted', async ({ client, assert }) => {
    const { user, token } = await player()
    const response = await client.post(attemptsUrl(1)).bearerToken(token).json({ utterance: 'Plant carrot', inputMode: 'text' })
    assert.isFalse(response.body().attempt.passed)
    await awarded(response.body().attempt.id)
    assert.lengthOf(await XpAward.query().where('userId', user.id), 0)
    const activity = await DailyActivity.query().where('userId', user.id).firstOrFail()
    assert.equal(activity.attempts, 1)
    assert.equal(activity.xp, 0)
  })

  test('badge counters on the profile: five passes by voice earn "loud and clear" on the fifth', async ({ client, assert }) => {
    const { user, token } = await player()
    const send = async (body: Record<string, unknown>) => {
      const response = await client.post(attemptsUrl(1)).bearerToken(token).json(body)
      response.assertStatus(200)
      await awarded(response.body().attempt.id)
      return response.body().attempt
    }
    assert.isFalse((await send({ utterance: 'Plant carrot', inputMode: 'text' })).passed)
    for (let pass = 1; pass <= 5; pass++) {
      const badges = async () => (await UserAchievement.query().where('userId', user.id)).map((row) => row.achievementKey)
      assert.notInclude(await badges(), 'loud_and_clear', `not before pass ${pass}`)
      assert.isTrue((await send({ utterance: 'Plant carrots', alternatives: ['Plant carrots', 'Planned carrots'], inputMode: 'voice' })).passed)
      if (pass === 5) assert.include(await badges(), 'loud_and_clear')
    }

    const profile = await UserProfile.findOrFail(user.id)
    assert.containSubset(profile.serialize(), {
      attemptsCount: 6,
      passedCount: 5,
      perfectCount: 5,
      passedByVoice: 5,
      passedByTiles: 0,
      levelsCompleted: 1,
      levelsCompletedByGame: { farm: 1 },
      daysActive: 1,
    })
    // The counters agree with the history they replace.
    const [history] = await db.from('attempts').where('user_id', user.id).select(db.raw('count(*) as total'), db.raw('sum(case when passed then 1 else 0 end) as passed'))
    assert.equal(Number(history.total), profile.attemptsCount)
    assert.equal(Number(history.passed), profile.passedCount)
  })

  test('the streak day is the player’s own: late evening in Los Angeles is still that day', async ({ client, assert }) => {
    const { user, token } = await player()
    user.timeZone = 'America/Los_Angeles'
    await user.save()
    await UserProfile.create({ userId: user.id, streak: 3, longestStreak: 3, streakDay: DateTime.now().setZone('America/Los_Angeles').minus({ days: 1 }).toISODate()!, dailyGoalXp: 20 })
    const response = await client.post(attemptsUrl(1)).bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    await awarded(response.body().attempt.id)
    const profile = await UserProfile.findOrFail(user.id)
    assert.equal(profile.streak, 4)
    assert.equal(profile.streakDay, DateTime.now().setZone('America/Los_Angeles').toISODate())
  })
})

test.group('Progress pushes', (group) => {
  group.setup(async () => {
    const truncate = await withSeedContent()
    await new AchievementSeeder(db.connection()).run()
    return truncate
  })

  test('progress.updated arrives on the player’s own channel over SSE', async ({ client, assert }) => {
    const { user, token } = await player()
    const browser = new Visitor(client)
    await browser.login(user.email, FACTORY_PASSWORD)
    const uid = randomUUID()
    const stream = await openEventStream(baseUrl(), uid)
    try {
      ;(await browser.post('/__transmit/subscribe').json({ uid, channel: `users/${user.id}` })).assertStatus(204)
      await client.post(attemptsUrl(1)).bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
      const message = await stream.next((candidate) => candidate?.payload?.type === 'progress.updated')
      assert.equal(message.channel, `users/${user.id}`)
      assert.containSubset(message.payload, { xpDelta: 42, xp: 42, level: 1, streak: 1 })
      assert.equal(message.payload.badgesEarned[0].key, 'first_words')
    } finally {
      await stream.close()
    }
  })

  test("nobody may subscribe to another player's channel, nor a guest to any", async ({ client, assert }) => {
    const { user } = await player()
    const other = await UserFactory.create()
    const browser = new Visitor(client)
    await browser.login(user.email, FACTORY_PASSWORD)
    const uid = randomUUID()
    const stream = await openEventStream(baseUrl(), uid)
    try {
      ;(await browser.post('/__transmit/subscribe').json({ uid, channel: `users/${other.id}` })).assertStatus(400)
      const guest = new Visitor(client)
      await guest.get('/')
      ;(await guest.post('/__transmit/subscribe').json({ uid, channel: `users/${user.id}` })).assertStatus(400)
      ;(await browser.post('/__transmit/subscribe').json({ uid, channel: `users/${user.id}` })).assertStatus(204)
      assert.isTrue(true)
    } finally {
      await stream.close()
    }
  })
})
