import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { Browser, BrowserContext, Page } from 'playwright'
import { withSeedContent } from '#tests/helpers/content'
import { hydrated } from '#tests/support/browser'
import AchievementSeeder from '#database/seeders/achievement_seeder'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import UserProfile from '#models/user_profile'
import { coopHub } from '#realtime/main'

const SHOTS = 'tmp/screenshots/coop/test'

/** The winning plan for level 11 "Hold the valley" (see its hints), one order per goal. */
const PLAN = {
  attack: 'Attack the wolves with the archers.',
  build: 'Build a tower near the river.',
  defend: 'Defend the bridge with the spearmen.',
}
const KEEP_ATTACKING = 'Attack them with the archers.'

type Player = { context: BrowserContext; page: Page; name: string }

/**
 * A player in their own browser context (cookies, sessionStorage), signed
 * in. Reduced motion keeps the island still between moves: software WebGL
 * in a headless browser is slow to animate, and the test is about the room.
 */
async function signedInPlayer(browser: Browser, displayName: string, cleanup: (callback: () => Promise<void>) => void): Promise<Player> {
  const user = await UserFactory.merge({ displayName }).create()
  const context = await browser.newContext({
    baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
    viewport: { width: 1100, height: 900 },
    reducedMotion: 'reduce',
  })
  cleanup(() => context.close())
  const page = await context.newPage()
  await page.goto('/login')
  await hydrated(page)
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill(FACTORY_PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  return { context, page, name: displayName }
}

async function say(player: Player, phrase: string) {
  await player.page.getByLabel('Your phrase in English').fill(phrase)
  await player.page.getByRole('button', { name: 'Send', exact: true }).click()
}

function feedEntry(player: Player, speaker: string, phrase: string) {
  return player.page.locator('[data-testid=feed-entry]', { hasText: speaker }).filter({ hasText: phrase }).first()
}

/** Host opens a room for level 11 from the lobby; the guest follows the invite link; both are in its lobby. */
async function roomForTwo(host: Player, guest: Player) {
  await host.page.goto('/coop')
  await hydrated(host.page)
  await host.page.getByRole('radio', { name: /Hold the valley/ }).check()
  await host.page.getByRole('button', { name: 'Play with friends' }).click()
  await host.page.waitForURL((url) => /^\/coop\/[A-Z2-9]{6}$/.test(url.pathname))
  const link = await host.page.getByLabel('Invite link').inputValue()
  const code = await host.page.getByTestId('room-code').textContent()

  await guest.page.goto(new URL(link).pathname)
  await hydrated(guest.page)
  for (const player of [host, guest]) await player.page.locator('[data-testid=seat]').nth(1).waitFor({ timeout: 10_000 })
  return { link, code: code!.trim() }
}

async function bothReady(host: Player, guest: Player) {
  for (const player of [host, guest]) {
    const ready = player.page.getByRole('button', { name: "I'm ready" })
    await ready.click()
    await player.page.getByRole('button', { name: 'Ready ✓' }).waitFor({ timeout: 10_000 }).catch(async (error) => {
      // The countdown (0.2 s on the test hub) may already have started the match.
      if (!(await player.page.locator('#goal-title').count())) throw error
    })
  }
  for (const player of [host, guest]) {
    await player.page.locator('#goal-title').waitFor({ timeout: 15_000 })
    await player.page.waitForSelector('[data-testid=island][data-ready=true] canvas', { timeout: 30_000 })
  }
}

/**
 * The co-op loop as two friends meet it in Chromium: the lobby, an invite
 * link, the ready check, a match of level 11 commanded together over the
 * room's WebSocket (each seeing the other's orders in the team feed), the
 * results, and XP arriving over each player's live channel.
 */
test.group('Playing together in the browser', (group) => {
  group.setup(async () => {
    const truncate = await withSeedContent()
    await new AchievementSeeder(db.connection()).run()
    return async () => {
      for (const room of coopHub()?.rooms ?? []) room.dispose()
      await truncate()
    }
  })

  test('two players hold the valley together to the end and both see XP arrive', async ({ browser, assert, cleanup }) => {
    const host = await signedInPlayer(browser, 'Hana Host', cleanup)
    const guest = await signedInPlayer(browser, 'Gus Guest', cleanup)

    const { link, code } = await roomForTwo(host, guest)
    assert.match(link, new RegExp(`/coop/${code}$`))
    await host.page.assertTextContains('[data-testid=seats]', 'Gus Guest')
    await guest.page.assertTextContains('[data-testid=seats]', 'Hana Host')
    await host.page.screenshot({ path: `${SHOTS}/01_lobby_two.png`, fullPage: true })

    await bothReady(host, guest)
    // Focus moved to the match's heading when it started.
    assert.equal(await host.page.evaluate('document.activeElement && document.activeElement.id'), 'goal-title')
    // XP comes only at the end; listen for it from now on, so a toast shown for five seconds is not missed.
    const toasts = [host, guest].map((player) => player.page.waitForSelector('[data-testid=toast-xp]', { timeout: 120_000 }))

    await say(host, PLAN.attack)
    await say(guest, PLAN.build)
    await feedEntry(guest, 'Hana Host', PLAN.attack).waitFor({ timeout: 10_000 })
    await feedEntry(host, 'Gus Guest', PLAN.build).waitFor({ timeout: 10_000 })
    await host.page.assertTextContains('[data-testid=my-feedback]', 'Right!')
    await say(guest, PLAN.defend)
    await feedEntry(host, 'Gus Guest', PLAN.defend).waitFor({ timeout: 10_000 })
    for (const player of [host, guest]) await player.page.locator('[data-testid=goal].goal-met').nth(2).waitFor({ timeout: 10_000 })
    await host.page.screenshot({ path: `${SHOTS}/02_match.png`, fullPage: true })

    // The waves come on turns 4 and 8 (3 s a turn): the archers keep attacking until none is left.
    const outcome = host.page.getByTestId('outcome')
    const deadline = Date.now() + 90_000
    while (!(await outcome.isVisible())) {
      assert.isBelow(Date.now(), deadline, 'the match did not end')
      if (await host.page.locator('#utterance').isEnabled()) await say(host, KEEP_ATTACKING)
      await outcome.waitFor({ timeout: 3000 }).catch(() => {})
    }

    for (const player of [host, guest]) {
      await player.page.getByTestId('outcome').waitFor({ timeout: 10_000 })
      assert.equal(await player.page.getByTestId('outcome').getAttribute('data-outcome'), 'won')
      await player.page.assertTextContains('#outcome-title', 'Victory')
      const rows = player.page.locator('[data-testid=result-row]')
      assert.equal(await rows.count(), 2)
      await player.page.assertTextContains('[data-testid=results]', 'Hana Host')
      await player.page.assertTextContains('[data-testid=results]', 'Gus Guest')
    }
    await Promise.all(toasts)
    for (const player of [host, guest]) {
      await player.page.waitForSelector('[data-testid=xp-status]:has-text("XP earned")', { timeout: 10_000 })
    }
    await guest.page.screenshot({ path: `${SHOTS}/03_results.png`, fullPage: true })

    const match = await db.from('coop_matches').where('room_code', code).firstOrFail()
    assert.equal(match.outcome, 'won')
    const players = await db.from('coop_match_players').where('match_id', match.id).select('user_id')
    for (const { user_id: userId } of players) assert.isAbove((await UserProfile.findOrFail(userId)).xp, 0)
  }).timeout(180_000)

  test('quick match seats two players of one level together; a lone player may start alone; a wrong code is refused in words', async ({ browser, assert, cleanup }) => {
    const first = await signedInPlayer(browser, 'Quinn Quick', cleanup)
    const second = await signedInPlayer(browser, 'Mo Match', cleanup)
    const loner = await signedInPlayer(browser, 'Lou Lone', cleanup)

    const quickMatch = async (player: Player, level: RegExp) => {
      await player.page.goto('/coop')
      await hydrated(player.page)
      await player.page.getByRole('radio', { name: level }).check()
      await player.page.getByTestId('quick-match').click()
      await player.page.waitForURL((url) => /^\/coop\/[A-Z2-9]{6}$/.test(url.pathname))
      return new URL(player.page.url()).pathname
    }

    // Two players of the same band who ask for the same level meet in one room.
    const firstRoom = await quickMatch(first, /Hold the valley/)
    const secondRoom = await quickMatch(second, /Hold the valley/)
    assert.equal(secondRoom, firstRoom)
    for (const player of [first, second]) {
      await player.page.locator('[data-testid=seat]').nth(1).waitFor({ timeout: 10_000 })
    }
    await first.page.assertTextContains('[data-testid=seats]', 'Mo Match')

    // Another level is another room; alone there, the wait ends with the offer to start alone.
    const lonerRoom = await quickMatch(loner, /Stone for the fort/)
    assert.notEqual(lonerRoom, firstRoom)
    const startAlone = loner.page.getByRole('button', { name: 'Start alone' })
    await startAlone.waitFor({ timeout: 10_000 })
    await loner.page.screenshot({ path: `${SHOTS}/05_solo_offer.png`, fullPage: true })
    await startAlone.click()
    await loner.page.locator('#goal-title').waitFor({ timeout: 15_000 })

    // Joining by code: a malformed code is caught on the page, an unknown one by the server, in words.
    await loner.page.goto('/coop')
    await hydrated(loner.page)
    await loner.page.getByLabel('Room code').fill('abc')
    await loner.page.getByRole('button', { name: 'Join', exact: true }).click()
    await loner.page.assertTextContains('#join-code-error', 'A room code has six letters and digits')
    await loner.page.getByLabel('Room code').fill('zz22zz')
    await loner.page.getByRole('button', { name: 'Join', exact: true }).click()
    await loner.page.assertTextContains('#join-code-error', 'There is no open room ZZ22ZZ')
    assert.equal(new URL(loner.page.url()).pathname, '/coop')
    await loner.page.screenshot({ path: `${SHOTS}/06_join_unknown.png`, fullPage: true })

    // The code of a room in its lobby takes a player straight to it.
    await loner.page.getByLabel('Room code').fill(firstRoom.slice('/coop/'.length).toLowerCase())
    await loner.page.getByRole('button', { name: 'Join', exact: true }).click()
    await loner.page.waitForURL((url) => url.pathname === firstRoom)
    await first.page.locator('[data-testid=seat]').nth(2).waitFor({ timeout: 10_000 })
    await first.page.assertTextContains('[data-testid=seats]', 'Lou Lone')
  }).timeout(120_000)

  test('a player who reloads the room during the match is back in it, state and feed intact', async ({ browser, assert, cleanup }) => {
    const host = await signedInPlayer(browser, 'Rita Reloader', cleanup)
    const guest = await signedInPlayer(browser, 'Sam Steady', cleanup)
    await roomForTwo(host, guest)
    await bothReady(host, guest)

    await say(guest, PLAN.attack)
    await feedEntry(host, 'Sam Steady', PLAN.attack).waitFor({ timeout: 10_000 })
    await host.page.locator('[data-testid=goal].goal-met').first().waitFor({ timeout: 10_000 })
    const turnBefore = Number(await host.page.getByTestId('turn').textContent())

    // The seat is held for the reconnection window (1.5 s on the test hub): the page resumes it with its token.
    await host.page.reload()
    await hydrated(host.page)
    await host.page.locator('#goal-title').waitFor({ timeout: 10_000 })
    await host.page.waitForSelector('[data-testid=island][data-ready=true] canvas', { timeout: 30_000 })
    assert.equal(await host.page.locator('[data-testid=goal].goal-met').count(), 1)
    await feedEntry(host, 'Sam Steady', PLAN.attack).waitFor()
    // The snapshot is the match as it is now, not a fresh one.
    assert.isAtLeast(Number(await host.page.getByTestId('turn').textContent()), turnBefore)
    await guest.page.locator('[data-testid=player]', { hasText: 'Rita Reloader' }).filter({ hasText: 'connected' }).waitFor({ timeout: 10_000 })

    // Still the same seat in the same match: the orders keep counting for the team.
    await say(host, PLAN.build)
    await feedEntry(guest, 'Rita Reloader', PLAN.build).waitFor({ timeout: 10_000 })
    await guest.page.locator('[data-testid=goal].goal-met').nth(1).waitFor({ timeout: 10_000 })
    await host.page.screenshot({ path: `${SHOTS}/04_resumed.png`, fullPage: true })
  }).timeout(120_000)
})
