import { test } from '@japa/runner'
import User from '#models/user'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { SESSION_COOKIE, Visitor, XSRF_COOKIE, setCookiesOf } from '#tests/helpers/visitor'
import { freshStatePerTest, uniqueEmail } from '#tests/helpers/state'
import { expectNoMail } from '#tests/helpers/mailbox'

function cspDirectives(header: string | undefined) {
  assertDefined(header, 'Content-Security-Policy header')
  return Object.fromEntries(
    header!
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean)
      .map((directive) => {
        const [name, ...values] = directive.split(/\s+/)
        return [name, values]
      })
  ) as Record<string, string[]>
}

function assertDefined(value: unknown, what: string) {
  if (value === undefined || value === null) throw new Error(`${what} is missing`)
}

test.group('Security headers', (group) => {
  freshStatePerTest(group)

  for (const path of ['/', '/login', '/signup', '/blog', '/contact']) {
    test(`${path}: CSP with a nonce, no framing, nosniff, referrer policy, no HSTS over http`, async ({ client, assert }) => {
      const response = await client.get(path)
      response.assertStatus(200)

      const csp = cspDirectives(response.header('content-security-policy'))
      const nonceSource = csp['script-src'].find((source) => /^'nonce-[A-Za-z0-9+/_=-]{8,}'$/.test(source))
      assert.exists(nonceSource, `script-src has a nonce: ${csp['script-src'].join(' ')}`)
      assert.notInclude(csp['script-src'], `'unsafe-inline'`)
      assert.notInclude(csp['script-src'], `'unsafe-eval'`)
      assert.deepEqual(csp['frame-ancestors'], [`'none'`])
      assert.deepEqual(csp['object-src'], [`'none'`])
      assert.deepEqual(csp['base-uri'], [`'self'`])
      assert.deepEqual(csp['form-action'], [`'self'`])

      // Every inline script of the page carries the nonce of this response.
      const nonce = nonceSource!.slice(`'nonce-`.length, -1)
      const scripts = [...response.text().matchAll(/<script\b([^>]*)>/g)].map((match) => match[1])
      for (const attributes of scripts) {
        // External scripts are covered by 'self'; JSON data blocks never run.
        if (/\bsrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue
        assert.include(attributes, `nonce="${nonce}"`, `inline script <script${attributes}>`)
      }

      assert.equal(response.header('x-frame-options'), 'DENY')
      assert.equal(response.header('x-content-type-options'), 'nosniff')
      assert.equal(response.header('referrer-policy'), 'strict-origin-when-cross-origin')
      assert.notExists(response.header('strict-transport-security'), 'no HSTS when served over plain http')
      assert.notExists(response.header('x-powered-by'))
    })
  }

  test('the nonce changes with every response', async ({ client, assert }) => {
    const first = cspDirectives((await client.get('/')).header('content-security-policy'))['script-src']
    const second = cspDirectives((await client.get('/')).header('content-security-policy'))['script-src']
    assert.notDeepEqual(first, second)
  })

  test('error pages and JSON carry the headers too', async ({ client, assert }) => {
    const unmatched = await client.get('/no-such-page')
    const missingPost = await client.get('/blog/no-such-post')
    const api = await client.get('/api/me')
    for (const response of [unmatched, missingPost, api]) {
      assert.equal(response.header('x-content-type-options'), 'nosniff')
      assert.equal(response.header('x-frame-options'), 'DENY')
      assert.equal(response.header('referrer-policy'), 'strict-origin-when-cross-origin')
    }
    // Error pages rendered inside a route get the nonce-based CSP too.
    missingPost.assertStatus(404)
    assert.deepEqual(cspDirectives(missingPost.header('content-security-policy'))['frame-ancestors'], [`'none'`])
    // Pages for unknown routes never met Shield: they get the fallback policy.
    unmatched.assertStatus(404)
    const fallback = cspDirectives(unmatched.header('content-security-policy'))
    assert.deepEqual(fallback['frame-ancestors'], [`'none'`])
    assert.deepEqual(fallback['object-src'], [`'none'`])
    assert.include(fallback['script-src'], `'self'`)
  })

  test('the session cookie is HttpOnly and SameSite=Lax; the XSRF cookie is readable by scripts only', async ({ client, assert }) => {
    const response = await client.get('/login')
    const cookies = setCookiesOf(response)
    const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE)
    assert.exists(session)
    assert.isTrue(session!.attributes.httponly, 'session cookie HttpOnly')
    assert.equal(String(session!.attributes.samesite).toLowerCase(), 'lax')
    assert.equal(session!.attributes.path, '/')
    assert.notProperty(session!.attributes, 'secure', 'no Secure flag over http (it would break local use)')

    // The data cookie of the cookie store is protected the same way.
    const data = cookies.find((cookie) => /^[0-9a-f-]{36}$/.test(cookie.name))
    assert.exists(data)
    assert.isTrue(data!.attributes.httponly)
    assert.equal(String(data!.attributes.samesite).toLowerCase(), 'lax')
    assert.match(data!.value, /^e:/, 'session data is encrypted')

    const xsrf = cookies.find((cookie) => cookie.name === XSRF_COOKIE)
    assert.exists(xsrf)
    assert.notProperty(xsrf!.attributes, 'httponly')
    assert.equal(String(xsrf!.attributes.samesite).toLowerCase(), 'lax')
  })

  test('the remember-me cookie is HttpOnly and SameSite=Lax', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    const response = await visitor.login(user.email, FACTORY_PASSWORD, { remember: true })
    const remember = setCookiesOf(response).find((cookie) => cookie.name === 'remember_web')
    assert.exists(remember)
    assert.isTrue(remember!.attributes.httponly)
    assert.equal(String(remember!.attributes.samesite).toLowerCase(), 'lax')
  })
})

