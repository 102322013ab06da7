import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AuthEvent from '#models/auth_event'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { emailChangeUrl } from '#services/account_links'
import { Visitor, pageUrl, toPath, signedInVisitor } from '#tests/helpers/visitor'
import { freshStatePerTest } from '#tests/helpers/state'
import { expectNoMail, linkIn, waitForMail } from '#tests/helpers/mailbox'

const NEW_PASSWORD = 'cobalt-meadow-quartz-5'

const signedIn = signedInVisitor

async function isSignedIn(visitor: Visitor) {
  return (await visitor.get('/settings')).status() === 200
}

function errorsByField(body: any): Record<string, { message: string; rule: string }> {
  return Object.fromEntries(body.errors.map((error: any) => [error.field, error]))
}

test.group('Settings: change email', (group) => {
  freshStatePerTest(group)

  test('needs the current password', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)

    const wrong = await visitor.put('/settings/email').header('referer', pageUrl('/settings')).form({ email: 'moved@example.com', currentPassword: 'not-my-password' })
    wrong.assertStatus(302)
    assert.equal(toPath(wrong.header('location')!), '/settings')
    assert.deepEqual(visitor.fieldErrors().currentPassword, ['The current password is not right.'])

    const missing = await visitor.put('/settings/email').accept('json').json({ email: 'moved@example.com' })
    missing.assertStatus(422)
    assert.deepEqual(errorsByField(missing.body()).currentPassword.message, 'The current password is not right.')

    await user.refresh()
    assert.isNull(user.pendingEmail)
    await expectNoMail('moved@example.com')
  })

  test('the current password error is translated for a Russian user', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    const visitor = await signedIn(client, user)
    const response = await visitor.put('/settings/email').accept('json').json({ email: 'moved@example.com', currentPassword: 'nope' })
    response.assertStatus(422)
    assert.equal(errorsByField(response.body()).currentPassword.message, 'Текущий пароль указан неверно.')
  })

  test('the confirmation link mailed to the new address moves the account', async ({ client, assert }) => {
    const user = await UserFactory.merge({ email: 'before@example.com' }).create()
    const visitor = await signedIn(client, user)

    const response = await visitor.put('/settings/email').header('referer', pageUrl('/settings')).form({ email: 'After@Example.com', currentPassword: FACTORY_PASSWORD })
    response.assertStatus(302)
    assert.equal(visitor.flash().success, 'We sent a confirmation link to after@example.com. Your address changes when you open it.')

    // Nothing changes until the link is opened.
    await user.refresh()
    assert.equal(user.email, 'before@example.com')
    assert.equal(user.pendingEmail, 'after@example.com')
    const settings = await visitor.inertia('/settings')
    assert.equal(settings.body().props.account.pendingEmail, 'after@example.com')

    const mail = await waitForMail('after@example.com')
    assert.equal(mail.subject, 'Confirm your new email for Parley')
    // The current address is warned, without the new address in full.
    const notice = await waitForMail('before@example.com')
    assert.equal(notice.subject, 'Your Parley email address is changing')
    assert.include(notice.text ?? '', 'af•••@example.com')
    assert.notInclude(notice.text ?? '', 'after@example.com')
    assert.notInclude(notice.text ?? '', '/email/confirm-change/', 'the old address never gets the confirmation link')
    const link = linkIn(mail, /^\/email\/confirm-change\/\d+$/)

    // Opened in any browser (the mail client's), signed in or not.
    const confirm = await new Visitor(client).get(link).withInertia()
    confirm.assertStatus(200)
    assert.equal(confirm.body().props.outcome, 'email_changed')

    await user.refresh()
    assert.equal(user.email, 'after@example.com')
    assert.isNull(user.pendingEmail)
    assert.isNotNull(user.emailVerifiedAt)

    ;(await new Visitor(client).login('after@example.com', FACTORY_PASSWORD)).assertStatus(302)
    await assert.rejects(() => new Visitor(client).login('before@example.com', FACTORY_PASSWORD))
    assert.includeMembers(
      (await AuthEvent.query().where('user_id', user.id)).map((event) => event.event),
      ['email_change_requested', 'email_changed']
    )

    // The link is spent.
    const again = await new Visitor(client).get(link).withInertia()
    again.assertStatus(403)
    assert.equal(again.body().props.outcome, 'invalid')
  })

  test('a confirmation link is refused when tampered, superseded or when the address was taken meanwhile', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)

    ;(await visitor.put('/settings/email').form({ email: 'first-choice@example.com', currentPassword: FACTORY_PASSWORD })).assertStatus(302)
    const firstLink = linkIn(await waitForMail('first-choice@example.com'), /^\/email\/confirm-change\/\d+$/)
    const tampered = firstLink.replace(/signature=([^&])/, (_match, char) => `signature=${char === 'A' ? 'B' : 'A'}`)
    ;(await new Visitor(client).get(tampered)).assertStatus(403)

    // A second request supersedes the first link.
    ;(await visitor.put('/settings/email').form({ email: 'second-choice@example.com', currentPassword: FACTORY_PASSWORD })).assertStatus(302)
    const secondLink = linkIn(await waitForMail('second-choice@example.com'), /^\/email\/confirm-change\/\d+$/)
    ;(await new Visitor(client).get(firstLink)).assertStatus(403)
    await user.refresh()
    assert.equal(user.pendingEmail, 'second-choice@example.com')

    // Meanwhile somebody else registers the address.
    await UserFactory.merge({ email: 'second-choice@example.com' }).create()
    const taken = await new Visitor(client).get(secondLink).withInertia()
    taken.assertStatus(409)
    assert.equal(taken.body().props.outcome, 'email_taken')
    await user.refresh()
    assert.notEqual(user.email, 'second-choice@example.com')

    // An expired link does nothing either.
    user.pendingEmail = 'third-choice@example.com'
    await user.save()
    ;(await new Visitor(client).get(toPath(emailChangeUrl(user, -1000)))).assertStatus(403)
    await user.refresh()
    assert.equal(user.pendingEmail, 'third-choice@example.com')
  })

  test('the same address, a taken address and a malformed address are refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const other = await UserFactory.create()
    const visitor = await signedIn(client, user)

    const same = await visitor.put('/settings/email').accept('json').json({ email: user.email.toUpperCase(), currentPassword: FACTORY_PASSWORD })
    same.assertStatus(422)
    assert.deepEqual(errorsByField(same.body()).email, { field: 'email', message: 'This is already your email address.', rule: 'different' } as any)

    const taken = await visitor.put('/settings/email').accept('json').json({ email: other.email, currentPassword: FACTORY_PASSWORD })
    taken.assertStatus(422)
    assert.equal(errorsByField(taken.body()).email.message, 'This email address is already in use.')

    const malformed = await visitor.put('/settings/email').accept('json').json({ email: 'nope', currentPassword: FACTORY_PASSWORD })
    malformed.assertStatus(422)
    assert.equal(errorsByField(malformed.body()).email.message, 'Enter a valid email address, like name@example.com.')
  })

  test('a signed-out visitor cannot change an address', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    await visitor.prime()
    const response = await visitor.put('/settings/email').form({ email: 'x@example.com', currentPassword: 'whatever' })
    response.assertStatus(302)
    assert.equal(response.header('location'), '/login')
  })
})

