import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import PasswordResetToken from '#models/password_reset_token'
import User from '#models/user'
import AuthEvent from '#models/auth_event'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { Visitor, setCookiesOf } from '#tests/helpers/visitor'
import { freshStatePerTest } from '#tests/helpers/state'
import { expectNoMail, linkIn, waitForMail } from '#tests/helpers/mailbox'

const NEW_PASSWORD = 'saffron-glacier-violin-7'

async function requestReset(visitor: Visitor, email: string) {
  await visitor.prime('/forgot-password')
  return visitor.post('/forgot-password').form({ email })
}

/**
 * The reset token mailed to `email` (from the link in the mail).
 */
async function mailedToken(email: string) {
  const mail = await waitForMail(email, { subject: /Reset your Parley password|Сброс пароля Parley/ })
  const link = linkIn(mail, /^\/reset-password\/[^/]+$/)
  return { mail, link, token: decodeURIComponent(link.split('/').pop()!) }
}

async function submitReset(visitor: Visitor, token: string, password = NEW_PASSWORD, options: { json?: boolean } = {}) {
  await visitor.prime(`/reset-password/${encodeURIComponent(token)}`)
  const request = visitor.post('/reset-password')
  if (options.json) request.accept('json')
  return request.form({ token, password, passwordConfirmation: password })
}

