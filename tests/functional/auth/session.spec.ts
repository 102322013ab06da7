import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AuthEvent from '#models/auth_event'
import User from '#models/user'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { REMEMBER_COOKIE, Visitor, setCookiesOf, pageUrl, toPath } from '#tests/helpers/visitor'
import { freshStatePerTest } from '#tests/helpers/state'

async function rememberTokensOf(user: User) {
  return db.from('remember_me_tokens').where('tokenable_id', user.id)
}

/**
 * Signed in means: /settings opens (instead of redirecting to /login).
 */
async function isSignedIn(visitor: Visitor) {
  const response = await visitor.get('/settings')
  if (response.status() === 200) return true
  if (response.status() === 302 && response.header('location') === '/login') return false
  throw new Error(`Unexpected answer from /settings: ${response.status()} ${response.header('location')}`)
}

test.group('Log in', (group) => {
  freshStatePerTest(group)

  test('a wrong password is a field error and starts no session', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.get('/login')

    const response = await visitor.post('/login').header('referer', pageUrl('/login')).form({ email: user.email, password: 'not-the-password' })
    response.assertStatus(302)
    assert.match(response.header('location')!, /\/login$/)
    assert.deepEqual(visitor.fieldErrors().password, ['The email or password is not right.'])
    assert.notProperty(visitor.session(), 'auth_web')
    assert.isFalse(await isSignedIn(visitor))

    const failed = await AuthEvent.query().where('event', 'sign_in_failed')
    assert.lengthOf(failed, 1)
    assert.isNull(failed[0].userId)
    assert.notInclude(failed[0].meta ?? '', user.email, 'the address is logged as a fingerprint only')
    assert.notInclude(failed[0].meta ?? '', 'not-the-password')
  })

  test('a wrong password and an unknown address get the same answer, in Russian too', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const answers = []
    for (const email of [user.email, 'nobody-here@example.com']) {
      const visitor = new Visitor(client, { acceptLanguage: 'ru' })
      await visitor.prime('/login')
      const response = await visitor.post('/login').accept('json').json({ email, password: 'not-the-password' })
      answers.push({ status: response.status(), body: response.body() })
    }
    assert.deepEqual(answers[0], answers[1])
    assert.equal(answers[0].status, 422)
    assert.deepEqual(answers[0].body, {
      errors: [{ field: 'password', message: 'Неверная почта или пароль.', rule: 'credentials' }],
    })
  })

  test('the right password signs in with a new session id and returns to the page asked for', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)

    // A signed-out visit to settings remembers the destination.
    const guarded = await visitor.get('/settings?tab=tokens')
    guarded.assertStatus(302)
    assert.equal(new URL(guarded.header('location')!, 'http://x').pathname, '/login')

    await visitor.get('/login')
    const before = visitor.sessionId()
    assert.isString(before)

    const response = await visitor.post('/login').form({ email: user.email.toUpperCase(), password: FACTORY_PASSWORD })
    response.assertStatus(302)
    assert.equal(response.header('location'), '/settings?tab=tokens')
    const after = visitor.sessionId()
    assert.isString(after)
    assert.notEqual(after, before, 'the session id is regenerated on login')
    assert.isFalse(visitor.jar.has(before!), 'the old session data cookie is dropped')
    assert.equal(visitor.session().auth_web, user.id)

    // No remember-me without asking for it.
    assert.isFalse(visitor.jar.has(REMEMBER_COOKIE))
    assert.lengthOf(await rememberTokensOf(user), 0)

    assert.isTrue(await isSignedIn(visitor))
    assert.equal((await visitor.currentUser())?.email, user.email)
    assert.lengthOf(await AuthEvent.query().where('event', 'signed_in').where('user_id', user.id), 1)

    // Without "remember me" the sign-in ends with the session.
    visitor.dropSession()
    assert.isFalse(await isSignedIn(visitor))
  })

  test('an old session id from before the login cannot be replayed', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.get('/login')
    const beforeLogin = new Map(visitor.jar)
    await visitor.login(user.email, FACTORY_PASSWORD)
    assert.isTrue(await isSignedIn(visitor))

    const attacker = new Visitor(client)
    attacker.jar = beforeLogin
    assert.isFalse(await isSignedIn(attacker))
  })

  test('"remember me" sets a long-lived HttpOnly cookie backed by a token row', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    const response = await visitor.login(user.email, FACTORY_PASSWORD, { remember: true })

    const cookie = setCookiesOf(response).find((candidate) => candidate.name === REMEMBER_COOKIE)
    assert.exists(cookie, 'remember-me cookie set')
    assert.isTrue(cookie!.attributes.httponly)
    assert.isAtLeast(Number(cookie!.attributes['max-age']), 29 * 24 * 3600)
    const tokens = await rememberTokensOf(user)
    assert.lengthOf(tokens, 1)
    assert.notInclude(String(tokens[0].hash), visitor.jar.get(REMEMBER_COOKIE)!, 'only a hash is stored')

    // The session ends (browser restart): the remember cookie signs back in.
    visitor.dropSession()
    assert.isTrue(await isSignedIn(visitor))
    assert.equal(visitor.session().auth_web, user.id)
    // And the token was rotated.
    assert.lengthOf(await rememberTokensOf(user), 1)
  })

  test('the user\'s language wins over the browser and the language cookie', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    const visitor = new Visitor(client, { locale: 'en', acceptLanguage: 'en-US' })
    const response = await visitor.login(user.email, FACTORY_PASSWORD)
    assert.equal(visitor.jar.get('parley-locale'), 'ru', 'signing in adopts the account language')

    visitor.jar.set('parley-locale', 'en')
    const page = await visitor.follow(response)
    assert.equal(page.body().props.locale, 'ru')
    const html = await visitor.get('/about')
    assert.match(html.text(), /<html[^>]+lang="ru"/)
  })

  test('validation errors are translated (missing fields, malformed address)', async ({ client, assert }) => {
    const visitor = new Visitor(client, { locale: 'ru' })
    await visitor.prime('/login')
    const response = await visitor.post('/login').accept('json').json({ email: 'not-an-address' })
    response.assertStatus(422)
    const byField = Object.fromEntries(response.body().errors.map((error: any) => [error.field, error.message]))
    assert.equal(byField.email, 'Введите корректный адрес почты, например name@example.com.')
    assert.equal(byField.password, 'Введите пароль.')
  })
})

