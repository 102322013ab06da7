import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { withSeedContent } from '#tests/helpers/content'
import { hydrated } from '#tests/support/browser'
import AchievementSeeder from '#database/seeders/achievement_seeder'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import UserProfile from '#models/user_profile'
import { jobsSettled } from '#services/queue_worker'
import type { Page } from 'playwright'

const SHOTS = 'tmp/screenshots/play'

async function logIn(page: Page, email: string) {
  await page.goto('/login')
  await hydrated(page)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(FACTORY_PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL((url) => url.pathname === '/')
}

async function openLevel(page: Page, level: number) {
  await page.goto(`/play/farm/${level}`)
  await hydrated(page)
  await page.waitForSelector('[data-testid=island][data-ready=true] canvas')
}

async function say(page: Page, phrase: string) {
  await page.getByLabel('Your phrase in English').fill(phrase)
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await page.waitForSelector('[data-testid=feedback]')
}

/**
 * The solo loop as a new player meets it, in Chromium: the farm island, typed
 * orders, underlined feedback, the farm changing, XP arriving over SSE, the
 * next level, and word tiles.
 */
test.group('Playing the farm in the browser', (group) => {
  group.setup(async () => {
    const truncate = await withSeedContent()
    await new AchievementSeeder(db.connection()).run()
    return truncate
  })

  test('a new player completes levels 1 and 2 by typing, then level 1 again with word tiles', async ({ visit, assert }) => {
    const player = await UserFactory.merge({ displayName: 'Nina Newcomer' }).create()
    const page = await visit('/')
    await logIn(page, player.email)

    await openLevel(page, 1)
    await page.assertTextContains('#tutorial-title', 'How to play')
    await page.screenshot({ path: `${SHOTS}/01_tutorial.png`, fullPage: true })
    await page.getByRole('button', { name: 'Start playing' }).click()
    await page.assertTextContains('.farm-hud', 'carrot 8')
    const emptyField = await page.locator('.farm-stage canvas').getAttribute('aria-label')
    assert.include(emptyField, '0 planted plots')

    await say(page, 'Plant carrots')
    await page.waitForSelector('[data-testid=level-complete]')
    await page.assertTextContains('[data-testid=feedback]', 'Right! Score 100.')
    await page.assertTextContains('.farm-hud', 'carrot 4')
    assert.include(await page.locator('.farm-stage canvas').getAttribute('aria-label'), '4 planted plots')
    // XP is awarded by the queue job and pushed over Server-Sent Events.
    await page.waitForSelector('[data-testid=toast-xp]:has-text("+42 XP")', { timeout: 15000 })
    await page.assertTextContains('[data-testid=header-xp]', '42 XP')
    await page.screenshot({ path: `${SHOTS}/02_level1_complete.png`, fullPage: true })

    await page.getByTestId('next-level').click()
    await page.waitForURL((url) => url.pathname === '/play/farm/2')
    await page.waitForSelector('[data-testid=island][data-ready=true] canvas')
    await say(page, 'Plant three potato')
    await page.assertTextContains('[data-testid=feedback]', 'Not quite')
    const mark = page.locator('[data-testid=feedback-sentence] mark.fb-wrong_form')
    assert.equal((await mark.textContent())?.replace(/\d+$/, ''), 'potato')
    await page.assertTextContains('.feedback-item[data-kind=wrong_form]', 'say “potatoes”, not “potato”')
    await page.assertTextContains('.feedback-rule', 'Plural')
    await page.assertTextContains('.farm-hud', 'potato 6')
    await page.screenshot({ path: `${SHOTS}/03_wrong_form.png`, fullPage: true })

    await say(page, 'Plant three potatoes')
    await page.waitForSelector('[data-testid=level-complete]')
    await page.assertTextContains('.farm-hud', 'potato 3')
    await page.screenshot({ path: `${SHOTS}/04_level2_complete.png`, fullPage: true })

    await openLevel(page, 1)
    await page.getByRole('button', { name: 'Restart level' }).first().click()
    await page.waitForSelector('[data-testid=level-complete]', { state: 'detached' })
    await page.getByTestId('tiles-mode').click()
    await page.locator('.tile', { hasText: /^Plant$/ }).click()
    await page.locator('.tile', { hasText: /^carrots$/ }).click()
    await page.assertTextContains('[data-testid=tile-phrase]', 'Plant carrots')
    await page.screenshot({ path: `${SHOTS}/05_tiles.png`, fullPage: true })
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await page.waitForSelector('[data-testid=level-complete]')
    await page.assertTextContains('[data-testid=feedback]', 'Right!')
    await page.screenshot({ path: `${SHOTS}/06_tiles_complete.png`, fullPage: true })

    // XP is awarded by a queue job after the answer: with Redis it may still be running.
    await jobsSettled()
    const profile = await UserProfile.findOrFail(player.id)
    assert.isAbove(profile.xp, 42)
  }).timeout(120000)

  test('a locked level sends the player back to the catalog with the reason', async ({ visit }) => {
    const player = await UserFactory.create()
    const page = await visit('/')
    await logIn(page, player.email)
    await page.goto('/play/farm/5')
    await page.waitForURL((url) => url.pathname === '/games')
    await page.assertTextContains('body', 'Level 5 is locked: complete level 4 first.')
  }).timeout(60000)
})
