import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import OauthIdentity from '#models/oauth_identity'
import { OAuthProviders } from '#tests/support/oauth_providers'
import { hydrated } from '#tests/support/browser'

/**
 * GitHub and Google sign-in against real OAuth 2 servers on loopback
 * (oauth2-mock-server at the URLs in .env.test): the browser follows the
 * whole redirect dance, Ally exchanges the code and reads the profile.
 */
test.group('OAuth sign-in', (group) => {
  const providers = new OAuthProviders()
  group.setup(async () => {
    await providers.start()
    return () => providers.stop()
  })
  group.each.setup(() => testUtils.db().truncate())

  test('a new player signs up with GitHub', async ({ visit, assert }) => {
    providers.githubProfile = {
      id: 4242,
      login: 'octomira',
      name: 'Octo Mira',
      email: 'octo.mira@example.com',
      avatar_url: 'https://avatars.example.com/u/4242',
    }

    const page = await hydrated(await visit('/signup'))
    await page.getByRole('link', { name: 'Continue with GitHub' }).click()
    await page.waitForURL((url) => url.pathname === '/' && url.port === process.env.PORT)
    await page.assertTextContains('body', 'Welcome to Parley, Octo Mira!')
    await page.assertTextContains('.site-header', 'Octo Mira')

    const user = await User.findByOrFail('email', 'octo.mira@example.com')
    assert.isNotNull(user.emailVerifiedAt, 'GitHub vouched for the address')
    assert.isNull(user.password)
    assert.equal(user.avatarUrl, 'https://avatars.example.com/u/4242')
    assert.equal(user.termsVersion, '2026-11-01')
    const identity = await OauthIdentity.findByOrFail('user_id', user.id)
    assert.equal(identity.provider, 'github')
    assert.equal(identity.providerUserId, '4242')
  })

  test('a returning GitHub player is signed in to the same account', async ({ visit, assert }) => {
    providers.githubProfile = { id: 77, login: 'back', name: 'Back Again', email: 'back@example.com' }
    const first = await hydrated(await visit('/login'))
    await first.getByRole('link', { name: 'Continue with GitHub' }).click()
    await first.waitForURL((url) => url.pathname === '/' && url.port === process.env.PORT)

    // A new browser session: signed out, same GitHub account.
    await first.context().clearCookies()
    const second = await hydrated(await visit('/login'))
    await second.getByRole('link', { name: 'Continue with GitHub' }).click()
    await second.waitForURL((url) => url.pathname === '/' && url.port === process.env.PORT)
    await second.assertTextContains('.site-header', 'Back Again')

    assert.lengthOf(await User.all(), 1)
    assert.lengthOf(await OauthIdentity.all(), 1)
  })

  test('Google links to the existing account with the same verified email', async ({ visit, assert }) => {
    const existing = await User.create({
      email: 'gina@example.com',
      password: 'a-long-secret-phrase',
      displayName: 'Gina Existing',
    })
    providers.googleProfile = { sub: 'google-555', name: 'Gina G', email: 'gina@example.com', email_verified: true }

    const page = await hydrated(await visit('/login'))
    await page.getByRole('link', { name: 'Continue with Google' }).click()
    await page.waitForURL((url) => url.pathname === '/' && url.port === process.env.PORT)
    await page.assertTextContains('.site-header', 'Gina Existing')

    assert.lengthOf(await User.all(), 1)
    const identity = await OauthIdentity.findByOrFail('provider_user_id', 'google-555')
    assert.equal(identity.userId, existing.id)
    await existing.refresh()
    assert.isNotNull(existing.emailVerifiedAt)
  })

  test('an unverified provider address never takes over an existing account', async ({ visit, assert }) => {
    await User.create({ email: 'owner@example.com', password: 'a-long-secret-phrase', displayName: 'Owner' })
    providers.googleProfile = { sub: 'google-666', name: 'Impostor', email: 'owner@example.com', email_verified: false }

    const page = await hydrated(await visit('/login'))
    await page.getByRole('link', { name: 'Continue with Google' }).click()
    await page.waitForURL((url) => url.pathname === '/login' && url.port === process.env.PORT)
    await page.assertTextContains('.flash-error', 'Google has not verified the address')
    await page.assertTextContains('.site-header', 'Log in')

    assert.lengthOf(await OauthIdentity.all(), 0)
  })

  test('denying consent at the provider changes nothing', async ({ visit, assert }) => {
    providers.denyNextAuthorization('github')
    const page = await hydrated(await visit('/signup'))
    await page.getByRole('link', { name: 'Continue with GitHub' }).click()
    await page.waitForURL((url) => url.pathname === '/login' && url.port === process.env.PORT)
    await page.assertTextContains('.flash-error', 'You cancelled the sign-in')
    assert.lengthOf(await User.all(), 0)
  })

  test('a signed-in player links Google from settings', async ({ visit, assert }) => {
    const user = await User.create({ email: 'linker@example.com', password: 'a-long-secret-phrase', displayName: 'Linker' })
    providers.googleProfile = { sub: 'google-777', name: 'Other Name', email: 'different@example.com', email_verified: true }

    const page = await hydrated(await visit('/login'))
    await page.getByLabel('Email').fill('linker@example.com')
    await page.getByLabel('Password', { exact: true }).fill('a-long-secret-phrase')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/settings#connected')
    await hydrated(page)
    await page.getByRole('link', { name: 'Link Google' }).click()
    await page.waitForURL((url) => url.pathname === '/settings' && url.port === process.env.PORT)
    await page.assertTextContains('body', 'Google is now linked to your account')

    const identity = await OauthIdentity.findByOrFail('provider_user_id', 'google-777')
    assert.equal(identity.userId, user.id)
    await user.refresh()
    assert.equal(user.email, 'linker@example.com', 'linking never changes the address')
  })
})
