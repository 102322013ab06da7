import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import AuthEvent from '#models/auth_event'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { freshStatePerTest } from '#tests/helpers/state'

test.group('API tokens', (group) => {
  freshStatePerTest(group)

  test('email and password buy a bearer token (no CSRF token, no session needed)', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const response = await client.post('/api/auth/tokens').json({ email: user.email.toUpperCase(), password: FACTORY_PASSWORD, name: 'CLI' })

    response.assertStatus(201)
    const body = response.body()
    assert.deepEqual(Object.keys(body).sort(), ['expiresAt', 'token', 'type'])
    assert.equal(body.type, 'bearer')
    assert.match(body.token, /^prl_\S{20,}$/)
    const expiresIn = DateTime.fromISO(body.expiresAt).diffNow('days').days
    assert.closeTo(expiresIn, 90, 1)

    const tokens = await User.accessTokens.all(user)
    assert.lengthOf(tokens, 1)
    assert.equal(tokens[0].name, 'CLI')
    assert.notInclude(JSON.stringify(await db.from('auth_access_tokens')), body.token.slice(4), 'only a hash is stored')
    assert.lengthOf(await AuthEvent.query().where('event', 'api_token_created').where('user_id', user.id), 1)
  })

  test('the token reads /api/me, then revokes itself and stops working', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    const { token } = (await client.post('/api/auth/tokens').json({ email: user.email, password: FACTORY_PASSWORD })).body()

    const me = await client.get('/api/me').bearerToken(token)
    me.assertStatus(200)
    assert.containSubset(me.body(), {
      data: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: 'player',
        locale: 'ru',
        timeZone: 'Europe/Moscow',
        emailVerified: true,
        hasPassword: true,
      },
    })
    const serialized = JSON.stringify(me.body())
    assert.notInclude(serialized, '"password"')
    assert.notInclude(serialized, user.password!)
    assert.notInclude(serialized, 'sessionEpoch')

    const revoked = await client.delete('/api/auth/tokens/current').bearerToken(token)
    revoked.assertStatus(204)
    assert.lengthOf(await User.accessTokens.all(user), 0)

    const after = await client.get('/api/me').bearerToken(token)
    after.assertStatus(401)
    assert.deepEqual(after.body(), { errors: [{ message: 'Please log in to continue.' }] })
    ;(await client.delete('/api/auth/tokens/current').bearerToken(token)).assertStatus(401)
  })

  test('revoking one token leaves the others working', async ({ client }) => {
    const user = await UserFactory.create()
    const first = (await client.post('/api/auth/tokens').json({ email: user.email, password: FACTORY_PASSWORD })).body().token
    const second = (await client.post('/api/auth/tokens').json({ email: user.email, password: FACTORY_PASSWORD })).body().token
    ;(await client.delete('/api/auth/tokens/current').bearerToken(first)).assertStatus(204)
    ;(await client.get('/api/me').bearerToken(first)).assertStatus(401)
    ;(await client.get('/api/me').bearerToken(second)).assertStatus(200)
  })

  test('wrong credentials get a 401 in the error shape, the same for unknown addresses, translated', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const wrongPassword = await client.post('/api/auth/tokens').json({ email: user.email, password: 'not-it' })
    const unknown = await client.post('/api/auth/tokens').json({ email: 'ghost@example.com', password: 'not-it' })
    for (const response of [wrongPassword, unknown]) {
      response.assertStatus(401)
      assert.deepEqual(response.body(), { errors: [{ message: 'The email or password is not right.' }] })
      assert.match(response.header('content-type')!, /application\/json/)
    }

    const russian = await client.post('/api/auth/tokens').header('accept-language', 'ru').json({ email: user.email, password: 'not-it' })
    russian.assertStatus(401)
    assert.deepEqual(russian.body(), { errors: [{ message: 'Неверная почта или пароль.' }] })

    assert.lengthOf(await User.accessTokens.all(user), 0)
    const failed = await AuthEvent.query().where('event', 'sign_in_failed')
    assert.lengthOf(failed, 3)
    for (const event of failed) {
      assert.notInclude(event.meta ?? '', 'not-it')
      assert.notInclude(event.meta ?? '', user.email)
    }
  })

  test('an OAuth-only account (no password) cannot buy a token with any password', async ({ client, assert }) => {
    const user = await UserFactory.apply('oauthOnly').create()
    for (const password of ['', 'null', 'anything-at-all']) {
      const response = await client.post('/api/auth/tokens').json({ email: user.email, password })
      assert.oneOf(response.status(), [401, 422], password)
    }
    assert.lengthOf(await User.accessTokens.all(user), 0)
  })

  test('an expired or malformed token is refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const { token } = (await client.post('/api/auth/tokens').json({ email: user.email, password: FACTORY_PASSWORD })).body()
    ;(await client.get('/api/me').bearerToken(token)).assertStatus(200)

    // Written the way the auth package writes it (a JS Date).
    await db.from('auth_access_tokens').where('tokenable_id', user.id).update({ expires_at: new Date(Date.now() - 60_000) })
    ;(await client.get('/api/me').bearerToken(token)).assertStatus(401)

    for (const header of ['Bearer ', 'Bearer prl_', 'Bearer prl_abc.def', `Bearer ${token}x`, 'Bearer ' + 'a'.repeat(5000), 'Basic dXNlcjpwYXNz', 'Bearer prl_%00%ff', 'bearer  \t']) {
      const response = await client.get('/api/me').header('authorization', header)
      assert.equal(response.status(), 401, header.slice(0, 30))
      assert.deepEqual(response.body(), { errors: [{ message: 'Please log in to continue.' }] })
    }
  })

  test('tokens of other users are not revoked by "current"', async ({ client }) => {
    const alice = await UserFactory.create()
    const bob = await UserFactory.create()
    const aliceToken = (await client.post('/api/auth/tokens').json({ email: alice.email, password: FACTORY_PASSWORD })).body().token
    const bobToken = (await client.post('/api/auth/tokens').json({ email: bob.email, password: FACTORY_PASSWORD })).body().token
    ;(await client.delete('/api/auth/tokens/current').bearerToken(aliceToken)).assertStatus(204)
    ;(await client.get('/api/me').bearerToken(bobToken)).assertStatus(200)
  })
})
