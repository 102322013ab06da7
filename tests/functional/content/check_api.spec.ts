import { test } from '@japa/runner'
import { withSeedContent } from '#tests/helpers/content'
import contentLibrary from '#services/content_library'
import Lexeme from '#models/lexeme'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'

async function tokenFor(state?: 'admin' | 'editor' | 'russian') {
  const user = state ? await UserFactory.apply(state).create() : await UserFactory.create()
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

/**
 * The checker preview editors use: POST /api/content/check.
 */
test.group('POST /api/content/check', (group) => {
  group.setup(withSeedContent)

  test('an editor gets the full verdict with trace and translated feedback', async ({ client, assert }) => {
    const response = await client
      .post('/api/content/check')
      .bearerToken(await tokenFor('editor'))
      .json({ game: 'farm', level: 2, utterance: 'Plant three potato' })

    response.assertStatus(200)
    const verdict = response.body()
    assert.isFalse(verdict.passed)
    assert.isTrue(verdict.goalMatched)
    assert.deepEqual(verdict.intent, { name: 'plant', slots: { crop: 'potato', quantity: 3 } })
    assert.lengthOf(verdict.feedback, 1)
    assert.containSubset(verdict.feedback[0], {
      kind: 'wrong_form',
      start: 12,
      end: 18,
      text: 'potato',
      expected: 'potatoes',
      ruleKey: 'plural_after_numbers',
      message: 'Right word, wrong form: say “potatoes”, not “potato”.',
    })
    assert.include(verdict.explanation.text, 'three carrots')
    assert.isAbove(verdict.trace.length, 2)
    assert.isTrue(verdict.trace.some((step: { step: string }) => step.step === 'closest template'))
  })

  test('an admin checks voice alternatives, explained in Russian on request', async ({ client, assert }) => {
    const response = await client
      .post('/api/content/check')
      .bearerToken(await tokenFor('admin'))
      .json({ game: 'farm', level: 2, utterance: '', alternatives: ['plant tree potatoes', 'plant three potatoes'], locale: 'ru' })

    response.assertStatus(200)
    assert.isTrue(response.body().passed)
    assert.equal(response.body().score, 100)

    const wrong = await client
      .post('/api/content/check')
      .bearerToken(await tokenFor('admin'))
      .json({ game: 'farm', level: 2, utterance: 'Plant three potato', locale: 'ru' })
    assert.equal(wrong.body().feedback[0].message, 'Слово верное, но форма не та: нужно «potatoes», а не «potato».')
    assert.match(wrong.body().explanation.text, /[а-я]/)
  })

  test('a bad token must log in; a player is refused', async ({ client }) => {
    const anonymous = await client.post('/api/content/check').bearerToken('prl_not-a-token').json({ game: 'farm', level: 1, utterance: 'Plant carrots' })
    anonymous.assertStatus(401)

    const refused = await client
      .post('/api/content/check')
      .bearerToken(await tokenFor())
      .json({ game: 'farm', level: 1, utterance: 'Plant carrots' })
    refused.assertStatus(403)
    refused.assertBody({ errors: [{ message: 'You are not allowed to do that.' }] })
  })

  test('bad fields are a 422 with field messages; an unknown level is a 404', async ({ client, assert }) => {
    const token = await tokenFor('editor')
    const invalid = await client.post('/api/content/check').bearerToken(token).json({ game: 'Farm!', level: 0, utterance: 42 })
    invalid.assertStatus(422)
    const fields = invalid.body().errors.map((error: { field: string }) => error.field).sort()
    assert.deepEqual(fields, ['game', 'level', 'utterance'])

    const russian = await client
      .post('/api/content/check')
      .bearerToken(await tokenFor('russian'))
      .json({ game: 'farm', level: 'two', utterance: 'x' })
    // Players are refused before their payload is read, in their language.
    russian.assertStatus(403)

    const missing = await client.post('/api/content/check').bearerToken(token).json({ game: 'farm', level: 99, utterance: 'Plant carrots' })
    missing.assertStatus(404)
    const unknownGame = await client.post('/api/content/check').bearerToken(token).json({ game: 'chess', level: 1, utterance: 'e4' })
    unknownGame.assertStatus(404)
  })

  test('an over-long or empty phrase is a verdict with a clear error, not a failure', async ({ client, assert }) => {
    const token = await tokenFor('editor')
    const long = await client.post('/api/content/check').bearerToken(token).json({ game: 'farm', level: 1, utterance: 'plant carrots '.repeat(20) })
    long.assertStatus(200)
    assert.isFalse(long.body().passed)
    assert.deepEqual(long.body().error, { messageKey: 'language.errors.too_long', params: { max: 200 }, message: 'That is too long: a move is at most 200 characters.' })

    const blank = await client.post('/api/content/check').bearerToken(token).json({ game: 'farm', level: 1, utterance: ' ?! ' })
    assert.equal(blank.body().error.message, 'Write a phrase first.')
  })

  test('content an editor broke is reported as a 422, and checks work again once it is fixed', async ({ client, assert }) => {
    const token = await tokenFor('editor')
    const carrot = await Lexeme.findByOrFail('key', 'en:carrot:noun')
    carrot.status = 'draft'
    await carrot.save()
    contentLibrary.invalidate()
    try {
      const broken = await client.post('/api/content/check').bearerToken(token).json({ game: 'farm', level: 1, utterance: 'Plant carrots' })
      broken.assertStatus(422)
      assert.match(broken.body().errors[0].message, /^This level’s content has problems: .*carrot/)
    } finally {
      carrot.status = 'published'
      await carrot.save()
      contentLibrary.invalidate()
    }
    const fixed = await client.post('/api/content/check').bearerToken(token).json({ game: 'farm', level: 1, utterance: 'Plant carrots' })
    fixed.assertStatus(200)
    assert.isTrue(fixed.body().passed)
  })
})
