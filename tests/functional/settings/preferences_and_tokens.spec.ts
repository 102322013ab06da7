import { test } from '@japa/runner'
import User from '#models/user'
import AuthEvent from '#models/auth_event'
import { UserFactory } from '#database/factories/user_factory'
import { Visitor, pageUrl, toPath, signedInVisitor } from '#tests/helpers/visitor'
import { freshStatePerTest } from '#tests/helpers/state'

const PREFERENCES = {
  locale: 'ru',
  timeZone: 'Asia/Yekaterinburg',
  voiceInput: false,
  voiceOutput: false,
  notifyProductEmail: false,
  notifyStreakEmail: true,
  notifyWeeklyEmail: false,
  notifyInApp: false,
  profilePublic: false,
  showOnLeaderboards: false,
}

const signedIn = signedInVisitor

test.group('Settings: preferences', (group) => {
  freshStatePerTest(group)

  test('language, time zone and toggles are saved, and the language applies at once', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)

    const response = await visitor.put('/settings/preferences').header('referer', pageUrl('/settings')).json(PREFERENCES)
    response.assertStatus(302)
    assert.equal(toPath(response.header('location')!), '/settings')
    assert.equal(visitor.flash().success, 'Изменения сохранены.', 'the notice is already in the new language')
    assert.equal(visitor.jar.get('parley-locale'), 'ru')

    await user.refresh()
    assert.equal(user.locale, 'ru')
    assert.equal(user.timeZone, 'Asia/Yekaterinburg')
    assert.isFalse(user.voiceInput)
    assert.isFalse(user.voiceOutput)
    assert.isFalse(user.notifyProductEmail)
    assert.isTrue(user.notifyStreakEmail)
    assert.isFalse(user.notifyWeeklyEmail)
    assert.isFalse(user.notifyInApp)
    assert.isFalse(user.profilePublic)
    assert.isFalse(user.showOnLeaderboards)

    const settings = await visitor.follow(response)
    settings.assertStatus(200)
    assert.equal(settings.body().props.locale, 'ru')
    assert.containSubset(settings.body().props.account, { ...PREFERENCES })

    // Back to English with form-encoded booleans, as a plain HTML form sends them.
    const english = await visitor.put('/settings/preferences').form({
      ...PREFERENCES,
      locale: 'en',
      timeZone: 'UTC',
      voiceInput: 'true',
      voiceOutput: '1',
      notifyProductEmail: 'on',
      notifyStreakEmail: 'false',
      notifyWeeklyEmail: '0',
      notifyInApp: '0',
      profilePublic: 'true',
      showOnLeaderboards: 'true',
    })
    english.assertStatus(302)
    assert.deepEqual(visitor.fieldErrors(), {})
    assert.equal(visitor.flash().success, 'Your changes are saved.')
    await user.refresh()
    assert.equal(user.locale, 'en')
    assert.isTrue(user.voiceInput)
    assert.isTrue(user.voiceOutput)
    assert.isTrue(user.notifyProductEmail)
    assert.isFalse(user.notifyStreakEmail)
    assert.isFalse(user.notifyWeeklyEmail)
    assert.isFalse(user.notifyInApp)
  })

  test('the time zone must be an IANA name; the language one of ours; toggles booleans', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    const visitor = await signedIn(client, user)

    for (const timeZone of ['Mars/Olympus_Mons', 'GMT+25', 'Europe/Moscow; DROP TABLE users', 'x'.repeat(300)]) {
      const response = await visitor.put('/settings/preferences').accept('json').json({ ...PREFERENCES, timeZone })
      response.assertStatus(422)
      assert.deepEqual(
        response.body().errors.map((error: any) => [error.field, error.rule, error.message]),
        [['timeZone', 'timeZone', 'Выберите корректный часовой пояс.']],
        timeZone.slice(0, 40)
      )
    }

    const wrongTypes = await visitor.put('/settings/preferences').accept('json').json({ ...PREFERENCES, locale: 'de', voiceInput: 'maybe', notifyInApp: 42 })
    wrongTypes.assertStatus(422)
    const byField = Object.fromEntries(wrongTypes.body().errors.map((error: any) => [error.field, error.message]))
    assert.equal(byField.locale, 'Выберите один из вариантов.')
    assert.match(byField.voiceInput, /^Поле «.+» должно быть включено или выключено\.$/)
    assert.match(byField.notifyInApp, /^Поле «.+» должно быть включено или выключено\.$/)

    await user.refresh()
    assert.equal(user.timeZone, 'Europe/Moscow')
    assert.isTrue(user.voiceInput)
  })

  test('time zone names are case-checked like the runtime does, and stored as given', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)
    for (const timeZone of ['America/Argentina/Buenos_Aires', 'Etc/GMT-3', 'UTC', 'Pacific/Chatham']) {
      const response = await visitor.put('/settings/preferences').json({ ...PREFERENCES, locale: 'en', timeZone })
      response.assertStatus(302)
      await user.refresh()
      assert.equal(user.timeZone, timeZone)
    }
  })

  test('the language switch remembers the choice for visitors and users, and only returns to our own pages', async ({ client, assert }) => {
    const anonymous = new Visitor(client)
    await anonymous.prime()
    const switched = await anonymous.post('/locale').form({ locale: 'ru', redirect: '/pricing' })
    switched.assertStatus(302)
    assert.equal(switched.header('location'), '/pricing')
    assert.equal(anonymous.jar.get('parley-locale'), 'ru')
    assert.equal((await anonymous.inertia('/pricing')).body().props.locale, 'ru')

    for (const redirect of ['//evil.example.com/', 'https://evil.example.com/', 'javascript:alert(1)']) {
      const response = await anonymous.post('/locale').form({ locale: 'en', redirect })
      assert.equal(response.header('location'), '/', redirect)
    }
    const unsupported = await anonymous.post('/locale').form({ locale: 'xx', redirect: '/about' })
    unsupported.assertStatus(302)
    assert.equal(anonymous.jar.get('parley-locale'), 'en')

    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)
    ;(await visitor.post('/locale').form({ locale: 'ru', redirect: '/settings' })).assertStatus(302)
    await user.refresh()
    assert.equal(user.locale, 'ru')
  })
})

