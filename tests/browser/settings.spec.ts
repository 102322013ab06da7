import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { hydrated } from '#tests/support/browser'

const SHOTS = 'tmp/screenshots'

// A 1x1 PNG.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgaPgPAAIDAYBWGYm8AAAAAElFTkSuQmCC',
  'base64'
)

test.group('Settings in the browser', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('a player uploads a picture, switches the interface to Russian and creates an API token', async ({ visit, assert }) => {
    await User.create({ email: 'sam@example.com', password: 'sam-plays-the-farm', displayName: 'Sam Farmer' })

    const page = await hydrated(await visit('/login'))
    await page.getByLabel('Email').fill('sam@example.com')
    await page.getByLabel('Password', { exact: true }).fill('sam-plays-the-farm')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/settings')
    await hydrated(page)
    await page.getByLabel('Profile picture').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PIXEL })
    await page.getByRole('button', { name: 'Upload picture' }).click()
    await page.assertTextContains('.flash-success', 'Your new picture is saved')
    await page.waitForSelector('.site-header img.avatar')
    const user = await User.findByOrFail('email', 'sam@example.com')
    assert.isNotNull(user.avatarKey)

    await page.getByLabel('Token name').fill('My script')
    await page.getByRole('button', { name: 'Create token' }).click()
    await page.assertTextContains('[data-testid="new-token"]', 'prl_')
    await page.assertTextContains('#tokens .token-list', 'My script')

    await page.getByLabel('Interface language').selectOption('ru')
    await page.getByRole('button', { name: 'Save' }).nth(1).click()
    await page.assertTextContains('h1', 'Настройки')
    await page.assertTextContains('.flash-success', 'Изменения сохранены')
    await page.screenshot({ path: `${SHOTS}/09_settings_ru.png`, fullPage: true })
    await user.refresh()
    assert.equal(user.locale, 'ru')
  })
})
