import { test } from '@japa/runner'
import type { ApiResponse } from '@japa/api-client'
import User from '#models/user'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { Visitor, pageUrl } from '#tests/helpers/visitor'
import { freshStatePerTest } from '#tests/helpers/state'

type Method = 'POST' | 'PUT' | 'DELETE'
type Route = { method: Method; url: string; fields: string[]; as: 'guest' | 'user' | 'api' }

/**
 * Every route that takes a body, with the fields its form sends.
 */
const ROUTES: Route[] = [
  { method: 'POST', url: '/signup', fields: ['displayName', 'email', 'password', 'acceptTerms', 'timeZone', 'utmSource'], as: 'guest' },
  { method: 'POST', url: '/login', fields: ['email', 'password', 'remember'], as: 'guest' },
  { method: 'POST', url: '/forgot-password', fields: ['email'], as: 'guest' },
  { method: 'POST', url: '/reset-password', fields: ['token', 'password', 'passwordConfirmation'], as: 'guest' },
  { method: 'POST', url: '/contact', fields: ['name', 'email', 'topic', 'message'], as: 'guest' },
  { method: 'POST', url: '/locale', fields: ['locale', 'redirect'], as: 'guest' },
  { method: 'PUT', url: '/settings/profile', fields: ['displayName', 'avatarUrl'], as: 'user' },
  { method: 'PUT', url: '/settings/preferences', fields: ['locale', 'timeZone', 'voiceInput', 'notifyInApp'], as: 'user' },
  { method: 'PUT', url: '/settings/email', fields: ['email', 'currentPassword'], as: 'user' },
  { method: 'PUT', url: '/settings/password', fields: ['currentPassword', 'password', 'passwordConfirmation'], as: 'user' },
  { method: 'POST', url: '/settings/tokens', fields: ['name'], as: 'user' },
  { method: 'POST', url: '/email/verification', fields: [], as: 'user' },
  { method: 'POST', url: '/logout/others', fields: [], as: 'user' },
  { method: 'POST', url: '/api/auth/tokens', fields: ['email', 'password', 'name'], as: 'api' },
]

const HUGE = 'ä'.repeat(20_000)

/**
 * Bodies nobody should send.
 */