test.group('CSRF protection', (group) => {
  freshStatePerTest(group)

  test('sign-up without a CSRF token is refused and creates nothing', async ({ client, assert }) => {
    const email = uniqueEmail('csrf')
    const form = { displayName: 'Mallory', email, password: 'plum-orbit-lantern-9', acceptTerms: 'on' }

    // A cross-site form post: no session, no token at all.
    const blind = await client.post('/signup').redirects(0).form(form)
    assert.isAtLeast(blind.status(), 300)
    assert.notEqual(blind.status(), 200)

    // A visitor with a session but without the token.
    const visitor = new Visitor(client)
    await visitor.prime('/signup')
    const withoutToken = await visitor.post('/signup', { csrf: false }).form(form)
    withoutToken.assertStatus(302)
    assert.equal(visitor.flash().error, 'Your session expired or the form was stale. Please reload the page and try again.')
    assert.property(visitor.flash().errorsBag, 'E_BAD_CSRF_TOKEN')

    // A wrong token.
    const forged = await visitor.post('/signup', { csrf: false }).header('x-csrf-token', 'forged-token').form({ ...form, _csrf: 'forged' })
    forged.assertStatus(302)

    // Someone else's valid token does not work with this session.
    const other = new Visitor(client)
    await other.prime('/signup')
    const foreign = await visitor.post('/signup', { csrf: false }).header('x-xsrf-token', other.jar.get(XSRF_COOKIE)!).form(form)
    foreign.assertStatus(302)

    assert.isNull(await User.findBy('email', email))
    assert.notProperty(visitor.session(), 'auth_web')
    await expectNoMail(email, 100)
  })

  test('log-in without a CSRF token is refused and starts no session', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const blind = await client.post('/login').redirects(0).form({ email: user.email, password: FACTORY_PASSWORD })
    assert.notEqual(blind.status(), 200)
    assert.isUndefined(setCookiesOf(blind).find((cookie) => cookie.name === 'remember_web'))

    const visitor = new Visitor(client)
    await visitor.prime('/login')
    const response = await visitor.post('/login', { csrf: false }).form({ email: user.email, password: FACTORY_PASSWORD, remember: 'true' })
    response.assertStatus(302)
    assert.notProperty(visitor.session(), 'auth_web')
    assert.isFalse(visitor.jar.has('remember_web'))
    assert.equal((await visitor.get('/settings')).header('location'), '/login')
  })

  test('the token may come as the _csrf field of a plain form (no JavaScript)', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    const page = await visitor.inertia('/login')
    const csrfToken = page.body().props.csrfToken
    assert.isString(csrfToken)
    const response = await visitor.post('/login', { csrf: false }).form({ email: user.email, password: FACTORY_PASSWORD, _csrf: csrfToken })
    response.assertStatus(302)
    assert.equal(visitor.session().auth_web, user.id)
  })

  test('every state-changing page route asks for the token', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)
    const routes: Array<['POST' | 'PUT' | 'DELETE', string]> = [
      ['POST', '/contact'],
      ['POST', '/locale'],
      ['POST', '/logout'],
      ['POST', '/logout/others'],
      ['POST', '/email/verification'],
      ['PUT', '/settings/profile'],
      ['PUT', '/settings/preferences'],
      ['PUT', '/settings/email'],
      ['PUT', '/settings/password'],
      ['POST', '/settings/tokens'],
      ['DELETE', '/settings/tokens/1'],
      ['DELETE', '/dev/mailbox'],
    ]
    for (const [method, url] of routes) {
      const response = await visitor.request(method, url, { csrf: false }).form({ anything: 'x' })
      assert.equal(response.status(), 302, `${method} ${url}`)
      assert.equal(visitor.flash().error, 'Your session expired or the form was stale. Please reload the page and try again.', `${method} ${url}`)
    }
    // Still signed in: nothing above ran.
    assert.equal((await visitor.get('/settings')).status(), 200)
  })
})