test.group('Settings: change password', (group) => {
  freshStatePerTest(group)

  test('needs the current password', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)
    const response = await visitor.put('/settings/password').accept('json').json({
      currentPassword: 'wrong-password',
      password: NEW_PASSWORD,
      passwordConfirmation: NEW_PASSWORD,
    })
    response.assertStatus(422)
    assert.deepEqual(response.body().errors, [{ field: 'currentPassword', message: 'The current password is not right.', rule: 'credentials' }])
    await assert.rejects(() => new Visitor(client).login(user.email, NEW_PASSWORD))
  })

  test('the new password must be strong and confirmed', async ({ client, assert }) => {
    const user = await UserFactory.apply('russian').create()
    const visitor = await signedIn(client, user)
    const common = await visitor.put('/settings/password').accept('json').json({
      currentPassword: FACTORY_PASSWORD,
      password: 'password123',
      passwordConfirmation: 'password123',
    })
    common.assertStatus(422)
    assert.deepEqual(common.body().errors, [
      { field: 'password', rule: 'notCommonPassword', message: 'Этот пароль слишком распространён и легко угадывается. Выберите другой.' },
    ])

    const mismatch = await visitor.put('/settings/password').accept('json').json({
      currentPassword: FACTORY_PASSWORD,
      password: NEW_PASSWORD,
      passwordConfirmation: `${NEW_PASSWORD}x`,
    })
    mismatch.assertStatus(422)
    assert.deepEqual(mismatch.body().errors.map((error: any) => [error.field, error.message]), [['passwordConfirmation', 'Пароли не совпадают.']])
    await assert.rejects(() => new Visitor(client).login(user.email, NEW_PASSWORD))
  })

  test('a new password signs out the other sessions, keeps this one, and works for the next login', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)
    const other = await signedIn(client, user, { remember: true })
    assert.lengthOf(await db.from('remember_me_tokens').where('tokenable_id', user.id), 1)

    const response = await visitor.put('/settings/password').header('referer', pageUrl('/settings')).form({
      currentPassword: FACTORY_PASSWORD,
      password: NEW_PASSWORD,
      passwordConfirmation: NEW_PASSWORD,
    })
    response.assertStatus(302)
    assert.equal(toPath(response.header('location')!), '/settings')
    assert.equal(visitor.flash().success, 'Your password is changed. Other sessions were signed out.')

    assert.isTrue(await isSignedIn(visitor))
    assert.isFalse(await isSignedIn(other))
    other.dropSession()
    assert.isFalse(await isSignedIn(other), 'the remembered device cannot sign back in')
    assert.lengthOf(await db.from('remember_me_tokens').where('tokenable_id', user.id), 0)

    ;(await new Visitor(client).login(user.email, NEW_PASSWORD)).assertStatus(302)
    await assert.rejects(() => new Visitor(client).login(user.email, FACTORY_PASSWORD))
    assert.lengthOf(await AuthEvent.query().where('event', 'password_changed').where('user_id', user.id), 1)
  })

  test('a failed attempt does not keep the passwords in the session', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)
    const response = await visitor.put('/settings/password').header('referer', pageUrl('/settings')).form({
      currentPassword: FACTORY_PASSWORD,
      password: 'qwerty123',
      passwordConfirmation: 'qwerty123',
    })
    response.assertStatus(302)
    assert.property(visitor.fieldErrors(), 'password')
    const session = JSON.stringify(visitor.session())
    assert.notInclude(session, FACTORY_PASSWORD)
    assert.notInclude(session, 'qwerty123')

    // Nor does a refused CSRF token.
    await visitor.put('/settings/password', { csrf: false }).header('referer', pageUrl('/settings')).form({
      currentPassword: FACTORY_PASSWORD,
      password: NEW_PASSWORD,
      passwordConfirmation: NEW_PASSWORD,
    })
    assert.property(visitor.flash(), 'error')
    assert.notInclude(JSON.stringify(visitor.session()), FACTORY_PASSWORD)
    assert.notInclude(JSON.stringify(visitor.session()), NEW_PASSWORD)
  })
})

test.group('Settings: profile', (group) => {
  freshStatePerTest(group)

  test('the name is saved; a picture URL sent with it is ignored (pictures are uploaded)', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)

    const saved = await visitor
      .put('/settings/profile')
      .header('referer', pageUrl('/settings'))
      .json({ displayName: '  Grace Hopper ', avatarUrl: 'https://tracker.example.com/pixel.png' })
    saved.assertStatus(302)
    assert.equal(visitor.flash().success, 'Your changes are saved.')
    await user.refresh()
    assert.equal(user.displayName, 'Grace Hopper')
    assert.isNull(user.avatarUrl)

    const refused = await visitor.put('/settings/profile').accept('json').json({ displayName: 'G' })
    refused.assertStatus(422)
    assert.equal(errorsByField(refused.body()).displayName.rule, 'minLength')
  })
})
