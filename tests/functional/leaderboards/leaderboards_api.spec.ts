import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { withSeedContent } from '#tests/helpers/content'
import { awarded } from '#tests/helpers/progress'
import { Visitor } from '#tests/helpers/visitor'
import { preferencesForm } from '#tests/helpers/settings'
import User from '#models/user'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { ALL_TIME, isoWeekOf } from '#services/leaderboard_periods'
import { currentBoards, refreshSnapshots } from '#actions/leaderboards/refresh_snapshots'
import RefreshLeaderboards from '#jobs/refresh_leaderboards'
import { leaderboardIndex } from '#queries/leaderboard_store'
import { recountScores } from '#queries/leaderboard'
import ace from '@adonisjs/core/services/ace'
import LeaderboardRebuild from '#commands/leaderboard_rebuild'

async function player(overrides: Partial<User> = {}) {
  const user = await UserFactory.merge(overrides).create()
  const token = await User.accessTokens.create(user)
  return { user, token: token.value!.release() }
}

/** A score as the award job leaves it, reached `secondsAgo` ago, on this week's global board. */
async function scoreOf(user: User, score: number, secondsAgo: number, hidden = false) {
  const reachedAt = DateTime.utc().minus({ seconds: secondsAgo })
  await db.table('leaderboard_scores').insert({
    period: isoWeekOf(DateTime.utc()),
    game_slug: 'global',
    user_id: user.id,
    score,
    reached_at: reachedAt.toFormat(db.connection().dialect.dateTimeFormat),
    hidden,
  })
  await recountScores(db.connection(), { period: isoWeekOf(DateTime.utc()), gameSlug: 'global' })
}

const leaderboards = '/api/leaderboards'

