import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import { redisEnabled } from '#config/redis'
import { withSeedContent } from '#tests/helpers/content'
import { awarded } from '#tests/helpers/progress'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { isoWeekOf } from '#services/leaderboard_periods'
import { SqlLeaderboardStore, recountScores, type Board } from '#queries/leaderboard'
import { RedisLeaderboardStore } from '#queries/redis_leaderboard_store'
import { jobsSettled } from '#services/queue_worker'
import { refreshSnapshots } from '#actions/leaderboards/refresh_snapshots'
import { rebuildBoards } from '#actions/leaderboards/rebuild_boards'

const sql = new SqlLeaderboardStore()
const board: Board = { period: isoWeekOf(DateTime.utc()), gameSlug: 'global' }
const format = () => db.connection().dialect.dateTimeFormat

/** A seeded random sequence: the same board every run, with many ties. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
}

/** Writes a score as the award job does: the database, then the index. */
async function setScore(redisStore: RedisLeaderboardStore, userId: number, score: number, reachedAt: DateTime, hidden = false) {
  const row = { period: board.period, game_slug: board.gameSlug, user_id: userId }
  const values = { score, reached_at: reachedAt.toFormat(format()), hidden }
  const updated = await db.from('leaderboard_scores').where(row).update(values)
  if (!updated) await db.table('leaderboard_scores').insert({ ...row, ...values })
  await recountScores(db.connection(), board)
  const stored = await db.from('leaderboard_scores').where(row).firstOrFail()
  await redisStore.record([{ ...board, userId, score, reachedAt: stored.reached_at, hidden }])
}

/** Every answer both stores give, side by side. */
async function answers(store: SqlLeaderboardStore | RedisLeaderboardStore, userIds: number[]) {
  return {
    top: await store.top(board, 100),
    topThree: await store.top(board, 3),
    standings: await Promise.all(userIds.map((userId) => store.standing(board, userId))),
  }
}

