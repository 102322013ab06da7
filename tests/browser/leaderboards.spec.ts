import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { hydrated } from '#tests/support/browser'
import { isoWeekOf } from '#services/leaderboard_periods'
import { refreshSnapshots } from '#actions/leaderboards/refresh_snapshots'
import { addLeagueXp } from '#actions/leagues/add_league_xp'
import { settleLeagues } from '#actions/leagues/settle_leagues'
import { leaderboardIndex } from '#queries/leaderboard_store'
import { recountScores } from '#queries/leaderboard'

const SHOTS = 'tmp/screenshots'

/** A score on this week's global board, as the award job writes it. */
async function score(user: User, points: number, minutesAgo: number) {
  const row = { period: isoWeekOf(DateTime.utc()), game_slug: 'global', user_id: user.id }
  const reachedAt = DateTime.utc().minus({ minutes: minutesAgo }).toFormat(db.connection().dialect.dateTimeFormat)
  await db.from('leaderboard_scores').where(row).delete()
  await db.table('leaderboard_scores').insert({ ...row, score: points, reached_at: reachedAt, hidden: false })
  await recountScores(db.connection(), { period: row.period, gameSlug: 'global' })
  const stored = await db.from('leaderboard_scores').where(row).firstOrFail()
  await leaderboardIndex()?.record([{ period: row.period, gameSlug: 'global', userId: user.id, score: points, reachedAt: stored.reached_at, hidden: false }])
}

function earn(user: User, xp: number) {
  return db.transaction((trx) => addLeagueXp(trx, { userId: user.id, timeZone: user.timeZone, xp, at: DateTime.utc() }))
}

test.group('Leaderboards and the league in the browser', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('the week’s board with my row marked follows a push when the top changes; the league shows my cohort and tells me how the week ended', async ({
    visit,
    assert,
  }) => {
    const sam = await User.create({ email: 'sam@example.com', password: 'sam-plays-the-farm', displayName: 'Sam Farmer' })
    const [ada, bo, cy] = await Promise.all(
      ['Ada Lovelace', 'Bo Peep', 'Cy Young'].map((displayName, index) => User.create({ email: `rival${index}@example.com`, password: 'rival-plays-the-farm', displayName }))
    )
    await score(ada, 90, 30)
    await score(bo, 50, 10)
    await refreshSnapshots()
    // Sam's XP lands after the scheduled job's last run: the stored top does not list him yet.
    await score(sam, 70, 20)
    for (const [user, xp] of [
      [ada, 90],
      [sam, 70],
      [bo, 50],
      [cy, 5],
    ] as const) {
      await earn(user, xp)
    }

    const page = await hydrated(await visit('/login'))
    await page.getByLabel('Email').fill('sam@example.com')
    await page.getByLabel('Password', { exact: true }).fill('sam-plays-the-farm')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.getByRole('link', { name: 'Leaderboards' }).first().click()
    await page.waitForURL((url) => url.pathname === '/leaderboards')
    await hydrated(page)
    const names = () => page.locator('.board-card tbody tr td:nth-child(2) .board-player > span:not(.board-avatar):not(.board-you)').allTextContents()
    assert.deepEqual(await names(), ['Ada Lovelace', 'Bo Peep'])
    await page.assertTextContains('.board-me-rank', '#2')
    await page.assertTextContains('.board-catching-up', 'You are #2 now: this table is refreshed every minute')
    await page.assertTextContains('.board-countdown', 'Ends in')
    // The page listens on leaderboards/global before the top changes.
    await page.waitForTimeout(500)

    await score(bo, 120, 0)
    await refreshSnapshots()
    await page.assertTextContains('.board-card tbody tr:first-child .board-player', 'Bo Peep')
    assert.deepEqual(await names(), ['Bo Peep', 'Ada Lovelace', 'Sam Farmer'])
    await page.assertTextContains('.board-card tr[aria-current="true"]', 'Sam Farmer')
    await page.assertTextContains('.board-me-rank', '#3')
    assert.equal(await page.locator('.board-catching-up').count(), 0)
    await page.screenshot({ path: `${SHOTS}/10_leaderboards.png`, fullPage: true })

    await page.getByRole('link', { name: 'All time' }).click()
    await page.waitForURL((url) => url.searchParams.get('period') === 'all_time')
    await page.getByRole('combobox', { name: /^Game/ }).selectOption('farm')
    await page.waitForURL((url) => url.searchParams.get('game') === 'farm')
    await page.assertTextContains('.board-empty', 'Nobody has earned XP on this board yet')

    await page.getByRole('link', { name: 'League' }).first().click()
    await page.waitForURL((url) => url.pathname === '/league')
    await hydrated(page)
    await page.assertTextContains('#cohort-title', 'Bronze league · week')
    await page.assertTextContains('.league-card tr[aria-current="true"]', 'Sam Farmer')
    const leagueRows = await page.locator('.league-table tbody tr').all()
    assert.deepEqual(await Promise.all(leagueRows.map(async (row) => (await row.getAttribute('class')) ?? '')), [
      'zone-promotion',
      'board-row-me',
      '',
      '',
    ])
    await page.assertTextContains('.league-me', 'You are #2')
    await page.assertTextContains('.league-card .board-countdown', 'Ends in')
    await page.assertTextContains('.tier[aria-current="step"]', 'Bronze')
    await page.screenshot({ path: `${SHOTS}/11_league.png`, fullPage: true })

    // The week ends: Sam hears it on the page he has open.
    await page.waitForTimeout(300)
    await settleLeagues(DateTime.utc().plus({ weeks: 1 }))
    await page.assertTextContains('[data-testid="toast-league"]', 'League week over: #2, you stay in your league.')
    await page.assertTextContains('.league-result', 'you finished #2 with 70 XP and stay in Bronze')
    await page.assertTextContains('.league-empty h2', 'Bronze league')
  })
})