test.group('Password reset', (group) => {
  freshStatePerTest(group)

  test('an unknown address gets exactly the same answer as a known one, and no mail', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const unknown = 'not-registered@example.com'

    const known = new Visitor(client)
    const stranger = new Visitor(client)
    const knownResponse = await requestReset(known, user.email)
    const unknownResponse = await requestReset(stranger, unknown)

    for (const response of [knownResponse, unknownResponse]) {
      response.assertStatus(302)
      assert.equal(response.header('location'), '/forgot-password')
    }
    assert.equal(known.flash().success, `If an account exists for ${user.email}, a reset link is on its way. It works for one hour.`)
    assert.equal(stranger.flash().success, `If an account exists for ${unknown}, a reset link is on its way. It works for one hour.`)
    assert.equal(
      known.flash().success.replace(user.email, '<email>'),
      stranger.flash().success.replace(unknown, '<email>')
    )
    // Same cookies set (names and flags), same headers apart from ids and dates.
    const shape = (response: typeof knownResponse) =>
      setCookiesOf(response)
        .map((cookie) => `${/^[0-9a-f-]{36}$/.test(cookie.name) ? '<session-data>' : cookie.name};${Object.keys(cookie.attributes).sort().join(',')}`)
        .sort()
    assert.deepEqual(shape(knownResponse), shape(unknownResponse))
    assert.sameMembers(Object.keys(knownResponse.headers()), Object.keys(unknownResponse.headers()))

    // Only the real account gets a mail and a token.
    const { mail } = await mailedToken(user.email)
    assert.equal(mail.subject, 'Reset your Parley password')
    await expectNoMail(unknown)
    assert.lengthOf(await PasswordResetToken.all(), 1)
  })

  test('the token works once: the password changes, the user is signed in, other sessions are out', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const otherDevice = new Visitor(client)
    await otherDevice.login(user.email, FACTORY_PASSWORD, { remember: true })

    await requestReset(new Visitor(client), user.email)
    const { token } = await mailedToken(user.email)
    assert.notInclude(JSON.stringify(await db.from('password_reset_tokens')), token, 'only a hash of the token is stored')

    const visitor = new Visitor(client)
    const form = await visitor.get(`/reset-password/${encodeURIComponent(token)}`).withInertia()
    form.assertStatus(200)
    assert.equal(form.body().component, 'auth/reset_password')

    const response = await submitReset(visitor, token)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/')
    assert.equal(visitor.flash().success, 'Your password is changed. Other devices were signed out.')
    assert.equal((await visitor.currentUser())?.email, user.email)

    // The new password works, the old one does not.
    ;(await new Visitor(client).login(user.email, NEW_PASSWORD)).assertStatus(302)
    await assert.rejects(() => new Visitor(client).login(user.email, FACTORY_PASSWORD))

    // The device signed in before is out, remembered or not.
    const settings = await otherDevice.get('/settings')
    settings.assertStatus(302)
    assert.equal(settings.header('location'), '/login')
    assert.lengthOf(await db.from('remember_me_tokens').where('tokenable_id', user.id), 0)

    // A second use fails with the translated message, and changes nothing.
    const second = await submitReset(new Visitor(client, { locale: 'ru' }), token, 'another-fresh-password-8', { json: true })
    second.assertStatus(422)
    assert.deepEqual(second.body(), {
      errors: [{ field: 'password', rule: 'token_invalid', message: 'Эта ссылка больше не действует — возможно, ею уже воспользовались. Запросите новую.' }],
    })
    const again = new Visitor(client)
    const formSecond = await submitReset(again, token, 'another-fresh-password-8')
    formSecond.assertStatus(302)
    assert.deepEqual(again.fieldErrors().password, ['This reset link is not valid any more. It may have been used already. Ask for a new one.'])
    ;(await new Visitor(client).login(user.email, NEW_PASSWORD)).assertStatus(302)

    const events = await AuthEvent.query().where('user_id', user.id).whereIn('event', ['password_reset_requested', 'password_reset'])
    assert.sameMembers(events.map((event) => event.event), ['password_reset_requested', 'password_reset'])
    for (const event of await AuthEvent.all()) {
      assert.notInclude(event.meta ?? '', token)
      assert.notInclude(event.meta ?? '', NEW_PASSWORD)
    }
  })

  test('a reset proves access to the mailbox: an unverified address becomes verified', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').create()
    await requestReset(new Visitor(client), user.email)
    const { token } = await mailedToken(user.email)
    ;(await submitReset(new Visitor(client), token)).assertStatus(302)
    await user.refresh()
    assert.isNotNull(user.emailVerifiedAt)
  })

  test('an expired token is refused with its own translated message', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await requestReset(new Visitor(client), user.email)
    const { token } = await mailedToken(user.email)

    const record = await PasswordResetToken.findByOrFail('user_id', user.id)
    record.expiresAt = DateTime.now().minus({ minutes: 1 })
    await record.save()

    const english = await submitReset(new Visitor(client), token, NEW_PASSWORD, { json: true })
    english.assertStatus(422)
    assert.deepEqual(english.body().errors, [{ field: 'password', rule: 'token_expired', message: 'This reset link has expired. Ask for a new one.' }])
    const russian = await submitReset(new Visitor(client, { acceptLanguage: 'ru' }), token, NEW_PASSWORD, { json: true })
    assert.equal(russian.body().errors[0].message, 'Срок действия ссылки истёк. Запросите новую.')

    await assert.rejects(() => new Visitor(client).login(user.email, NEW_PASSWORD))
    ;(await new Visitor(client).login(user.email, FACTORY_PASSWORD)).assertStatus(302)
  })

  test('a new request replaces the earlier link', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await requestReset(new Visitor(client), user.email)
    const first = await mailedToken(user.email)
    await requestReset(new Visitor(client), user.email)
    await waitForMail(user.email, { count: 2 })
    const { token: second } = await mailedToken(user.email)
    assert.notEqual(first.token, second)

    const stale = await submitReset(new Visitor(client), first.token, NEW_PASSWORD, { json: true })
    stale.assertStatus(422)
    assert.equal(stale.body().errors[0].rule, 'token_invalid')
    ;(await submitReset(new Visitor(client), second)).assertStatus(302)
  })

  test('a made-up token, a weak new password and a mismatch are refused', async ({ client, assert }) => {
    const madeUp = await submitReset(new Visitor(client), 'x'.repeat(43), NEW_PASSWORD, { json: true })
    madeUp.assertStatus(422)
    assert.equal(madeUp.body().errors[0].message, 'This reset link is not valid any more. It may have been used already. Ask for a new one.')

    const user = await UserFactory.create()
    await requestReset(new Visitor(client), user.email)
    const { token } = await mailedToken(user.email)

    const weak = await submitReset(new Visitor(client), token, 'qwerty123', { json: true })
    weak.assertStatus(422)
    assert.deepEqual(weak.body().errors.map((error: any) => error.rule), ['notCommonPassword'])

    const visitor = new Visitor(client, { locale: 'ru' })
    await visitor.prime()
    const mismatch = await visitor.post('/reset-password').accept('json').json({ token, password: NEW_PASSWORD, passwordConfirmation: 'something-else-1' })
    mismatch.assertStatus(422)
    assert.deepEqual(mismatch.body().errors.map((error: any) => [error.field, error.message]), [['passwordConfirmation', 'Пароли не совпадают.']])

    // None of that spent the token.
    ;(await submitReset(new Visitor(client), token)).assertStatus(302)
    assert.isTrue(await (await User.findOrFail(user.id)).password !== null)
  })

  test('the reset mail is written in the user\'s language', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    await requestReset(new Visitor(client), user.email)
    const { mail, link } = await mailedToken(user.email)
    assert.equal(mail.subject, 'Сброс пароля Parley')
    assert.include(mail.text ?? '', link)
  })
})
