import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { withSeedContent } from '#tests/helpers/content'
import Attempt from '#models/attempt'
import LevelProgress from '#models/level_progress'
import User from '#models/user'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { Visitor } from '#tests/helpers/visitor'

async function player(state?: 'russian' | 'editor') {
  const user = state ? await UserFactory.apply(state).create() : await UserFactory.create()
  const token = await User.accessTokens.create(user)
  return { user, token: token.value!.release() }
}

const attemptsUrl = (game: string, level: number | string) => `/api/games/${game}/levels/${level}/attempts`

/**
 * The solo loop over HTTP: POST /api/games/:game/levels/:level/attempts,
 * resume (GET) and restart.
 */
test.group('Solo attempts API', (group) => {
  group.setup(withSeedContent)

  test('a right phrase passes, the farm obeys, the goal is met and the level completes', async ({ client, assert }) => {
    const { user, token } = await player()
    const response = await client.post(attemptsUrl('farm', 1)).bearerToken(token).json({ utterance: 'Plant carrots.', inputMode: 'text' })

    response.assertStatus(200)
    const { attempt, game } = response.body()
    assert.isNumber(attempt.id)
    assert.isTrue(attempt.passed)
    assert.equal(attempt.score, 100)
    assert.deepEqual(attempt.feedback, [])
    assert.deepEqual(attempt.intent, { name: 'plant', slots: { crop: 'carrot' } })
    assert.isTrue(game.accepted)
    assert.isNull(game.reason)
    assert.isTrue(game.levelComplete)
    assert.deepEqual(game.goals, [{ intent: 'plant', slots: { crop: 'carrot' }, met: true }])
    assert.equal(game.state.plots.filter((plot: { crop: string | null }) => plot.crop === 'carrot').length, 4)

    const row = await Attempt.findOrFail(attempt.id)
    assert.equal(row.userId, user.id)
    assert.deepEqual(row.goalsMet, [0])
    assert.isTrue(row.levelCompleted)
    assert.equal(row.attemptNumber, 1)
    const progress = await LevelProgress.findByOrFail({ userId: user.id, gameSlug: 'farm', level: 1 })
    assert.isNotNull(progress.completedAt)
    assert.equal(progress.state.turn, 1)
  })

  test('"Plant three potato" gets the wrong-form feedback, and the farm does nothing', async ({ client, assert }) => {
    const { user, token } = await player()
    await LevelProgress.create({ userId: user.id, gameSlug: 'farm', level: 1, state: { goals: [], turn: 0 }, rngState: 1, completedAt: DateTime.now() })

    const response = await client.post(attemptsUrl('farm', 2)).bearerToken(token).json({ utterance: 'Plant three potato', inputMode: 'text' })
    response.assertStatus(200)
    const { attempt, game } = response.body()
    assert.isFalse(attempt.passed)
    assert.containSubset(attempt.feedback, [{ kind: 'wrong_form', start: 12, end: 18, expected: 'potatoes', ruleKey: 'plural_after_numbers' }])
    assert.include(attempt.feedback[0].message, 'potatoes')
    assert.equal(attempt.explanation.ruleKey, 'plural_after_numbers')
    assert.isAbove(attempt.examples.length, 0)
    assert.isFalse(game.accepted)
    assert.isNull(game.reason, 'a language mistake is not a game refusal')
    assert.isFalse(game.levelComplete)
    assert.equal(game.state.turn, 0)
  })

  test('a game refusal is translated and kept apart from language feedback', async ({ client, assert }) => {
    const { token } = await player('russian')
    // Level 1 starts with 8 carrot seeds: nine is good English, but too many.
    const response = await client
      .post(attemptsUrl('farm', 1))
      .bearerToken(token)
      .header('accept-language', 'ru')
      .json({ utterance: 'Plant nine carrots', inputMode: 'text' })
    response.assertStatus(200)
    const { attempt, game } = response.body()
    assert.isTrue(attempt.passed)
    assert.isFalse(game.accepted)
    assert.equal(game.reason.key, 'not_enough_seeds')
    assert.deepEqual(game.reason.params, { crop: 'carrot', count: 8 })
    assert.include(game.reason.message, 'Осталось только 8')
    assert.isFalse(game.goals[0].met)
  })

  test('voice alternatives are judged and the best one kept; tiles are an input mode', async ({ client, assert }) => {
    const { token } = await player()
    const voice = await client
      .post(attemptsUrl('farm', 1))
      .bearerToken(token)
      .json({ utterance: 'plant carats', inputMode: 'voice', alternatives: ['plant carats', 'plant carrots'] })
    voice.assertStatus(200)
    assert.isTrue(voice.body().attempt.passed)
    assert.equal(voice.body().attempt.utterance, 'plant carrots')
    const row = await Attempt.findOrFail(voice.body().attempt.id)
    assert.equal(row.inputMode, 'voice')

    const tiles = await client.post(attemptsUrl('farm', 1)).bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'tiles', hintsUsed: 2 })
    tiles.assertStatus(200)
    assert.equal((await Attempt.findOrFail(tiles.body().attempt.id)).hintsUsed, 2)
  })

  test('bad input gets 422 with field messages, and nothing is written', async ({ client, assert }) => {
    const { user, token } = await player()
    for (const body of [
      {},
      { utterance: '   ', inputMode: 'text' },
      { utterance: 'x'.repeat(201), inputMode: 'text' },
      { utterance: 'Plant carrots', inputMode: 'telepathy' },
      { utterance: 'Plant carrots', inputMode: 'voice', alternatives: [] },
      { utterance: 'Plant carrots', inputMode: 'text', hintsUsed: -1 },
      { utterance: ['Plant'], inputMode: 'text' },
    ]) {
      const response = await client.post(attemptsUrl('farm', 1)).bearerToken(token).accept('json').json(body)
      response.assertStatus(422)
      assert.isAbove(response.body().errors.length, 0, JSON.stringify(body))
      assert.isString(response.body().errors[0].field)
    }
    assert.equal((await Attempt.query().where('userId', user.id)).length, 0)
  })

  test('401 without login, 404 for an unknown game or level, 403 for a locked level', async ({ client, assert }) => {
    const body = { utterance: 'Plant carrots', inputMode: 'text' }
    ;(await new Visitor(client).post(attemptsUrl('farm', 1), { csrf: false }).accept('json').json(body)).assertStatus(401)
    ;(await client.post(attemptsUrl('farm', 1)).bearerToken('prl_junk').json(body)).assertStatus(401)

    const { token } = await player()
    const unknownGame = await client.post(attemptsUrl('chess', 1)).bearerToken(token).json(body)
    unknownGame.assertStatus(404)
    assert.include(unknownGame.body().errors[0].message, 'chess')
    ;(await client.post(attemptsUrl('farm', 99)).bearerToken(token).json(body)).assertStatus(404)
    ;(await client.post(attemptsUrl('farm', 'x')).bearerToken(token).json(body)).assertStatus(404)

    const locked = await client.post(attemptsUrl('farm', 3)).bearerToken(token).json(body)
    locked.assertStatus(403)
    assert.equal(locked.body().errors[0].message, 'Level 3 is locked: complete level 2 first.')

    const editor = await player('editor')
    ;(await client.post(attemptsUrl('farm', 3)).bearerToken(editor.token).json({ utterance: 'Water the carrots', inputMode: 'text' })).assertStatus(200)
  })

  test('completing a level opens the next', async ({ client }) => {
    const { token } = await player()
    ;(await client.get('/api/games/farm/levels/2').bearerToken(token)).assertStatus(403)
    ;(await client.post(attemptsUrl('farm', 1)).bearerToken(token).json({ utterance: 'Plant carrots', inputMode: 'text' })).assertStatus(200)
    ;(await client.get('/api/games/farm/levels/2').bearerToken(token)).assertStatus(200)
  })

  test('a level resumes where the player left it; restart deals a fresh position and keeps completion', async ({ client, assert }) => {
    const { token } = await player()
    const fresh = await client.get('/api/games/farm/levels/1').bearerToken(token)
    fresh.assertStatus(200)
    assert.equal(fresh.body().game.state.seeds.carrot, 8)
    assert.equal(fresh.body().game.attempts, 0)

    await client.post(attemptsUrl('farm', 1)).bearerToken(token).json({ utterance: 'Plant three carrots', inputMode: 'text' })
    const resumed = await client.get('/api/games/farm/levels/1').bearerToken(token)
    assert.equal(resumed.body().game.state.seeds.carrot, 5)
    assert.isTrue(resumed.body().game.levelComplete)
    assert.equal(resumed.body().game.attempts, 1)

    const restarted = await client.post('/api/games/farm/levels/1/restart').bearerToken(token)
    restarted.assertStatus(200)
    assert.equal(restarted.body().game.state.seeds.carrot, 8)
    assert.isFalse(restarted.body().game.levelComplete)
    assert.isNotNull(restarted.body().game.completedAt, 'completion is kept: level 2 stays open')
    ;(await client.get('/api/games/farm/levels/2').bearerToken(token)).assertStatus(200)
  })

  test('the signed-in session works as well as a bearer token, with the CSRF token', async ({ client }) => {
    const { user } = await player()
    const browser = new Visitor(client)
    await browser.login(user.email, FACTORY_PASSWORD)
    ;(await browser.post(attemptsUrl('farm', 1), { csrf: false }).json({ utterance: 'Plant carrots', inputMode: 'text' })).assertStatus(403)
    ;(await browser.post(attemptsUrl('farm', 1)).json({ utterance: 'Plant carrots', inputMode: 'text' })).assertStatus(200)
  })

  test('over the per-player rate the API answers 429', async ({ client, assert }) => {
    const { token } = await player()
    const { parleyConfig } = await import('#config/parley')
    let status = 200
    for (let index = 0; index <= parleyConfig.attemptsPerMinute && status !== 429; index++) {
      const response = await client.post(attemptsUrl('farm', 1)).bearerToken(token).json({ utterance: 'Plant carots', inputMode: 'text' })
      status = response.status()
    }
    assert.equal(status, 429)
  }).timeout(60000)
})
