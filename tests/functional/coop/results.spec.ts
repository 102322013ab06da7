import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import AchievementSeeder from '#database/seeders/achievement_seeder'
import CoopReplay from '#commands/coop_replay'
import gameRegistry from '#game_kit/registry'
import CoopMatch from '#models/coop_match'
import CoopMatchPlayer from '#models/coop_match_player'
import UserAchievement from '#models/user_achievement'
import UserProfile from '#models/user_profile'
import XpAward from '#models/xp_award'
import { storeMatchResults, type MatchResults } from '#actions/coop/store_match_results'
import { replayMatch, type MatchReplay } from '#realtime/replay'
import { coopHub } from '#realtime/main'
import { signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '#services/webhook_signatures'
import { coopPlayer, eventually, feedbackFor, startedMatch, withHubRooms } from '#tests/helpers/coop'
import { openEventStream } from '#tests/helpers/progress'
import { Visitor } from '#tests/helpers/visitor'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import { jobsSettled } from '#services/queue_worker'

const SECRET = 'parley-test-coop-secret'

function baseUrl() {
  return `http://${process.env.HOST}:${process.env.PORT}`
}

async function awardedPlayers(matchId: string, count: number) {
  return eventually(
    async () => {
      const players = await CoopMatchPlayer.query().where('matchId', matchId).whereNotNull('awardedAt')
      return players.length === count ? players : null
    },
    10_000,
    `${count} player(s) awarded for ${matchId}`
  )
}

function results(overrides: Partial<MatchResults> & Pick<MatchResults, 'players'>): MatchResults {
  const now = Date.now()
  return {
    matchId: randomUUID(),
    game: 'strategy',
    level: 11,
    roomCode: null,
    node: 'external',
    outcome: 'won',
    startedAt: new Date(now - 120_000),
    endedAt: new Date(now),
    ticks: 1200,
    replay: null,
    ...overrides,
  }
}

test.group('Co-op results', (group) => {
  group.setup(async () => {
    const teardown = await withHubRooms()
    await new AchievementSeeder(db.connection()).run()
    return teardown
  })

  test('a match everyone leaves ends as abandoned: stored once, each player awarded once, XP pushed live', async ({ client, assert }) => {
    const { host, guest, a, b } = await startedMatch()
    const browser = new Visitor(client)
    await browser.login(host.user.email, FACTORY_PASSWORD)
    const uid = randomUUID()
    const stream = await openEventStream(baseUrl(), uid)
    try {
      ;(await browser.post('/__transmit/subscribe').json({ uid, channel: `users/${host.user.id}` })).assertStatus(204)
      a.send({ type: 'command', seq: 1, utterance: 'Attack the wolves with the archers.' })
      b.send({ type: 'command', seq: 1, utterance: 'Build a tower near the rivers.' })
      b.send({ type: 'command', seq: 2, utterance: 'Build a tower near the river.' })
      await feedbackFor(a, 2, 1)
      const matchId = coopMatchIdOf(a)
      b.send({ type: 'leave' })
      a.send({ type: 'leave' })
      await Promise.all([a.closed, b.closed])

      const match = await eventually(() => CoopMatch.query().where('id', matchId).preload('players').first(), 5000, 'the match stored')
      assert.equal(match.outcome, 'abandoned')
      assert.equal(match.node, (await import('#config/coop')).coopConfig.nodeId)
      const [first, second] = [...match.players].sort((x, y) => x.seat - y.seat)
      assert.containSubset(first, { userId: host.user.id, commands: 1, passed: 1, accepted: 1 })
      assert.containSubset(second, { userId: guest.user.id, commands: 2, passed: 1, accepted: 1, accuracy: 0.5 })
      await awardedPlayers(matchId, 2)

      const awards = await XpAward.query().where('userId', host.user.id)
      assert.deepEqual(
        awards.map((award) => award.awardKey),
        [`coop:${matchId}`]
      )
      assert.equal(awards[0].amount, 5 + 2)
      const profile = await UserProfile.findOrFail(host.user.id)
      assert.equal(profile.coopMatches, 1)
      assert.equal(profile.coopWins, 0)
      assert.equal(profile.xp, 7)
      const push = await stream.next((message) => message?.payload?.type === 'progress.updated')
      assert.containSubset(push.payload, { source: 'coop', matchId, xpDelta: 7, xp: 7 })

      // Delivered again (a retry, a webhook): nothing changes.
      const again = await storeMatchResults(toResults(match))
      assert.isFalse(again.stored)
      await jobsSettled()
      assert.lengthOf(await XpAward.query().where('userId', host.user.id), 1)
      assert.equal((await UserProfile.findOrFail(host.user.id)).xp, 7)
    } finally {
      await stream.close()
    }
  })

  test('a won match gives the win and, the first time, the level bonus; the co-op badge follows', async ({ assert }) => {
    const { user } = await coopPlayer()
    const play = { userId: user.id, commands: 10, passed: 8, accepted: 6, score: 900 }
    const first = results({ players: [play] })
    assert.isTrue((await storeMatchResults(first)).stored)
    await awardedPlayers(first.matchId, 1)
    const second = results({ players: [play] })
    await storeMatchResults(second)
    await awardedPlayers(second.matchId, 1)

    const keys = (await XpAward.query().where('userId', user.id).orderBy('id')).map((award) => [award.awardKey, award.amount])
    const difficulty = gameRegistry.level('strategy', 11)!.difficulty
    assert.deepEqual(keys, [
      [`coop:${first.matchId}`, 5 + 12],
      [`coop_win:${first.matchId}`, 10 * difficulty],
      ['complete:strategy:11', 20 + 5 * difficulty],
      [`coop:${second.matchId}`, 5 + 12],
      [`coop_win:${second.matchId}`, 10 * difficulty],
    ])
    const profile = await UserProfile.findOrFail(user.id)
    assert.equal(profile.coopWins, 2)
    assert.equal(profile.levelsCompletedByGame.strategy, 1)
    assert.isNotNull(await UserAchievement.query().where({ userId: user.id, achievementKey: 'team_player' }).first())
  })

  test('a player who got no phrase right earns nothing; unknown players and solo levels are refused', async ({ assert }) => {
    const { user } = await coopPlayer()
    const idle = results({ outcome: 'lost', players: [{ userId: user.id, commands: 3, passed: 0, accepted: 0, score: 0 }] })
    await storeMatchResults(idle)
    await awardedPlayers(idle.matchId, 1)
    assert.lengthOf(await XpAward.query().where('userId', user.id), 0)
    await assert.rejects(() => storeMatchResults(results({ players: [{ userId: 987654, commands: 1, passed: 1, accepted: 1, score: 1 }] })), /unknown_players/)
    await assert.rejects(() => storeMatchResults(results({ level: 1, players: [{ userId: user.id, commands: 1, passed: 1, accepted: 1, score: 1 }] })), /not_coop_level/)
  })
})

test.group('Co-op replays', (group) => {
  group.setup(withHubRooms)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('a stored match replays to the same state; a doctored log does not; coop:replay says which', async ({ assert }) => {
    const { a, b } = await startedMatch()
    const phrases = ['Attack the wolves with the archers.', 'Build a tower near the river.', 'Defend the bridge with the spearmen.', 'Move the archers north.', 'Gather wood.']
    for (const [index, utterance] of phrases.entries()) {
      ;(index % 2 === 0 ? a : b).send({ type: 'command', seq: index, utterance })
      await feedbackFor(a, index, index % 2)
    }
    const matchId = coopMatchIdOf(a)
    a.send({ type: 'leave' })
    b.send({ type: 'leave' })
    const match = await eventually(() => CoopMatch.find(matchId), 5000, 'the match stored')
    await jobsSettled()

    assert.isAbove(match.replay!.commands.length, 3)
    const report = replayMatch(gameRegistry.find('strategy')!, match.replay!)
    assert.isTrue(report.matches)
    assert.equal(report.digest, match.replay!.digest)

    const command = await ace.create(CoopReplay, [matchId])
    await command.exec()
    command.assertSucceeded()
    assert.match(command.logger.getLogs().map((log) => log.message).join('\n'), /replays to the same result/)

    // Someone adds an order that was never said: the state no longer matches.
    const doctored: MatchReplay = { ...match.replay!, commands: [...match.replay!.commands, [2, 0, 'gather', { resource: 'stone' }, false]] }
    assert.isFalse(replayMatch(gameRegistry.find('strategy')!, doctored).matches)
    await db.from('coop_matches').where('id', matchId).update({ replay: JSON.stringify(doctored) })
    const tampered = await ace.create(CoopReplay, [matchId])
    await tampered.exec()
    assert.equal(tampered.exitCode, 1)
    assert.match(tampered.logger.getLogs().map((log) => log.message).join('\n'), /does NOT replay/)

    const missing = await ace.create(CoopReplay, ['no-such-match'])
    await missing.exec()
    assert.equal(missing.exitCode, 1)
  })
})

test.group('Co-op results from an external hub', (group) => {
  group.setup(withHubRooms)

  async function post(client: any, body: unknown, options: { secret?: string; timestamp?: number; signature?: string } = {}) {
    const raw = JSON.stringify(body)
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
    const signature = options.signature ?? signWebhook(options.secret ?? SECRET, timestamp, raw)
    // The client serialises the body with JSON.stringify too: the bytes signed are the bytes sent.
    return client.post('/api/coop/match-results').header(TIMESTAMP_HEADER, String(timestamp)).header(SIGNATURE_HEADER, signature).accept('json').json(body)
  }

  function payload(userId: number, matchId = randomUUID()) {
    return {
      matchId,
      game: 'strategy',
      level: 12,
      outcome: 'won',
      startedAt: '2026-12-03T10:00:00Z',
      endedAt: '2026-12-03T10:04:10Z',
      ticks: 2500,
      players: [{ userId, seat: 0, commands: 12, passed: 10, accepted: 9, score: 1250 }],
    }
  }

  test('signed results are stored once; the same match signed again changes nothing', async ({ client, assert }) => {
    const { user } = await coopPlayer()
    const body = payload(user.id)
    const first = await post(client, body)
    first.assertStatus(200)
    assert.deepEqual(first.body(), { matchId: body.matchId, stored: true, duplicate: false })
    await awardedPlayers(body.matchId, 1)
    assert.equal((await CoopMatch.findOrFail(body.matchId)).node, 'external')
    await new Promise((resolve) => setTimeout(resolve, 1100))

    const sameRequest = await post(client, body, { timestamp: Math.floor(Date.now() / 1000) })
    // A new signature (a new timestamp) for a match already stored: 200, nothing changes.
    sameRequest.assertStatus(200)
    assert.deepEqual(sameRequest.body(), { matchId: body.matchId, stored: false, duplicate: true })
    await jobsSettled()
    assert.lengthOf(await XpAward.query().where('userId', user.id).where('awardKey', `coop:${body.matchId}`), 1)
  })

  test('a request captured and sent again is refused', async ({ client, assert }) => {
    const { user } = await coopPlayer()
    const body = payload(user.id)
    const timestamp = Math.floor(Date.now() / 1000)
    const signature = signWebhook(SECRET, timestamp, JSON.stringify(body))
    ;(await post(client, body, { timestamp, signature })).assertStatus(200)
    const again = await post(client, body, { timestamp, signature })
    again.assertStatus(409)
    assert.match(again.body().errors[0].message, /received before/)
  })

  test('a bad signature, another secret, an old timestamp and a bad body are refused, in words', async ({ client, assert }) => {
    const { user } = await coopPlayer()
    const body = payload(user.id)
    const wrongSecret = await post(client, body, { secret: 'not-the-secret' })
    wrongSecret.assertStatus(401)
    assert.match(wrongSecret.body().errors[0].message, /not signed with the shared secret/)
    ;(await post(client, body, { signature: 'sha256=nothex' })).assertStatus(401)
    const stale = await post(client, body, { timestamp: Math.floor(Date.now() / 1000) - 600 })
    stale.assertStatus(401)
    assert.match(stale.body().errors[0].message, /older than 300 seconds/)
    const unsigned = await client.post('/api/coop/match-results').accept('json').json(body)
    unsigned.assertStatus(401)

    const invalid = await post(client, { ...body, outcome: 'draw', players: [] })
    invalid.assertStatus(422)
    assert.includeMembers(
      invalid.body().errors.map((error: { field: string }) => error.field),
      ['outcome', 'players']
    )
    const unknown = await post(client, { ...payload(987654) })
    unknown.assertStatus(422)
    assert.match(unknown.body().errors[0].message, /No player has the id 987654/)
    assert.isNull(await CoopMatch.find(body.matchId))
  })
})

/** The match id of the room a client is in, from the hub. */
function coopMatchIdOf(client: { all(type: 'welcome'): Array<{ room: { code: string } }> }) {
  return coopHub()!.room(client.all('welcome')[0].room.code)!.matchId!
}

/** A stored match as the results service takes it. */
function toResults(match: CoopMatch): MatchResults {
  return {
    matchId: match.id,
    game: match.gameSlug,
    level: match.level,
    roomCode: match.roomCode,
    node: match.node,
    outcome: match.outcome,
    startedAt: match.startedAt.toJSDate(),
    endedAt: match.endedAt.toJSDate(),
    ticks: match.ticks,
    players: match.players.map((player) => ({ userId: player.userId, seat: player.seat, name: player.name, commands: player.commands, passed: player.passed, accepted: player.accepted, score: player.score })),
    replay: match.replay,
  }
}