test.group('Leaderboards API', (group) => {
  group.setup(withSeedContent)
  group.each.setup(async () => {
    await db.from('leaderboard_scores').delete()
    await db.from('leaderboard_score_counts').delete()
    await db.from('leaderboard_snapshots').delete()
  })

  test('XP from an attempt lands on four boards: this week and all time, the game and all games', async ({ client, assert }) => {
    const { user, token } = await player()
    const response = await client.post('/api/games/farm/levels/1/attempts').bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    response.assertStatus(200)
    const attempt = await awarded(response.body().attempt.id)

    const rows = await db.from('leaderboard_scores').where('user_id', user.id).orderBy(['period', 'game_slug'])
    const week = isoWeekOf(attempt.createdAt)
    assert.deepEqual(
      rows.map((row) => [row.period, row.game_slug, row.score, Boolean(row.hidden)]),
      [
        [week, 'farm', 42, false],
        [week, 'global', 42, false],
        [ALL_TIME, 'farm', 42, false],
        [ALL_TIME, 'global', 42, false],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])))
    )

    // The score counts "my rank" sums follow each award: one player at 42, then at 43.
    const counts = async () =>
      (await db.from('leaderboard_score_counts').where('players', '!=', 0).orderBy(['period', 'game_slug'])).map((row) => [row.game_slug, row.score, row.players])
    assert.deepEqual(await counts(), [
      ['farm', 42, 1],
      ['global', 42, 1],
      ['farm', 42, 1],
      ['global', 42, 1],
    ])
    const replay = await client.post('/api/games/farm/levels/1/attempts').bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    await awarded(replay.body().attempt.id)
    assert.deepEqual(await counts(), [
      ['farm', 43, 1],
      ['global', 43, 1],
      ['farm', 43, 1],
      ['global', 43, 1],
    ])

    const board = await client.get(`${leaderboards}?period=all_time&game=farm`).bearerToken(token)
    board.assertStatus(200)
    assert.containSubset(board.body(), {
      board: { period: 'all_time', key: ALL_TIME, game: 'farm', endsAt: null },
      top: [{ rank: 1, userId: user.id, score: 43, displayName: user.displayName }],
      me: { rank: 1, score: 43, hidden: false },
    })
  })

  test('highest score first; of equal scores, who reached it first; my rank with two players either side', async ({ client, assert }) => {
    const players = await Promise.all(Array.from({ length: 7 }, () => player()))
    const [a, b, c, d, e, f, g] = players.map(({ user }) => user)
    await scoreOf(a, 90, 50)
    await scoreOf(b, 70, 10) // ties with c, d: reached last of the three
    await scoreOf(c, 70, 300) // reached 70 first
    await scoreOf(d, 70, 100)
    await scoreOf(e, 50, 40)
    await scoreOf(f, 30, 40)
    await scoreOf(g, 10, 40)

    const response = await client.get(leaderboards).bearerToken(players[1].token)
    response.assertStatus(200)
    const body = response.body()
    assert.deepEqual(
      body.top.map((entry: { rank: number; userId: number }) => [entry.rank, entry.userId]),
      [a, c, d, b, e, f, g].map((user, index) => [index + 1, user.id])
    )
    assert.equal(body.board.period, 'weekly')
    assert.equal(body.board.game, 'global')
    assert.equal(body.board.key, isoWeekOf(DateTime.utc()))
    assert.isAbove(DateTime.fromISO(body.board.endsAt).toMillis(), DateTime.fromISO(body.board.serverTime).toMillis())
    assert.containSubset(body.me, { rank: 4, score: 70, hidden: false })
    assert.deepEqual(
      body.me.neighbours.map((entry: { rank: number; userId: number }) => [entry.rank, entry.userId]),
      [
        [2, c.id],
        [3, d.id],
        [4, b.id],
        [5, e.id],
        [6, f.id],
      ]
    )

    const top = await client.get(leaderboards).bearerToken(players[0].token)
    assert.deepEqual(
      top.body().me.neighbours.map((entry: { rank: number }) => entry.rank),
      [1, 2, 3],
      'at the top: nobody above'
    )
  })

  test('an opted-out player is on nobody’s board, sees their own score, and opting in shows them again', async ({ client, assert }) => {
    const shy = await player({ showOnLeaderboards: false })
    const other = await player()
    const attempt = await client.post('/api/games/farm/levels/1/attempts').bearerToken(shy.token).json({ utterance: 'Plant carrots', inputMode: 'text' })
    await awarded(attempt.body().attempt.id)
    await scoreOf(other.user, 5, 10)

    const seenByOther = (await client.get(leaderboards).bearerToken(other.token)).body()
    assert.deepEqual(seenByOther.top.map((entry: { userId: number }) => entry.userId), [other.user.id])
    assert.containSubset(seenByOther.me, { rank: 1 })
    const seenByShy = (await client.get(leaderboards).bearerToken(shy.token)).body()
    assert.deepEqual(seenByShy.me, { score: 42, rank: null, hidden: true, neighbours: [] })

    const browser = new Visitor(client)
    await browser.login(shy.user.email, FACTORY_PASSWORD)
    const preferences = preferencesForm({ showOnLeaderboards: true })
    ;(await browser.put('/settings/preferences').accept('json').json(preferences)).assertStatus(302)
    const after = (await client.get(leaderboards).bearerToken(other.token)).body()
    assert.deepEqual(after.top.map((entry: { userId: number }) => entry.userId), [shy.user.id, other.user.id])
    assert.equal(after.me.rank, 2, 'the shown player counts above me again')
  })

  test('the scheduled job writes the top of every board once; the API serves it, my rank stays live', async ({ client, assert }) => {
    const first = await player()
    const second = await player()
    await scoreOf(first.user, 20, 60)
    await scoreOf(second.user, 10, 60)

    const boards = currentBoards()
    assert.deepEqual(await refreshSnapshots(), { boards: boards.length, changed: boards.length })
    assert.lengthOf(await db.from('leaderboard_snapshots'), boards.length)
    // Through the job, as the schedule runs it: nothing changed, nothing to push.
    assert.deepEqual(await refreshSnapshots(), { boards: boards.length, changed: 0 })
    await new RefreshLeaderboards().execute()
    assert.lengthOf(await db.from('leaderboard_snapshots'), boards.length)

    // The second player overtakes the first after the snapshot (as the award job writes it).
    const week = { period: isoWeekOf(DateTime.utc()), game_slug: 'global', user_id: second.user.id }
    await db.from('leaderboard_scores').where(week).update({ score: 30 })
    await recountScores(db.connection(), { period: week.period, gameSlug: 'global' })
    const raised = await db.from('leaderboard_scores').where(week).firstOrFail()
    await leaderboardIndex()?.record([{ period: week.period, gameSlug: 'global', userId: second.user.id, score: 30, reachedAt: raised.reached_at, hidden: false }])
    const body = (await client.get(leaderboards).bearerToken(second.token)).body()
    assert.deepEqual(
      body.top.map((entry: { userId: number; rank: number }) => [entry.rank, entry.userId]),
      [
        [1, first.user.id],
        [2, second.user.id],
      ],
      'the top as last computed'
    )
    assert.equal(body.me.rank, 1, 'my place is live')
    assert.isString(body.board.computedAt)

    assert.deepEqual(await refreshSnapshots(), { boards: boards.length, changed: 1 }, 'only the global weekly board changed')
    const after = (await client.get(leaderboards).bearerToken(second.token)).body()
    assert.equal(after.top[0].userId, second.user.id)
  })

  test('leaderboard:rebuild recomputes the boards from the XP ledger, the same twice', async ({ client, assert }) => {
    const farmers = [await player(), await player({ showOnLeaderboards: false })]
    for (const { token } of farmers) {
      const response = await client.post('/api/games/farm/levels/1/attempts').bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })
      await awarded(response.body().attempt.id)
    }
    const board = async () =>
      // Earlier tests of the group left XP in the ledger too: these two players' rows.
      (
        await db
          .from('leaderboard_scores')
          .whereIn(
            'user_id',
            farmers.map(({ user }) => user.id)
          )
          .orderBy(['period', 'game_slug', 'user_id'])
      ).map((row) => [
        row.period,
        row.game_slug,
        row.user_id,
        Number(row.score),
        Boolean(row.hidden),
      ])
    const byTheAwardJob = await board()
    assert.lengthOf(byTheAwardJob, 8)

    ace.ui.switchMode('raw')
    try {
      await db.from('leaderboard_scores').delete()
    await db.from('leaderboard_score_counts').delete()
      for (let run = 1; run <= 2; run++) {
        const command = await ace.create(LeaderboardRebuild, [])
        await command.exec()
        command.assertSucceeded()
        assert.deepEqual(await board(), byTheAwardJob, `run ${run}`)
      }
      const narrowed = await ace.create(LeaderboardRebuild, ['--period', 'all_time', '--game', 'farm'])
      await narrowed.exec()
      narrowed.assertSucceeded()
      assert.deepEqual(await board(), byTheAwardJob)

      for (const argv of [['--period', 'monthly'], ['--period', '2027-W53'], ['--game', 'chess']]) {
        const refused = await ace.create(LeaderboardRebuild, argv)
        await refused.exec()
        refused.assertFailed()
      }
    } finally {
      ace.ui.switchMode('normal')
    }
  })

  test('bad parameters get 422 with field messages, translated; no login gets 401', async ({ client, assert }) => {
    const { token } = await player({ locale: 'ru' })
    const badPeriod = await client.get(`${leaderboards}?period=monthly`).bearerToken(token)
    badPeriod.assertStatus(422)
    assert.equal(badPeriod.body().errors[0].field, 'period')

    const unknownGame = await client.get(`${leaderboards}?game=chess`).bearerToken(token)
    unknownGame.assertStatus(422)
    assert.deepEqual(unknownGame.body().errors, [{ field: 'game', rule: 'exists', message: 'Игры «chess» нет.' }])

    const badGame = await client.get(`${leaderboards}?game=${'x'.repeat(300)}`).bearerToken(token)
    badGame.assertStatus(422)

    ;(await client.get(leaderboards).accept('json')).assertStatus(401)
  })
})