test.group('Settings: API tokens', (group) => {
  freshStatePerTest(group)

  test('a token is created, shown once, listed without its secret, used and revoked', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)

    const created = await visitor.post('/settings/tokens').header('referer', pageUrl('/settings')).form({ name: 'Home script' })
    created.assertStatus(302)
    assert.equal(toPath(created.header('location')!), '/settings')
    assert.equal(visitor.flash().success, 'Token created. Copy it now: it will not be shown again.')
    const secret = visitor.flash().newToken as string
    assert.match(secret, /^prl_/)

    // The next page shows it once...
    const page = await visitor.follow(created)
    assert.equal(page.body().props.newToken, secret)
    const tokens = page.body().props.tokens as Array<Record<string, any>>
    assert.lengthOf(tokens, 1)
    assert.equal(tokens[0].name, 'Home script')
    assert.isNull(tokens[0].lastUsedAt)
    assert.isString(tokens[0].expiresAt)
    assert.notInclude(JSON.stringify(tokens), secret.slice(4))
    // ...and never again.
    assert.isNull((await visitor.inertia('/settings')).body().props.newToken)

    // It works for the API (no session, no CSRF).
    const me = await client.get('/api/me').bearerToken(secret)
    me.assertStatus(200)
    assert.equal(me.body().data.email, user.email)
    const listed = (await visitor.inertia('/settings')).body().props.tokens
    assert.isString(listed[0].lastUsedAt, 'use is recorded')

    const revoked = await visitor.delete(`/settings/tokens/${tokens[0].id}`).header('referer', pageUrl('/settings'))
    revoked.assertStatus(302)
    assert.equal(visitor.flash().success, 'The token is revoked.')
    assert.lengthOf((await visitor.inertia('/settings')).body().props.tokens, 0)
    ;(await client.get('/api/me').bearerToken(secret)).assertStatus(401)

    const events = (await AuthEvent.query().where('user_id', user.id)).map((event) => event.event)
    assert.includeMembers(events, ['api_token_created', 'api_token_revoked'])
    for (const event of await AuthEvent.all()) assert.notInclude(event.meta ?? '', secret)
  })

  test('nobody can revoke another user\'s token', async ({ client, assert }) => {
    const owner = await UserFactory.create()
    const token = await User.accessTokens.create(owner, ['*'], { name: 'owner token' })
    const secret = token.value!.release()

    const intruder = await signedIn(client, await UserFactory.create())
    const response = await intruder.delete(`/settings/tokens/${token.identifier}`)
    response.assertStatus(302)
    assert.notProperty(intruder.flash(), 'success')
    ;(await client.get('/api/me').bearerToken(secret)).assertStatus(200)
    assert.lengthOf(await User.accessTokens.all(owner), 1)
  })

  test('a token needs a name, and token routes need a session and the CSRF token', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)
    const nameless = await visitor.post('/settings/tokens').accept('json').json({ name: '   ' })
    nameless.assertStatus(422)
    assert.equal(nameless.body().errors[0].field, 'name')

    const noCsrf = await visitor.post('/settings/tokens', { csrf: false }).form({ name: 'sneaky' })
    noCsrf.assertStatus(302)
    assert.lengthOf(await User.accessTokens.all(user), 0)

    const anonymous = new Visitor(client)
    await anonymous.prime()
    const signedOut = await anonymous.post('/settings/tokens').form({ name: 'x' })
    signedOut.assertStatus(302)
    assert.equal(signedOut.header('location'), '/login')
    assert.lengthOf(await User.accessTokens.all(user), 0)
  })
})