function garbagePayloads(fields: string[]): Array<[string, unknown]> {
  const each = (value: unknown) => Object.fromEntries(fields.map((field) => [field, value]))
  return [
    ['numbers', each(12345)],
    ['booleans', each(true)],
    ['nulls', each(null)],
    ['arrays of strings', each(['a@example.com', 'b@example.com'])],
    ['objects', each({ $ne: null, toString: 'x' })],
    ['nested arrays', each([[[['deep']]]])],
    ['huge strings', each(HUGE)],
    ['control characters', each('a\u0000b\u202e\r\nBcc: x@example.com')],
    ['unknown fields only', { isAdmin: true, role: 'admin', sessionEpoch: -1, id: 1 }],
    ['prototype keys', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')],
    ['a top-level array', [1, 2, 3]],
    ['a top-level string', 'just a string'],
  ]
}

/**
 * Status below 500, and whatever comes back is translated: the /api error
 * shape, the Inertia error page, or field errors flashed for the form.
 */
function assertHandled(assert: any, visitor: Visitor, response: ApiResponse, label: string) {
  const status = response.status()
  assert.isBelow(status, 500, `${label} → ${status} ${response.text().slice(0, 200)}`)
  const russian = (message: unknown, what: string) => {
    assert.isString(message, `${label}: ${what}`)
    assert.notMatch(message as string, /^(errors|validator|auth|settings)\.|E_[A-Z_]+/, `${label}: ${message}`)
    assert.match(message as string, /[А-Яа-яЁё]/, `${label}: ${what} "${message}" is not Russian`)
  }

  const type = response.header('content-type') ?? ''
  if (status >= 400 && /json/.test(type)) {
    const body = response.body()
    if (response.header('x-inertia')) {
      assert.equal(body.component, 'errors/show', label)
      russian(body.props.message, 'error page message')
    } else {
      assert.isArray(body.errors, `${label}: ${response.text().slice(0, 200)}`)
      for (const error of body.errors) russian(error.message, 'error message')
    }
  } else if (status >= 400) {
    assert.match(response.text(), /<html[^>]+lang="ru"/, `${label}: a Russian error page`)
  } else if (status === 302 || status === 303) {
    for (const messages of Object.values(visitor.fieldErrors())) {
      for (const message of messages as string[]) russian(message, 'field error')
    }
    if (visitor.flash().error) russian(visitor.flash().error, 'flash error')
  }
}

test.group('Bad input never causes a 500', (group) => {
  freshStatePerTest(group)

  for (const route of ROUTES) {
    test(`${route.method} ${route.url}`, async ({ client, assert }) => {
      const user = await UserFactory.apply('russian').create()
      const visitor = new Visitor(client, { locale: 'ru' })
      if (route.as === 'user') await visitor.login(user.email, FACTORY_PASSWORD)
      else await visitor.prime()

      // What the pages send (Inertia requests) and what /api clients send.
      const send = (method: Method, url: string) => {
        const request = visitor.request(method, url).header('referer', pageUrl('/'))
        return route.as === 'api' ? request.accept('json') : request.withInertia()
      }

      for (const [label, payload] of garbagePayloads(route.fields)) {
        assertHandled(assert, visitor, await send(route.method, route.url).json(payload as any), `${label} (JSON)`)

        if (payload && typeof payload === 'object' && !Array.isArray(payload)) {
          const form = await visitor.request(route.method, route.url).form(payload as any)
          assertHandled(assert, visitor, form, `${label} (form)`)
        }
      }

      // A body that is not JSON at all.
      const invalid = await send(route.method, route.url).json('{"email": [1, ' as any)
      assert.equal(invalid.status(), 400)
      assertHandled(assert, visitor, invalid, 'invalid JSON')

      // Over the size limit.
      const tooBig = await send(route.method, route.url).json({ [route.fields[0] ?? 'x']: 'x'.repeat(150_000) })
      assert.equal(tooBig.status(), 413)
      assertHandled(assert, visitor, tooBig, 'too big')

      // Query strings too deep or too wide for the parser.
      const deepQuery = `${route.url}?a${'[b]'.repeat(40)}=1&${Array.from({ length: 1500 }, (_, index) => `k${index}=v`).join('&')}`
      assertHandled(assert, visitor, await send(route.method, deepQuery).json({}), 'deep query')

      // Form-encoded bracket syntax.
      const brackets = await visitor
        .request(route.method, route.url)
        .type('form')
        .json(`${route.fields.map((field) => `${field}[$gt]=&${field}[]=a&${field}[][x]=1`).join('&')}&__proto__[polluted]=1` as any)
      assertHandled(assert, visitor, brackets, 'bracket syntax')

      // Nothing leaked into prototypes, no account was promoted.
      assert.isUndefined(({} as any).polluted)
      await user.refresh()
      assert.equal(user.role, 'player')
    })
  }

  test('unknown fields cannot change protected columns', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)
    await visitor.put('/settings/preferences').json({
      locale: 'en',
      timeZone: 'UTC',
      voiceInput: true,
      voiceOutput: true,
      notifyProductEmail: true,
      notifyStreakEmail: true,
      notifyWeeklyEmail: true,
      notifyInApp: true,
      profilePublic: true,
      showOnLeaderboards: true,
      role: 'admin',
      email: 'hijack@example.com',
      emailVerifiedAt: null,
      sessionEpoch: 99,
      password: 'plain',
    })
    await visitor.put('/settings/profile').json({ displayName: 'Still Me', role: 'admin', email: 'hijack@example.com' })
    const fresh = await User.findOrFail(user.id)
    assert.equal(fresh.role, 'player')
    assert.equal(fresh.email, user.email)
    assert.isNotNull(fresh.emailVerifiedAt)
    assert.equal(fresh.displayName, 'Still Me')
    ;(await new Visitor(client).login(user.email, FACTORY_PASSWORD)).assertStatus(302)
  })
})

