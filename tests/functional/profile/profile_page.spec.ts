import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { withSeedContent } from '#tests/helpers/content'
import { awarded } from '#tests/helpers/progress'
import { Visitor, signedInVisitor, toPath } from '#tests/helpers/visitor'
import { attempt, mistake } from '#tests/functional/catalog/helpers'
import AchievementSeeder from '#database/seeders/achievement_seeder'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import DailyActivity from '#models/daily_activity'
import User from '#models/user'
import UserAchievement from '#models/user_achievement'
import UserProfile from '#models/user_profile'

/** Today, and n days before it, on the calendar of a time zone. */
function dayIn(zone: string, daysBefore = 0) {
  return DateTime.now().setZone(zone).minus({ days: daysBefore }).toISODate()!
}

async function profile(visitor: Visitor) {
  const response = await visitor.inertia('/profile')
  response.assertStatus(200)
  response.assertInertiaComponent('profile')
  return response.body().props
}

test.group('Profile: access', (group) => {
  group.setup(withSeedContent)

  test('a guest is sent to log in, and comes back to the profile afterwards', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    const response = await visitor.get('/profile')
    response.assertStatus(302)
    assert.equal(toPath(response.header('location')!), '/login')

    const user = await UserFactory.create()
    const login = await visitor.login(user.email, FACTORY_PASSWORD)
    assert.equal(toPath(login.header('location')!), '/profile')
  })

  test('a JSON request without a session gets a 401', async ({ client }) => {
    const response = await client.get('/profile').accept('json')
    response.assertStatus(401)
  })
})

