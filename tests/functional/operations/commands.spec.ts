import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import hash from '@adonisjs/core/services/hash'
import testUtils from '@adonisjs/core/services/test_utils'
import UserCreate from '#commands/user_create'
import Setup from '#commands/setup'
import User from '#models/user'
import BlogPost from '#models/blog_post'
import XpAward from '#models/xp_award'
import db from '@adonisjs/lucid/services/db'

test.group('node ace user:create', (group) => {
  group.each.setup(() => testUtils.db().truncate())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('creates a verified admin with the given password', async ({ assert }) => {
    const command = await ace.create(UserCreate, ['Root@Example.com', '--password=stable-horse-battery', '--admin', '--verified'])
    await command.exec()
    command.assertSucceeded()

    const user = await User.findByOrFail('email', 'root@example.com')
    assert.equal(user.role, 'admin')
    assert.isNotNull(user.emailVerifiedAt)
    assert.isTrue(await hash.verify(user.password!, 'stable-horse-battery'))
    assert.equal(user.termsVersion, '2026-11-01')
  })

  test('generates and prints a password when none is given', async ({ assert }) => {
    const command = await ace.create(UserCreate, ['player@example.com'])
    await command.exec()
    command.assertSucceeded()

    const printed = command.logger.getLogs().map((log) => log.message).join('\n')
    const password = printed.match(/Password: (\S+)/)?.[1]
    assert.exists(password)
    const user = await User.findByOrFail('email', 'player@example.com')
    assert.equal(user.role, 'player')
    assert.isNull(user.emailVerifiedAt)
    assert.isTrue(await hash.verify(user.password!, password!))
  })

  test('refuses a common password, a bad address and a duplicate', async ({ assert }) => {
    const weak = await ace.create(UserCreate, ['weak@example.com', '--password=password123'])
    await weak.exec()
    weak.assertFailed()

    const invalid = await ace.create(UserCreate, ['not-an-email', '--password=stable-horse-battery'])
    await invalid.exec()
    invalid.assertFailed()

    await User.create({ email: 'taken@example.com', password: 'x-long-password', displayName: 'Taken' })
    const duplicate = await ace.create(UserCreate, ['TAKEN@example.com', '--password=stable-horse-battery'])
    await duplicate.exec()
    duplicate.assertFailed()

    assert.lengthOf(await User.all(), 1)
  })
})

test.group('node ace setup', (group) => {
  group.each.setup(() => testUtils.db().truncate())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('seeds the demo accounts and posts, and running it twice changes nothing', async ({ assert }) => {
    for (let run = 0; run < 2; run++) {
      const command = await ace.create(Setup, [])
      await command.exec()
      command.assertSucceeded()
    }
    const users = await User.query().orderBy('email')
    assert.deepEqual(
      users.map((user) => [user.email, user.role]),
      [
        ['admin@parley.local', 'admin'],
        ['player@parley.local', 'player'],
      ]
    )
    const posts = await BlogPost.query().where('status', 'published')
    assert.isAtLeast(posts.filter((post) => post.locale === 'en').length, 3)
    assert.isAtLeast(posts.filter((post) => post.locale === 'ru').length, 3)
    assert.equal(new Set(posts.map((post) => `${post.slug}:${post.locale}`)).size, posts.length)
  })

  test('puts XP awarded before leaderboards existed onto them, once', async ({ assert }) => {
    const first = await ace.create(Setup, [])
    await first.exec()
    first.assertSucceeded()
    const player = await User.findByOrFail('email', 'player@parley.local')
    await XpAward.create({ userId: player.id, awardKey: 'practice:legacy', attemptId: null, gameSlug: 'farm', reason: 'practice', amount: 3, day: '2026-01-05' })

    for (let run = 0; run < 2; run++) {
      const command = await ace.create(Setup, [])
      await command.exec()
      command.assertSucceeded()
    }
    const allTime = await db.from('leaderboard_scores').where({ period: 'all', user_id: player.id }).orderBy('game_slug')
    assert.deepEqual(
      allTime.map((row) => [row.game_slug, Number(row.score)]),
      [
        ['farm', 3],
        ['global', 3],
      ]
    )
  })
})

test.group('Health checks', () => {
  test('liveness answers without touching dependencies', async ({ client }) => {
    const response = await client.get('/health/live')
    response.assertStatus(200)
    response.assertBodyContains({ status: 'ok' })
  })

  test('readiness reports the database (and Redis when configured)', async ({ client, assert }) => {
    const response = await client.get('/health/ready')
    response.assertStatus(200)
    const names = response.body().checks.map((check: { name: string }) => check.name)
    assert.isTrue(names.some((name: string) => /database/i.test(name)), names.join(', '))
    assert.equal(names.some((name: string) => /redis/i.test(name)), Boolean(process.env.REDIS_HOST), names.join(', '))
  })
})
