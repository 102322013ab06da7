import { test } from '@japa/runner'
import { parleyConfig } from '#config/parley'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { Visitor } from '#tests/helpers/visitor'
import { freshStatePerTest } from '#tests/helpers/state'

type ApiErrorBody = { errors: Array<{ message: string; field?: string; rule?: string }> }

/**
 * Every /api error: JSON, `{ errors: [{ message, field?, rule? }] }`, with
 * non-empty messages and nothing else.
 */
function assertErrorShape(assert: any, response: any, status: number) {
  response.assertStatus(status)
  assert.match(response.header('content-type') ?? '', /^application\/json/)
  const body = response.body() as ApiErrorBody
  assert.deepEqual(Object.keys(body), ['errors'])
  assert.isArray(body.errors)
  assert.isAbove(body.errors.length, 0)
  for (const error of body.errors) {
    assert.isString(error.message)
    assert.isAbove(error.message.length, 0)
    for (const key of Object.keys(error)) assert.oneOf(key, ['message', 'field', 'rule'])
    assert.notMatch(error.message, /^(errors|validator|auth)\./, 'a translation, not a key')
  }
  return body
}

test.group('API errors', (group) => {
  freshStatePerTest(group)

  test('401 without credentials, in English and Russian', async ({ client, assert }) => {
    const english = assertErrorShape(assert, await client.get('/api/me'), 401)
    assert.deepEqual(english.errors, [{ message: 'Please log in to continue.' }])
    const russian = assertErrorShape(assert, await client.get('/api/me').header('accept-language', 'ru-RU,ru;q=0.9'), 401)
    assert.deepEqual(russian.errors, [{ message: 'Войдите, чтобы продолжить.' }])
    // No redirect to the log-in page, even for a browser asking for HTML.
    assertErrorShape(assert, await client.get('/api/me').header('accept', 'text/html'), 401)
    // A DELETE without credentials is refused too (by CSRF protection before auth).
    const deletion = await client.delete('/api/auth/tokens/current')
    assert.oneOf(deletion.status(), [401, 403])
    assertErrorShape(assert, deletion, deletion.status())
  })

  test('404 for unknown API routes and methods', async ({ client, assert }) => {
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['GET', '/api/'],
      ['POST', '/api/me'],
      ['GET', '/api/auth/tokens'],
      ['PUT', '/api/me/../../settings'],
    ] as const) {
      const response = await client.request(url, method).header('accept-language', 'ru')
      const body = assertErrorShape(assert, response, 404)
      assert.deepEqual(body.errors, [{ message: 'Мы не нашли то, что вы ищете.' }], `${method} ${url}`)
    }
    const english = assertErrorShape(assert, await client.get('/api/unknown/deep/path?x=1'), 404)
    assert.deepEqual(english.errors, [{ message: 'We could not find what you were looking for.' }])
  })

  test('422 with field, rule and translated message', async ({ client, assert }) => {
    const english = assertErrorShape(assert, await client.post('/api/auth/tokens').json({ email: 'not-an-email', name: 'x'.repeat(61) }), 422)
    const byField = Object.fromEntries(english.errors.map((error) => [error.field, error]))
    assert.deepEqual(byField.email, { field: 'email', rule: 'email', message: 'Enter a valid email address, like name@example.com.' })
    assert.deepEqual(byField.password, { field: 'password', rule: 'required', message: 'Enter your password.' })
    assert.deepEqual(byField.name, { field: 'name', rule: 'maxLength', message: 'The name must be at most 60 characters long.' })

    const russian = assertErrorShape(assert, await client.post('/api/auth/tokens').header('accept-language', 'ru').json({ email: 'nope' }), 422)
    const ruByField = Object.fromEntries(russian.errors.map((error) => [error.field, error.message]))
    assert.equal(ruByField.email, 'Введите корректный адрес почты, например name@example.com.')
    assert.equal(ruByField.password, 'Введите пароль.')

    // The language cookie works for the API too.
    const viaCookie = new Visitor(client, { locale: 'ru' })
    const cookieResponse = await viaCookie.post('/api/auth/tokens', { csrf: false }).json({ email: 'nope', password: 'x' })
    assert.equal(assertErrorShape(assert, cookieResponse, 422).errors[0].message, 'Введите корректный адрес почты, например name@example.com.')
  })

  test('400 for a body that is not JSON, translated', async ({ client, assert }) => {
    const english = await client.post('/api/auth/tokens').json('{"email": "a@example.com", "password": ' as any)
    const body = assertErrorShape(assert, english, 400)
    assert.deepEqual(body.errors, [{ message: 'The request could not be understood.' }])

    const russian = await client.post('/api/auth/tokens').header('accept-language', 'ru').json('{{{' as any)
    assert.deepEqual(assertErrorShape(assert, russian, 400).errors, [{ message: 'Не удалось разобрать запрос.' }])
  })

  test('413 for a body over the limit, translated', async ({ client, assert }) => {
    const response = await client.post('/api/auth/tokens').json({ email: 'a@example.com', password: 'x'.repeat(300_000) })
    const body = assertErrorShape(assert, response, 413)
    assert.deepEqual(body.errors, [{ message: 'That is too much data for one request.' }])
    const russian = await client.post('/api/auth/tokens').header('accept-language', 'ru').form({ email: 'a@example.com', password: 'x'.repeat(300_000) })
    assert.deepEqual(assertErrorShape(assert, russian, 413).errors, [{ message: 'Слишком много данных для одного запроса.' }])
  })

  test('a malformed URL under /api is answered in the error shape', async ({ client, assert }) => {
    const response = await client.get('/api/%E0%A4%A').header('accept-language', 'ru')
    assert.isBelow(response.status(), 500)
    assertErrorShape(assert, response, 400)
    assert.deepEqual(response.body().errors, [{ message: 'Не удалось разобрать запрос.' }])
  })

  test('403 for a session request without the CSRF token (bearer requests need none)', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)
    const response = await visitor.delete('/api/auth/tokens/current', { csrf: false })
    const body = assertErrorShape(assert, response, 403)
    assert.deepEqual(body.errors, [{ message: 'Сессия истекла или форма устарела. Обновите страницу и попробуйте снова.' }])

    const { token } = (await client.post('/api/auth/tokens').json({ email: user.email, password: FACTORY_PASSWORD })).body()
    ;(await client.delete('/api/auth/tokens/current').bearerToken(token)).assertStatus(204)
  })

  test('429 in the error shape with Retry-After, translated, after the configured attempts', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const { requests } = parleyConfig.rateLimits.apiTokens
    for (let attempt = 1; attempt <= requests; attempt++) {
      const response = await client.post('/api/auth/tokens').json({ email: user.email, password: `wrong-${attempt}` })
      assert.equal(response.status(), 401, `attempt ${attempt}`)
    }

    const blocked = await client.post('/api/auth/tokens').json({ email: user.email, password: FACTORY_PASSWORD })
    const body = assertErrorShape(assert, blocked, 429)
    const retryAfter = Number(blocked.header('retry-after'))
    assert.isAbove(retryAfter, 0)
    assert.isAtMost(retryAfter, 60)
    assert.deepEqual(body.errors, [{ message: `Too many attempts. Please wait ${retryAfter} ${retryAfter === 1 ? 'second' : 'seconds'} and try again.` }])

    // Even the right password is refused while blocked; in Russian too.
    const russian = await client.post('/api/auth/tokens').header('accept-language', 'ru').json({ email: user.email.toUpperCase(), password: FACTORY_PASSWORD })
    const ruBody = assertErrorShape(assert, russian, 429)
    assert.match(ruBody.errors[0].message, /^Слишком много попыток\. Подождите \d+ секунд[уы]? и попробуйте снова\.$/)
    assert.isDefined(russian.header('retry-after'))
  })
})
