import { test } from '@japa/runner'
import type { ApiResponse } from '@japa/api-client'
import User from '#models/user'
import ContactMessage from '#models/contact_message'
import { parleyConfig } from '#config/parley'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { Visitor, pageUrl } from '#tests/helpers/visitor'
import { freshStatePerTest, uniqueEmail } from '#tests/helpers/state'
import { mailsTo, settleMails, waitForMails } from '#tests/helpers/mailbox'

const limits = parleyConfig.rateLimits

function retryAfterOf(response: ApiResponse) {
  const value = Number(response.header('retry-after'))
  if (!Number.isInteger(value) || value <= 0 || value > 60) {
    throw new Error(`Retry-After should be 1..60 seconds, got ${response.header('retry-after')}`)
  }
  return value
}

function englishMessage(seconds: number) {
  return `Too many attempts. Please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`
}

function russianMessage(seconds: number) {
  const mod10 = seconds % 10
  const mod100 = seconds % 100
  const unit =
    mod10 === 1 && mod100 !== 11
      ? 'секунду'
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? 'секунды'
        : 'секунд'
  return `Слишком много попыток. Подождите ${seconds} ${unit} и попробуйте снова.`
}

/**
 * The HTML 429 page: status, header and the translated message in the markup.
 */
function assertThrottledPage(assert: any, response: ApiResponse, language: 'en' | 'ru') {
  response.assertStatus(429)
  const seconds = retryAfterOf(response)
  const message = language === 'en' ? englishMessage(seconds) : russianMessage(seconds)
  const html = response.text().replace(/&#x27;|&#39;/g, "'")
  assert.include(html, message)
  assert.match(response.header('content-type') ?? '', /text\/html/)
}

test.group('Rate limits', (group) => {
  freshStatePerTest(group)

  test(`log in: ${limits.login.requests} attempts per minute, then a 429 page with Retry-After`, async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.prime('/login')
    for (let attempt = 1; attempt <= limits.login.requests; attempt++) {
      const response = await visitor.post('/login').form({ email: user.email, password: `guess-${attempt}` })
      assert.equal(response.status(), 302, `attempt ${attempt}`)
    }

    // Blocked, even with the right password.
    const blocked = await visitor.post('/login').form({ email: user.email, password: FACTORY_PASSWORD })
    assertThrottledPage(assert, blocked, 'en')
    assert.notProperty(visitor.session(), 'auth_web')

    // In Russian for a Russian visitor (same IP and address, still blocked).
    const russian = new Visitor(client, { locale: 'ru' })
    await russian.prime('/login')
    assertThrottledPage(assert, await russian.post('/login').form({ email: user.email, password: FACTORY_PASSWORD }), 'ru')

    // The address is part of the key: another account is not locked out.
    const other = await UserFactory.create()
    ;(await new Visitor(client).login(other.email, FACTORY_PASSWORD)).assertStatus(302)
  })

  test('log in from the Inertia form: back to the form with the message as a toast', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.prime('/login')
    for (let attempt = 1; attempt <= limits.login.requests; attempt++) {
      await visitor.post('/login').withInertia().header('referer', pageUrl('/login')).json({ email: user.email, password: `guess-${attempt}` })
    }
    const blocked = await visitor.post('/login').withInertia().header('referer', pageUrl('/login')).json({ email: user.email, password: FACTORY_PASSWORD })
    assert.oneOf(blocked.status(), [302, 303])
    const seconds = retryAfterOf(blocked)
    assert.equal(visitor.flash().error, englishMessage(seconds))
    const page = await visitor.follow(blocked)
    assert.equal(page.body().flash?.error, englishMessage(seconds))
  })

  test(`sign up: ${limits.signup.requests} attempts per minute`, async ({ client, assert }) => {
    const email = uniqueEmail('flood')
    const visitor = new Visitor(client, { acceptLanguage: 'ru' })
    await visitor.prime('/signup')
    for (let attempt = 1; attempt <= limits.signup.requests; attempt++) {
      const response = await visitor.post('/signup').accept('json').json({ displayName: 'Flood', email, password: 'qwerty123', acceptTerms: true })
      assert.equal(response.status(), 422, `attempt ${attempt}`)
    }
    const blocked = await visitor.post('/signup').form({ displayName: 'Flood', email, password: 'plum-orbit-lantern-9', acceptTerms: 'on' })
    assertThrottledPage(assert, blocked, 'ru')
    assert.isNull(await User.findBy('email', email))
  })

  test(`forgot password: ${limits.passwordReset.requests} requests per minute, and no more mails`, async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.prime('/forgot-password')
    for (let attempt = 1; attempt <= limits.passwordReset.requests; attempt++) {
      const response = await visitor.post('/forgot-password').form({ email: user.email })
      assert.equal(response.status(), 302, `attempt ${attempt}`)
    }
    const blocked = await visitor.post('/forgot-password').form({ email: user.email })
    assertThrottledPage(assert, blocked, 'en')

    // One mail per accepted request, none for the refused one.
    await waitForMails(user.email, { count: limits.passwordReset.requests, timeoutMs: 4000 })
    await settleMails(300)
    assert.lengthOf(await mailsTo(user.email), limits.passwordReset.requests)
  })

  test('reset password submissions are limited too', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    await visitor.prime()
    for (let attempt = 1; attempt <= limits.passwordReset.requests; attempt++) {
      const response = await visitor.post('/reset-password').accept('json').json({ token: `guess-${attempt}`, password: 'saffron-glacier-violin-7', passwordConfirmation: 'saffron-glacier-violin-7' })
      assert.equal(response.status(), 422, `attempt ${attempt}`)
    }
    const blocked = await visitor.post('/reset-password').form({ token: 'guess', password: 'saffron-glacier-violin-7', passwordConfirmation: 'saffron-glacier-violin-7' })
    assertThrottledPage(assert, blocked, 'en')
  })

  test(`contact form: ${limits.contact.requests} messages per minute`, async ({ client, assert }) => {
    const email = uniqueEmail('chatty')
    const visitor = new Visitor(client, { locale: 'ru' })
    await visitor.prime('/contact')
    for (let attempt = 1; attempt <= limits.contact.requests; attempt++) {
      const response = await visitor.post('/contact').form({ name: 'Chatty', email, topic: 'question', message: `Question number ${attempt}, please answer.` })
      assert.equal(response.status(), 302, `attempt ${attempt}`)
    }
    const blocked = await visitor.post('/contact').form({ name: 'Chatty', email, topic: 'question', message: 'One more question, please.' })
    assertThrottledPage(assert, blocked, 'ru')
    assert.lengthOf(await ContactMessage.query().where('email', email), limits.contact.requests)
  })

  test(`API tokens: ${limits.apiTokens.requests} attempts per minute, then JSON 429`, async ({ client, assert }) => {
    const user = await UserFactory.create()
    for (let attempt = 1; attempt <= limits.apiTokens.requests; attempt++) {
      const response = await client.post('/api/auth/tokens').json({ email: user.email, password: `guess-${attempt}` })
      assert.equal(response.status(), 401, `attempt ${attempt}`)
    }
    const blocked = await client.post('/api/auth/tokens').header('accept-language', 'ru').json({ email: user.email, password: FACTORY_PASSWORD })
    blocked.assertStatus(429)
    assert.deepEqual(blocked.body(), { errors: [{ message: russianMessage(retryAfterOf(blocked)) }] })
    assert.lengthOf(await User.accessTokens.all(user), 0)
  })
  test(`co-op: ${limits.coop.requests} room calls a minute per player, lookups by code included, so invite codes cannot be walked`, async ({ client, assert }) => {
    const user = await UserFactory.create()
    const token = (await User.accessTokens.create(user)).value!.release()
    const letters = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
    for (let guess = 1; guess <= limits.coop.requests; guess++) {
      const response = await client.get(`/api/coop/rooms/ZZZZ${letters[Math.floor(guess / 31)]}${letters[guess % 31]}`).bearerToken(token)
      assert.equal(response.status(), 404, `guess ${guess}`)
    }
    const blocked = await client.get('/api/coop/rooms/ZZZZZZ').bearerToken(token)
    blocked.assertStatus(429)
    assert.deepEqual(blocked.body(), { errors: [{ message: englishMessage(retryAfterOf(blocked)) }] })
    const ticket = await client.post('/api/coop/tickets').bearerToken(token).json({ room: 'ZZZZZZ' })
    ticket.assertStatus(429)
  })
})
