import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import User from '#models/user'
import StoredMail from '#models/stored_mail'
import { eventually, hydrated } from '#tests/support/browser'

const SHOTS = 'tmp/screenshots'

/**
 * The first minutes of a new visitor, in a real browser: sign up, find the
 * confirmation mail in the dev mailbox, confirm, log out, log in again,
 * switch the interface to Russian.
 */
test.group('Onboarding in the browser', (group) => {
  group.each.setup(() => testUtils.db().truncate())
  group.each.setup(() => limiter.clear())

  test('a new visitor signs up, verifies by mail, logs out and back in', async ({ visit, assert }) => {
    const page = await hydrated(await visit('/'))
    await page.screenshot({ path: `${SHOTS}/01_landing.png`, fullPage: true })

    await page.getByRole('link', { name: 'Sign up' }).first().click()
    await page.waitForURL((url) => url.pathname === '/signup')
    await page.getByLabel('Your name').fill('Mira Learner')
    await page.getByLabel('Email').fill('mira@example.com')
    await page.getByLabel('Password', { exact: true }).fill('carrots-and-cabbages')
    await page.getByLabel(/I agree to the/).check()
    await page.screenshot({ path: `${SHOTS}/02_signup_filled.png`, fullPage: true })
    await page.getByRole('button', { name: 'Create account' }).click()

    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('body', 'We sent a confirmation link to mira@example.com')
    await page.assertTextContains('body', 'Please confirm your email address')
    await page.screenshot({ path: `${SHOTS}/03_signed_up.png`, fullPage: true })

    const user = await User.findByOrFail('email', 'mira@example.com')
    assert.isNull(user.emailVerifiedAt)
    assert.equal(user.termsVersion, '2026-11-01')

    // The mail is sent in the background: wait until it is stored.
    await eventually(async () => (await StoredMail.query().where('to_addresses', 'mira@example.com').first()) !== null)

    await page.goto('/dev/mailbox')
    await hydrated(page)
    await page.getByRole('link', { name: 'Confirm your email for Parley' }).click()
    await page.screenshot({ path: `${SHOTS}/04_mailbox_mail.png`, fullPage: true })
    await page.locator('a.mail-link', { hasText: '/email/verify/' }).click()

    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('body', 'Your email address is confirmed')
    await page.assertNotExists('.banner')
    await user.refresh()
    assert.isNotNull(user.emailVerifiedAt)

    await page.getByText('Mira Learner').click()
    await page.getByRole('button', { name: 'Log out' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('body', 'You are logged out')

    await page.goto('/login')
    await hydrated(page)
    await page.getByLabel('Email').fill('mira@example.com')
    await page.getByLabel('Password', { exact: true }).fill('not-my-password')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.assertTextContains('.field-error', 'The email or password is not right')
    await page.screenshot({ path: `${SHOTS}/05_login_error.png`, fullPage: true })

    await page.getByLabel('Password', { exact: true }).fill('carrots-and-cabbages')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('.site-header', 'Mira Learner')
  })

  test('switching to Russian translates the page and is remembered', async ({ visit }) => {
    const page = await hydrated(await visit('/pricing'))
    await page.assertTextContains('h1', 'Simple pricing')
    await page.getByRole('button', { name: 'Русский' }).click()
    await page.assertTextContains('h1', 'Простые тарифы')
    await page.assertTextContains('.site-header', 'Тарифы')
    await page.screenshot({ path: `${SHOTS}/06_pricing_ru.png`, fullPage: true })

    // A full page load (server rendering) keeps the language.
    await page.goto('/signup')
    await hydrated(page)
    await page.assertTextContains('h1', 'Создайте аккаунт Parley')
    await page.getByRole('button', { name: 'Создать аккаунт' }).click()
    // The browser's own validation stops an empty form; submit one field wrong.
    await page.getByLabel('Ваше имя').fill('Иван')
    await page.getByLabel('Эл. почта').fill('ivan@example.com')
    await page.getByLabel('Пароль', { exact: true }).fill('password')
    await page.getByLabel(/Я принимаю/).check()
    await page.getByRole('button', { name: 'Создать аккаунт' }).click()
    await page.assertTextContains('.field-error', 'Этот пароль слишком распространён')
    await page.screenshot({ path: `${SHOTS}/07_signup_error_ru.png`, fullPage: true })
  })

  test('pages fit a 360 px wide phone without horizontal scrolling', async ({ browser, assert }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    for (const path of ['/', '/pricing', '/blog', '/signup', '/faq', '/contact']) {
      await page.goto(`http://localhost:${process.env.PORT}${path}`)
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')
      assert.isAtMost(overflow, 0, `${path} scrolls sideways by ${overflow}px`)
    }
    await page.goto(`http://localhost:${process.env.PORT}/`)
    await page.screenshot({ path: `${SHOTS}/08_landing_360.png`, fullPage: true })
    await context.close()
  })
})
