import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { freshStatePerTest } from '#tests/helpers/state'
import { setCookiesOf, SESSION_COOKIE, Visitor, XSRF_COOKIE } from '#tests/helpers/visitor'

async function tokenFor(user: User) {
  const token = await User.accessTokens.create(user)
  return { id: Number(token.identifier), value: token.value!.release() }
}

const lastUsedAt = async (tokenId: number) =>
  (await db.from('auth_access_tokens').where('id', tokenId).select('last_used_at').firstOrFail()).last_used_at

/**
 * Bearer-token API calls and health checks carry no browser state: no
 * session, no CSRF cookie, and the token alone says who is calling.
 */
test.group('Stateless requests', (group) => {
  freshStatePerTest(group)

  test('a bearer call and a health check set no cookie; a page still starts its session', async ({ client, assert }) => {
    const { value } = await tokenFor(await UserFactory.create())
    const me = await client.get('/api/me').bearerToken(value)
    me.assertStatus(200)
    assert.deepEqual(setCookiesOf(me), [])

    const health = await client.get('/health/live')
    health.assertStatus(200)
    assert.deepEqual(setCookiesOf(health), [])

    const page = await client.get('/about')
    page.assertStatus(200)
    const names = setCookiesOf(page).map((cookie) => cookie.name)
    assert.include(names, SESSION_COOKIE)
    assert.include(names, XSRF_COOKIE)
  })

  test('the token alone decides: a signed-in session does not rescue a bad token, nor change whose token it is', async ({ client, assert }) => {
    const owner = await UserFactory.create()
    const other = await UserFactory.create()
    const { value } = await tokenFor(owner)
    const browser = new Visitor(client)
    await browser.login(other.email, FACTORY_PASSWORD)

    const badToken = await browser.get('/api/me').bearerToken(`${value}x`)
    badToken.assertStatus(401)

    const goodToken = await browser.get('/api/me').bearerToken(value)
    goodToken.assertStatus(200)
    assert.equal(goodToken.body().data.id, owner.id)

    // Without a token the same browser is its session's user.
    const session = await browser.get('/api/me').accept('json')
    session.assertStatus(200)
    assert.equal(session.body().data.id, other.id)
  })

  test('a token user gets answers in their own language', async ({ client, assert }) => {
    const { value } = await tokenFor(await UserFactory.apply('russian').create())
    const response = await client.post('/api/games/farm/levels/1/attempts').bearerToken(value).json({ utterance: '', inputMode: 'text' })
    response.assertStatus(422)
    assert.match(JSON.stringify(response.body()), /[а-яё]/i, 'the field messages are Russian')
  })

  test('last_used_at: written on first use, at most once a minute after that, never for a wrong secret', async ({ client, assert }) => {
    const { id, value } = await tokenFor(await UserFactory.create())
    assert.isNull(await lastUsedAt(id))

    ;(await client.get('/api/me').bearerToken(`${value.slice(0, -1)}${value.endsWith('a') ? 'b' : 'a'}`)).assertStatus(401)
    assert.isNull(await lastUsedAt(id), 'a wrong secret leaves no trace on the token')

    ;(await client.get('/api/me').bearerToken(value)).assertStatus(200)
    const first = await lastUsedAt(id)
    assert.isNotNull(first)

    ;(await client.get('/api/me').bearerToken(value)).assertStatus(200)
    assert.deepEqual(await lastUsedAt(id), first, 'within the minute: no write')

    const twoMinutesAgo = new Date(Date.now() - 120_000)
    await db.from('auth_access_tokens').where('id', id).update({ last_used_at: twoMinutesAgo })
    ;(await client.get('/api/me').bearerToken(value)).assertStatus(200)
    const refreshed = new Date(await lastUsedAt(id)).getTime()
    assert.isAbove(refreshed, twoMinutesAgo.getTime() + 60_000)
  })
})