test.group('Log out', (group) => {
  freshStatePerTest(group)

  test('logging out ends the session and forgets the device', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD, { remember: true })
    assert.lengthOf(await rememberTokensOf(user), 1)

    const response = await visitor.post('/logout')
    response.assertStatus(302)
    assert.equal(response.header('location'), '/')
    assert.equal(visitor.flash().success, 'You are logged out. See you soon!')
    assert.isFalse(visitor.jar.has(REMEMBER_COOKIE), 'the remember-me cookie is cleared')
    assert.lengthOf(await rememberTokensOf(user), 0)
    assert.isFalse(await isSignedIn(visitor))
    assert.lengthOf(await AuthEvent.query().where('event', 'signed_out').where('user_id', user.id), 1)
  })

  test('logging out needs the CSRF token', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)
    const response = await visitor.post('/logout', { csrf: false }).header('referer', pageUrl('/settings'))
    // Shield sends the form back with a translated notice.
    response.assertStatus(302)
    assert.equal(toPath(response.header('location')!), '/settings')
    assert.equal(visitor.flash().error, 'Сессия истекла или форма устарела. Обновите страницу и попробуйте снова.')
    assert.isTrue(await isSignedIn(visitor))
    assert.lengthOf(await AuthEvent.query().where('event', 'signed_out'), 0)
  })

  test('"log out of all other sessions" ends the other sessions and remembered devices, not this one', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const laptop = new Visitor(client)
    const phone = new Visitor(client)
    const tablet = new Visitor(client)
    await laptop.login(user.email, FACTORY_PASSWORD)
    await phone.login(user.email, FACTORY_PASSWORD)
    await tablet.login(user.email, FACTORY_PASSWORD, { remember: true })
    assert.isTrue(await isSignedIn(phone))
    assert.isTrue(await isSignedIn(tablet))
    assert.lengthOf(await rememberTokensOf(user), 1)

    const response = await laptop.post('/logout/others').header('referer', pageUrl('/settings'))
    response.assertStatus(302)
    assert.equal(laptop.flash().success, 'All other sessions are signed out.')

    // The other devices are out; the remembered one cannot come back.
    const phoneSettings = await phone.get('/settings')
    phoneSettings.assertStatus(302)
    assert.equal(phoneSettings.header('location'), '/login')
    assert.isFalse(await isSignedIn(phone))
    assert.isFalse(await isSignedIn(tablet))
    assert.lengthOf(await rememberTokensOf(user), 0)

    // This device stays signed in, over several requests.
    assert.isTrue(await isSignedIn(laptop))
    assert.isTrue(await isSignedIn(laptop))
    assert.lengthOf(await AuthEvent.query().where('event', 'signed_out_other_sessions'), 1)
  })

  test('a remembered device whose session expired cannot come back after "log out of all other sessions"', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const laptop = new Visitor(client)
    const oldPhone = new Visitor(client)
    await laptop.login(user.email, FACTORY_PASSWORD)
    await oldPhone.login(user.email, FACTORY_PASSWORD, { remember: true })
    oldPhone.dropSession()

    ;(await laptop.post('/logout/others')).assertStatus(302)
    assert.isFalse(await isSignedIn(oldPhone))
  })

  test('a signed-out session cannot reach the API by adding any Authorization header', async ({ client }) => {
    const user = await UserFactory.create()
    const laptop = new Visitor(client)
    const stolen = new Visitor(client)
    await laptop.login(user.email, FACTORY_PASSWORD)
    await stolen.login(user.email, FACTORY_PASSWORD)
    ;(await stolen.get('/api/me')).assertStatus(200)

    ;(await laptop.post('/logout/others')).assertStatus(302)
    // Before any plain request could end the stale session.
    const withJunkBearer = await stolen.get('/api/me').header('authorization', 'Bearer junk')
    withJunkBearer.assertStatus(401)
    const withBasic = await stolen.get('/api/me').header('authorization', 'Basic Zm9vOmJhcg==')
    withBasic.assertStatus(401)
    const plain = await stolen.get('/api/me')
    plain.assertStatus(401)
  })
})