test.group('Leaderboard stores: Redis and SQL rank alike', (group) => {
  group.setup(withSeedContent)
  group.each.setup(async () => {
    await db.from('leaderboard_scores').delete()
    await db.from('leaderboard_score_counts').delete()
    await db.from('leaderboard_snapshots').delete()
  })

  test('the SQL store ranks as sorting the whole board does, through ties, hidden players and score changes', async ({ assert }) => {
    const users = await UserFactory.createMany(50)
    const next = random(7)
    const base = DateTime.utc().startOf('second').minus({ hours: 1 })
    const write = async (userId: number, score: number, reachedAt: DateTime, hidden: boolean) => {
      const row = { period: board.period, game_slug: board.gameSlug, user_id: userId }
      const values = { score, reached_at: reachedAt.toFormat(format()), hidden }
      const updated = await db.from('leaderboard_scores').where(row).update(values)
      if (!updated) await db.table('leaderboard_scores').insert({ ...row, ...values })
    }
    const truth = async () => {
      const rows = await db.from('leaderboard_scores').where({ period: board.period, game_slug: board.gameSlug, hidden: false })
      const ms = (value: string | Date) => (value instanceof Date ? value.getTime() : DateTime.fromSQL(value, { zone: 'utc' }).toMillis())
      return rows
        .sort((a, b) => b.score - a.score || ms(a.reached_at) - ms(b.reached_at) || a.user_id - b.user_id)
        .map((row) => row.user_id as number)
    }
    const check = async () => {
      await recountScores(db.connection(), board)
      const order = await truth()
      for (const user of users) {
        const standing = await sql.standing(board, user.id)
        const index = order.indexOf(user.id)
        if (index < 0) {
          assert.isTrue(standing === null || standing.hidden, `player ${user.id} is not ranked`)
          continue
        }
        assert.equal(standing?.rank, index + 1, `rank of player ${user.id}`)
        assert.deepEqual(
          standing?.neighbours.map((entry) => [entry.rank, entry.userId]),
          order.slice(Math.max(0, index - 2), index + 3).map((userId) => [order.indexOf(userId) + 1, userId]),
          `neighbours of player ${user.id}`
        )
      }
      assert.deepEqual((await sql.top(board, 100)).map((entry) => entry.userId), order)
    }
    for (const user of users.slice(0, 45)) {
      await write(user.id, 5 * Math.floor(next() * 5) + 5, base.plus({ seconds: Math.floor(next() * 3) }), next() < 0.1)
    }
    await check()
    for (const user of users.slice(20, 50)) {
      await write(user.id, 5 * Math.floor(next() * 8) + 5, base.plus({ seconds: 3 + Math.floor(next() * 3) }), next() < 0.1)
    }
    await check()
  })

  // The scaled mode's store: the suite runs these when Redis is configured (CI's PostgreSQL + Redis run).

  test('the same top, ranks and neighbours for 60 players with tied scores and times, hidden ones left out', async ({ assert }) => {
    const redisStore = new RedisLeaderboardStore()
    const users = await UserFactory.createMany(60)
    const next = random(48)
    const base = DateTime.utc().startOf('second').minus({ hours: 1 })
    for (const user of users) {
      // Scores from few values and times from few seconds: ties on both.
      const score = 10 * Math.floor(next() * 6)
      const reachedAt = base.plus({ seconds: Math.floor(next() * 4) })
      await setScore(redisStore, user.id, score, reachedAt, next() < 0.15)
    }
    await redisStore.load(board)
    const ids = users.map((user) => user.id)
    const expected = await answers(sql, ids)
    assert.isAbove(expected.top.length, 40)
    assert.isBelow(expected.top.length, 60, 'some players are hidden')
    assert.deepEqual(await answers(redisStore, ids), expected)

    // Then scores move as the award job moves them: Redis follows write by write.
    for (const user of users.slice(0, 20)) {
      const current = await db.from('leaderboard_scores').where({ ...{ period: board.period, game_slug: board.gameSlug }, user_id: user.id }).firstOrFail()
      await setScore(redisStore, user.id, Number(current.score) + 10 * Math.floor(next() * 3), base.plus({ seconds: 5 + Math.floor(next() * 2) }), Boolean(current.hidden))
    }
    // A player opts out, another opts back in.
    const hiddenOne = await db.from('leaderboard_scores').where({ period: board.period, game_slug: board.gameSlug, hidden: true }).firstOrFail()
    await setScore(redisStore, hiddenOne.user_id, Number(hiddenOne.score), base.plus({ seconds: 1 }), false)
    await setScore(redisStore, users[30].id, 999, base.plus({ seconds: 1 }), true)
    assert.deepEqual(await answers(redisStore, ids), await answers(sql, ids))
  }).skip(!redisEnabled, 'needs REDIS_HOST')

  test('a late write never lowers a score; a Redis that lost the board answers from the database until reloaded', async ({ assert }) => {
    const redisStore = new RedisLeaderboardStore()
    const [first, second] = await UserFactory.createMany(2)
    const at = DateTime.utc().startOf('second').minus({ minutes: 5 })
    await setScore(redisStore, first.id, 10, at)
    await setScore(redisStore, second.id, 20, at)
    await redisStore.load(board)

    await setScore(redisStore, first.id, 30, at.plus({ minutes: 1 }))
    // The job for the earlier award finishes last: its write (score 10) must not win.
    const older = await db.from('leaderboard_scores').where({ user_id: first.id }).firstOrFail()
    await redisStore.record([{ ...board, userId: first.id, score: 10, reachedAt: older.reached_at, hidden: false }])
    assert.containSubset(await redisStore.standing(board, first.id), { rank: 1, score: 30 })

    // Redis restarted empty: reads fall back, the scheduled refresh loads the board again.
    await redis.connection().flushdb()
    assert.deepEqual(await redisStore.standing(board, first.id), await sql.standing(board, first.id))
    assert.deepEqual(await redisStore.ensureLoaded([board]), 1)
    assert.equal(await redis.connection().zcard(`leaderboard:${board.period}:global`), 2)
    assert.deepEqual(await redisStore.ensureLoaded([board]), 0, 'loaded once')
    assert.deepEqual(await answers(redisStore, [first.id, second.id]), await answers(sql, [first.id, second.id]))
  }).skip(!redisEnabled, 'needs REDIS_HOST')

  test('an attempt’s XP reaches the Redis board after the award commits; the refresh job loads boards first', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const token = (await User.accessTokens.create(user)).value!.release()
    await refreshSnapshots()
    assert.equal(await redis.connection().exists(`leaderboard:${board.period}:global:loaded`), 1)

    const response = await client.post('/api/games/farm/levels/1/attempts').bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    await awarded(response.body().attempt.id)
    await jobsSettled() // the index is written just after the commit that marks the attempt awarded
    assert.equal(await redis.connection().zcard(`leaderboard:${board.period}:farm`), 1)
    const me = await client.get('/api/leaderboards?period=weekly&game=farm').bearerToken(token)
    assert.containSubset(me.body().me, { rank: 1, score: 42, hidden: false })
    assert.deepEqual(me.body().me, await sql.standing({ ...board, gameSlug: 'farm' }, user.id))

    // A rebuild loads Redis with the totals it computed: the same answers again.
    await redis.connection().del(`leaderboard:${board.period}:farm`, `leaderboard:${board.period}:farm:members`)
    await rebuildBoards([{ ...board, gameSlug: 'farm' }])
    const redisStore = new RedisLeaderboardStore()
    assert.equal(await redis.connection().zcard(`leaderboard:${board.period}:farm`), 1)
    assert.deepEqual(await redisStore.standing({ ...board, gameSlug: 'farm' }, user.id), await sql.standing({ ...board, gameSlug: 'farm' }, user.id))
  }).skip(!redisEnabled, 'needs REDIS_HOST')
  test('a rebuild brings a drifted board back to the ledger, writes nothing when it agrees, and keeps the counts right', async ({ assert }) => {
    await db.from('xp_awards').delete()
    const users = await UserFactory.createMany(8)
    await User.query().where('id', users[7].id).update({ showOnLeaderboards: false })
    const next = random(11)
    const base = DateTime.utc().startOf('second').minus({ minutes: 30 })
    const farm: Board = { ...board, gameSlug: 'farm' }
    let award = 0
    for (const user of users.slice(0, 6).concat(users[7])) {
      for (let k = 0; k < 3; k++) {
        const at = base.plus({ seconds: Math.floor(next() * 4) })
        await db.table('xp_awards').insert({
          user_id: user.id,
          award_key: `test:${++award}`,
          game_slug: 'farm',
          reason: 'practice',
          amount: 5 * (1 + Math.floor(next() * 3)),
          day: at.toISODate(),
          created_at: at.toFormat(format()),
        })
      }
    }
    const boards = [farm, board]
    const rows = async () =>
      (await db.from('leaderboard_scores').where('period', board.period).orderBy(['game_slug', 'user_id'])).map((row) => ({
        game: row.game_slug,
        user: row.user_id,
        score: Number(row.score),
        reachedAt: String(row.reached_at instanceof Date ? row.reached_at.toISOString() : row.reached_at),
        hidden: Boolean(row.hidden),
      }))
    const counts = async () => (await db.from('leaderboard_score_counts').where('period', board.period).orderBy(['game_slug', 'score'])).map((row) => [row.game_slug, Number(row.score), Number(row.players)])
    const standings = async () => Promise.all(boards.flatMap((one) => users.map((user) => sql.standing(one, user.id))))

    assert.deepEqual(await rebuildBoards(boards), { boards: 2, rows: 14 })
    const fromLedger = { rows: await rows(), counts: await counts(), standings: await standings() }
    assert.lengthOf(fromLedger.rows, 14, 'seven players with XP on two boards; the eighth has none')
    assert.isTrue(fromLedger.rows.some((row) => row.hidden), 'the opted-out player is kept, hidden')
    await recountScores(db.connection(), farm)
    await recountScores(db.connection(), board)
    assert.deepEqual(await counts(), fromLedger.counts, 'the counts are those of the scores written')

    // The board drifts: a wrong score, a lost row, a player with no XP, a stale privacy flag, a moved time, a wrong count.
    const where = { period: board.period, game_slug: 'farm' }
    await db.from('leaderboard_scores').where({ ...where, user_id: users[0].id }).update({ score: 995 })
    await db.from('leaderboard_scores').where({ ...where, user_id: users[1].id }).delete()
    await db.table('leaderboard_scores').insert({ ...where, user_id: users[6].id, score: 40, reached_at: base.toFormat(format()), hidden: false })
    await db.from('leaderboard_scores').where({ ...where, user_id: users[2].id }).update({ hidden: true })
    await db.from('leaderboard_scores').where({ period: board.period, game_slug: 'global', user_id: users[3].id }).update({ reached_at: base.minus({ days: 1 }).toFormat(format()) })
    await db.from('leaderboard_score_counts').where({ period: board.period, game_slug: 'global' }).update({ players: 7 })
    assert.notDeepEqual(await rows(), fromLedger.rows)

    await rebuildBoards(boards)
    assert.deepEqual(await rows(), fromLedger.rows)
    assert.deepEqual(await counts(), fromLedger.counts)
    assert.deepEqual(await standings(), fromLedger.standings)

    // Agreeing with the ledger, a rebuild changes no score.
    const written: string[] = []
    const listen = (query: { sql: string }) => /^\s*(insert into|update|delete from) "?leaderboard_scores"?\s/i.test(query.sql) && written.push(query.sql)
    const knex = db.connection().getWriteClient()
    knex.on('query', listen)
    try {
      await rebuildBoards(boards)
    } finally {
      knex.removeListener('query', listen)
    }
    assert.deepEqual(written, [])
    assert.deepEqual(await rows(), fromLedger.rows)

    // Counts that drifted alone are put right too.
    await db.from('leaderboard_score_counts').where({ period: board.period, game_slug: 'farm' }).delete()
    await rebuildBoards(boards)
    assert.deepEqual(await counts(), fromLedger.counts)
  })
})