test.group('Weird URLs never cause a 500', (group) => {
  freshStatePerTest(group)

  const URLS = [
    '/blog/%E0%A4%A',
    `/${'a'.repeat(8000)}`,
    `/blog/${'a'.repeat(121)}`,
    `/blog/${'a'.repeat(4000)}`,
    '/blog/..%2F..%2Fetc%2Fpasswd',
    '/blog/%00',
    '/blog/%F0%9F%92%A9',
    '/blog?page=-1',
    '/blog?page=1e309',
    '/blog?page=99999999999999999999',
    '/blog?page[]=1&page[]=2',
    '/blog?page[$gt]=1',
    `/reset-password/${'x'.repeat(5000)}`,
    '/reset-password/%E2%80%AE%00',
    '/email/verify/abc',
    '/email/verify/-1?signature=x&h=y',
    '/email/verify/99999999999999999999?signature=abc.def&h=zzz',
    '/email/confirm-change/1?signature[]=a',
    '/email/verify/1?signature=' + 'A'.repeat(10_000),
    '/settings/tokens/abc',
    '/dev/mailbox/0',
    '/dev/mailbox/99999999999999999999',
    '/dev/mailbox/abc',
    '/auth/twitter/redirect',
    '/?utm_source[]=a&utm_source[]=b&utm_medium[x]=1',
    `/?utm_campaign=${'c'.repeat(5000)}`,
    '/%2e%2e/%2e%2e/etc/passwd',
    '/login?%zz=1',
    '/robots.txt/..',
    '/sitemap.xml?x=%E0%A4%A',
  ]

  for (const url of URLS) {
    test(`GET ${url.length > 70 ? `${url.slice(0, 60)}… (${url.length} chars)` : url}`, async ({ client, assert }) => {
      const response = await new Visitor(client, { locale: 'ru' }).get(url)
      assert.isBelow(response.status(), 500, `${response.status()} ${response.text().slice(0, 300)}`)
      if (response.status() === 404) {
        assert.include(response.text(), 'Страница не найдена', 'a translated 404 page')
      }
    })
  }

  test('a signed-in user deleting a token id that cannot exist gets no 500', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)
    for (const id of ['0', '-1', '99999999999999999999', '1e3', '2147483648']) {
      const response = await visitor.delete(`/settings/tokens/${id}`)
      assert.isBelow(response.status(), 500, `${id}: ${response.status()}`)
    }
  })

  test('a malformed URL gets a translated error page', async ({ client, assert }) => {
    const response = await new Visitor(client, { locale: 'ru' }).get('/blog/%E0%A4%A')
    response.assertStatus(400)
    assert.include(response.text(), 'Не удалось разобрать запрос.')
  })
})

/**
 * PostgreSQL cannot store NUL characters in text columns: free text that
 * reaches the database must arrive without them (SQLite would store them).
 */
test.group('NUL characters in free text', (group) => {
  freshStatePerTest(group)

  test('sign-up: display name and UTM values (form and cookie)', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    await visitor.get('/?utm_source=news%00letter&utm_campaign=%00autumn')
    const email = `nul-${Date.now()}@example.com`
    const response = await visitor.post('/signup').form({ displayName: 'Nul\u0000 Byte', email, password: 'plum-orbit-lantern-9', acceptTerms: 'on', utmMedium: 'e\u0000mail' })
    response.assertStatus(302)
    const user = await User.findByOrFail('email', email)
    assert.equal(user.displayName, 'Nul Byte')
    assert.equal(user.utmSource, 'newsletter')
    assert.equal(user.utmMedium, 'email')
    assert.equal(user.utmCampaign, 'autumn')
  })

  test('profile, token names and the contact form', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)

    ;(await visitor.put('/settings/profile').json({ displayName: 'Ada\u0000 Lovelace' })).assertStatus(302)
    await user.refresh()
    assert.equal(user.displayName, 'Ada Lovelace')

    ;(await visitor.post('/settings/tokens').form({ name: 'CI\u0000 token' })).assertStatus(302)
    assert.deepEqual((await User.accessTokens.all(user)).map((token) => token.name), ['CI token'])

    const api = await client.post('/api/auth/tokens').json({ email: user.email, password: FACTORY_PASSWORD, name: 'cli\u0000' })
    api.assertStatus(201)

    ;(await visitor.post('/contact').form({ name: 'Ada\u0000', email: user.email, topic: 'bug', message: 'Something\u0000 is broken here.' })).assertStatus(302)
    const { default: ContactMessage } = await import('#models/contact_message')
    const stored = await ContactMessage.findByOrFail('email', user.email)
    assert.equal(stored.name, 'Ada')
    assert.equal(stored.message, 'Something is broken here.')
  })

  test('a name made only of NUL characters is empty, hence refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)
    const response = await visitor.put('/settings/profile').accept('json').json({ displayName: '\u0000\u0000\u0000' })
    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'displayName')
  })
})