test.group('Profile: the page', (group) => {
  group.setup(async () => {
    const truncate = await withSeedContent()
    await new AchievementSeeder(db.connection()).run()
    return truncate
  })

  test('a new player: zero progress, every badge still to earn, empty lists, 30 empty days', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedInVisitor(client, user)
    const props = await profile(visitor)

    assert.equal(props.account.displayName, user.displayName)
    assert.deepEqual(props.stats, { xp: 0, level: 1, levelStartXp: 0, nextLevelXp: 50, streak: 0, longestStreak: 0, dailyGoalXp: 20, todayXp: 0, leagueTier: 1 })
    assert.lengthOf(props.badges, 13)
    assert.isTrue(props.badges.every((badge: { earned: boolean; earnedAt: string | null }) => !badge.earned && badge.earnedAt === null))
    assert.deepEqual(props.vocabulary, { total: 0, words: [] })
    assert.deepEqual(props.recentAttempts, [])
    assert.lengthOf(props.xpByDay, 30)
    assert.isTrue(props.xpByDay.every((day: { xp: number }) => day.xp === 0))

    const html = (await visitor.get('/profile')).text()
    assert.include(html, '<meta name="robots" content="noindex, nofollow"')
    assert.include(html, 'Words appear here once you play a level.')
  })

  test('XP bar, streak and today’s goal from the player’s progress', async ({ client, assert }) => {
    const user = await UserFactory.merge({ timeZone: 'Pacific/Kiritimati' }).create()
    const zone = 'Pacific/Kiritimati'
    await UserProfile.create({ userId: user.id, xp: 160, level: 3, streak: 4, longestStreak: 9, streakDay: dayIn(zone), dailyGoalXp: 30 })
    await DailyActivity.create({ userId: user.id, day: dayIn(zone), xp: 35, attempts: 6, goalReached: true })
    const visitor = await signedInVisitor(client, user)
    const props = await profile(visitor)

    assert.deepEqual(props.stats, { xp: 160, level: 3, levelStartXp: 150, nextLevelXp: 300, streak: 4, longestStreak: 9, dailyGoalXp: 30, todayXp: 35, leagueTier: 1 })
    assert.equal(props.timeZone, zone)

    const html = (await visitor.get('/profile')).text()
    // The XP bar runs from where level 3 began to where level 4 begins.
    assert.match(html, /role="progressbar"[^>]*aria-valuemin="150"[^>]*aria-valuemax="300"[^>]*aria-valuenow="160"[^>]*aria-valuetext="10 of 150 XP into level 3"/)
    assert.include(html, '140 XP to level 4')
    assert.include(html, '4 days')
    assert.include(html, 'Longest: 9 days')
    assert.include(html, 'Daily goal reached. Nice work!')
  })

  test('XP per day: the last 30 days of the player’s calendar, zeros filled in', async ({ client, assert }) => {
    const zone = 'America/Los_Angeles'
    const user = await UserFactory.merge({ timeZone: zone }).create()
    await DailyActivity.createMany([
      { userId: user.id, day: dayIn(zone), xp: 12, attempts: 3, goalReached: false },
      { userId: user.id, day: dayIn(zone, 5), xp: 45, attempts: 7, goalReached: true },
      { userId: user.id, day: dayIn(zone, 29), xp: 8, attempts: 1, goalReached: false },
      { userId: user.id, day: dayIn(zone, 30), xp: 99, attempts: 9, goalReached: true },
      { userId: user.id, day: dayIn(zone, 1).replace(/^(\d{4})/, (year) => String(Number(year) - 1)), xp: 77, attempts: 1, goalReached: true },
    ])
    // Someone else's day never shows.
    const other = await UserFactory.create()
    await DailyActivity.create({ userId: other.id, day: dayIn(zone, 2), xp: 500, attempts: 50, goalReached: true })

    const visitor = await signedInVisitor(client, user)
    const { xpByDay } = await profile(visitor)
    assert.lengthOf(xpByDay, 30)
    assert.equal(xpByDay[29].day, dayIn(zone))
    assert.equal(xpByDay[0].day, dayIn(zone, 29))
    assert.deepEqual(xpByDay[29], { day: dayIn(zone), xp: 12, attempts: 3, goalReached: false })
    assert.deepEqual(xpByDay[24], { day: dayIn(zone, 5), xp: 45, attempts: 7, goalReached: true })
    assert.equal(xpByDay[0].xp, 8)
    assert.equal(xpByDay[27].xp, 0, 'a day without play is zero, not missing')
    assert.equal(xpByDay.reduce((sum: number, day: { xp: number }) => sum + day.xp, 0), 65, 'older days and other players stay out')

    const html = (await visitor.get('/profile')).text()
    assert.match(html, /<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/)
    assert.match(html, /<title id="[^"]+">XP per day over the last 30 days<\/title>/)
    assert.match(html, /<desc id="[^"]+">65 XP in 30 days, on 3 active days\. Best day: [^<]+, with 45 XP\. Daily goal of 20 XP reached on 1 day\.<\/desc>/)
    assert.match(html, /<table class="visually-hidden"><caption>XP per day, last 30 days<\/caption>/)
    assert.equal((html.match(/<th scope="row"><time dateTime="\d{4}-\d{2}-\d{2}">/g) ?? []).length, 30)
  })

  test('every badge in order: earned ones with their date, the rest with what it takes', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const earnedAt = DateTime.fromISO('2026-03-14T10:00:00Z')
    await UserAchievement.createMany([
      { userId: user.id, achievementKey: 'first_words', earnedAt },
      { userId: user.id, achievementKey: 'farmhand', earnedAt: earnedAt.plus({ days: 2 }) },
    ])
    const visitor = await signedInVisitor(client, user)
    const { badges } = await profile(visitor)

    assert.deepEqual(
      badges.slice(0, 3).map((badge: { key: string }) => badge.key),
      ['first_words', 'ten_right', 'hundred_right'],
      'the order admins gave them'
    )
    assert.containSubset(badges[0], { key: 'first_words', icon: 'sprout', title: 'First words', description: 'Get your first phrase right.', earned: true })
    assert.equal(DateTime.fromISO(badges[0].earnedAt).toMillis(), earnedAt.toMillis())
    assert.containSubset(badges[1], { key: 'ten_right', earned: false, earnedAt: null, description: 'Get 10 phrases right.' })
    assert.lengthOf(badges.filter((badge: { earned: boolean }) => badge.earned), 2)

    const html = (await visitor.get('/profile')).text()
    assert.include(html, '2 of 13 earned')
    assert.match(html, /data-testid="badge-first_words"[^>]*>.*?Earned <time dateTime="2026-03-14T10:00:00/s)
    assert.match(html, /class="badge-card badge-locked" data-testid="badge-ten_right"/)

    const russian = await UserFactory.apply('russian').create()
    const inRussian = await profile(await signedInVisitor(client, russian))
    assert.containSubset(inRussian.badges[0], { title: 'Первые слова', description: 'Первая верная фраза.' })
  })

  test('vocabulary: words of the levels attempted, with mastery, weakest first', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    // Farm 1 (plant, carrot, the, some, please): 1 of 2 passed. Farm 2 (plant, potato, one, two, three): 2 of 2.
    await attempt(user, 1, { passed: false })
    await attempt(user, 1, { passed: true })
    await attempt(user, 2, { passed: true })
    await attempt(user, 2, { passed: true })
    const { vocabulary } = await profile(await signedInVisitor(client, user))

    const byLemma = Object.fromEntries(vocabulary.words.map((word: { lemma: string }) => [word.lemma, word]))
    assert.containSubset(byLemma.carrot, { key: 'en:carrot:noun', translation: 'морковь', attempts: 2, passed: 1, levels: 1, mastery: 50 })
    assert.containSubset(byLemma.plant, { attempts: 4, passed: 3, levels: 2, mastery: 75 })
    assert.containSubset(byLemma.potato, { translation: 'картофель', attempts: 2, passed: 2, mastery: 100 })
    assert.equal(vocabulary.total, vocabulary.words.length)
    const masteries = vocabulary.words.map((word: { mastery: number }) => word.mastery)
    assert.deepEqual(masteries, [...masteries].sort((a, b) => a - b), 'weakest first')
    assert.equal(vocabulary.words[0].mastery, 50)
  })

  test('vocabulary shows the 30 weakest words and counts them all', async ({ client, assert }) => {
    const user = await UserFactory.create()
    for (const level of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) await attempt(user, level, { passed: level % 2 === 0 })
    const { vocabulary } = await profile(await signedInVisitor(client, user))
    assert.isAbove(vocabulary.total, 30)
    assert.lengthOf(vocabulary.words, 30)
    assert.isNull(vocabulary.words[0].translation, 'an English interface needs no translation of English words')
  })

  test('recent attempts: the last ten, newest first, with where, result and mistake kinds', async ({ client, assert }) => {
    const user = await UserFactory.create()
    for (let index = 1; index <= 11; index++) await attempt(user, 1, { passed: true, utterance: `old ${index}` })
    await attempt(user, 2, {
      utterance: 'Plant three potato',
      score: 75,
      inputMode: 'voice',
      feedback: [mistake('wrong_form', 'plural_after_numbers'), mistake('typo'), mistake('wrong_form')],
    })
    const visitor = await signedInVisitor(client, user)
    const { recentAttempts } = await profile(visitor)

    assert.lengthOf(recentAttempts, 10)
    assert.containSubset(recentAttempts[0], {
      game: 'farm',
      gameTitle: 'Farm',
      level: 2,
      levelTitle: 'Count them',
      utterance: 'Plant three potato',
      inputMode: 'voice',
      passed: false,
      score: 75,
      feedbackKinds: ['wrong_form', 'typo'],
    })
    assert.isString(recentAttempts[0].createdAt)
    assert.deepEqual(
      recentAttempts.slice(1).map((row: { utterance: string }) => row.utterance),
      ['old 11', 'old 10', 'old 9', 'old 8', 'old 7', 'old 6', 'old 5', 'old 4', 'old 3']
    )

    const html = (await visitor.get('/profile')).text()
    assert.include(html, '<q lang="en">Plant three potato</q>')
    assert.include(html, 'Farm, level 2: Count them')
    assert.include(html, 'Wrong form')
  })

  test('end to end: an attempt through the API shows up as XP, a badge, words and history', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const token = (await User.accessTokens.create(user)).value!.release()
    const response = await client.post('/api/games/farm/levels/1/attempts').bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    response.assertStatus(200)
    await awarded(response.body().attempt.id)

    const props = await profile(await signedInVisitor(client, user))
    assert.containSubset(props.stats, { xp: 42, level: 1, nextLevelXp: 50, streak: 1, todayXp: 42 })
    assert.containSubset(props.badges.find((badge: { key: string }) => badge.key === 'first_words'), { earned: true })
    assert.equal(props.xpByDay[29].xp, 42)
    assert.isTrue(props.xpByDay[29].goalReached)
    assert.containSubset(props.recentAttempts, [{ utterance: 'Plant carrots', passed: true, score: 100, level: 1 }])
    assert.containSubset(props.vocabulary.words, [{ lemma: 'carrot', mastery: 100 }])
  })
})
