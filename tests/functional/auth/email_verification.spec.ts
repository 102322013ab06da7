import { test } from '@japa/runner'
import User from '#models/user'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { emailVerificationUrl } from '#services/account_links'
import { Visitor, toPath, pageUrl } from '#tests/helpers/visitor'
import { freshStatePerTest } from '#tests/helpers/state'
import { linkIn, waitForMail, waitForMails } from '#tests/helpers/mailbox'

/**
 * Changes one character of a query parameter of a path.
 */
function tamper(path: string, param: string) {
  const url = new URL(path, 'http://localhost')
  const value = url.searchParams.get(param)!
  const index = Math.floor(value.length / 2)
  const swapped = value[index] === 'A' ? 'B' : 'A'
  url.searchParams.set(param, value.slice(0, index) + swapped + value.slice(index + 1))
  return `${url.pathname}${url.search}`
}

test.group('Email verification link', (group) => {
  freshStatePerTest(group)

  test('a valid link opened in another browser confirms the address', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').create()
    const link = toPath(emailVerificationUrl(user))

    const response = await new Visitor(client).get(link).withInertia()
    response.assertStatus(200)
    assert.equal(response.body().component, 'auth/verify_result')
    assert.equal(response.body().props.outcome, 'verified')

    await user.refresh()
    assert.isNotNull(user.emailVerifiedAt)

    // A second click says so, without changing anything.
    const again = await new Visitor(client).get(link).withInertia()
    again.assertStatus(200)
    assert.equal(again.body().props.outcome, 'already_verified')
  })

  test('the signed-in owner is sent home with a translated notice', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').apply('russian').create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)

    const response = await visitor.get(toPath(emailVerificationUrl(user)))
    response.assertStatus(302)
    assert.equal(response.header('location'), '/')
    assert.equal(visitor.flash().success, 'Спасибо! Адрес почты подтверждён.')
    const home = await visitor.follow(response)
    assert.equal(home.body().props.user.emailVerified, true)
  })

  test('an expired link is refused with a 403 page and does not verify', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').create()
    const expired = toPath(emailVerificationUrl(user, -1000))

    const response = await new Visitor(client).get(expired).withInertia()
    response.assertStatus(403)
    assert.equal(response.body().component, 'auth/verify_result')
    assert.equal(response.body().props.outcome, 'invalid')

    const html = await new Visitor(client, { locale: 'ru' }).get(expired)
    html.assertStatus(403)
    assert.include(html.text(), 'Ссылка не работает')

    await user.refresh()
    assert.isNull(user.emailVerifiedAt)
  })

  test('a short-lived link stops working once its time is up', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').create()
    const shortLived = toPath(emailVerificationUrl(user, 1500))
    await new Promise((resolve) => setTimeout(resolve, 1700))

    const response = await new Visitor(client).get(shortLived)
    response.assertStatus(403)
    await user.refresh()
    assert.isNull(user.emailVerifiedAt)
  })

  test('tampered links are refused', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').create()
    const other = await UserFactory.apply('unverified').create()
    const link = toPath(emailVerificationUrl(user))

    const variants = [
      tamper(link, 'signature'),
      tamper(link, 'h'),
      // Same signature, another user's id.
      link.replace(`/email/verify/${user.id}?`, `/email/verify/${other.id}?`),
      // No signature at all.
      link.replace(/([?&])signature=[^&]+/, '$1'),
      // Someone else's address fingerprint with this user's id, signature unchanged.
      link.replace(/h=[^&]+/, `h=${new URL(emailVerificationUrl(other), 'http://x').searchParams.get('h')}`),
    ]
    for (const variant of variants) {
      const response = await new Visitor(client).get(variant).withInertia()
      assert.equal(response.status(), 403, variant)
      assert.equal(response.body().props.outcome, 'invalid', variant)
    }

    await user.refresh()
    await other.refresh()
    assert.isNull(user.emailVerifiedAt)
    assert.isNull(other.emailVerifiedAt)
  })

  test('a link sent to the old address stops working once the address changed', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').merge({ email: 'old.address@example.com' }).create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)

    // The link mailed to the old address.
    ;(await visitor.post('/email/verification').header('referer', '/settings')).assertStatus(302)
    const oldMail = await waitForMail('old.address@example.com', { subject: 'Confirm your email for Parley' })
    const oldLink = linkIn(oldMail, /^\/email\/verify\/\d+$/)

    // Move the account to a new address (confirmed through its own link).
    const change = await visitor.put('/settings/email').form({ email: 'new.address@example.com', currentPassword: FACTORY_PASSWORD })
    change.assertStatus(302)
    const changeMail = await waitForMail('new.address@example.com')
    const confirm = await visitor.get(linkIn(changeMail, /^\/email\/confirm-change\/\d+$/))
    confirm.assertStatus(200)
    await user.refresh()
    assert.equal(user.email, 'new.address@example.com')

    // Reset the confirmation to see the old link is really refused.
    user.emailVerifiedAt = null
    await user.save()
    const response = await new Visitor(client).get(oldLink).withInertia()
    response.assertStatus(403)
    assert.equal(response.body().props.outcome, 'invalid')
    await user.refresh()
    assert.isNull(user.emailVerifiedAt)
  })

  test('a signed-in unverified user can ask for a new link, a verified one is told it is done', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)

    const response = await visitor.post('/email/verification').header('referer', pageUrl('/settings'))
    response.assertStatus(302)
    assert.equal(toPath(response.header('location')!), '/settings')
    assert.equal(visitor.flash().success, `A new confirmation link is on its way to ${user.email}.`)
    const mails = await waitForMails(user.email, { subject: 'Confirm your email for Parley' })
    const fresh = linkIn(mails[mails.length - 1], /^\/email\/verify\/\d+$/)
    ;(await visitor.get(fresh)).assertStatus(302)
    assert.isNotNull((await User.findOrFail(user.id)).emailVerifiedAt)

    const again = await visitor.post('/email/verification')
    again.assertStatus(302)
    assert.equal(visitor.flash().success, 'Your email address is already confirmed.')
  })

  test('asking for a new link needs a session', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    await visitor.prime()
    const response = await visitor.post('/email/verification')
    response.assertStatus(302)
    assert.equal(response.header('location'), '/login')
  })
})
