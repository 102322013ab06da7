import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { withSeedContent } from '#tests/helpers/content'
import { Visitor } from '#tests/helpers/visitor'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'

/**
 * GET /leaderboards: the board page (the data is the API's, tested there).
 */
test.group('Leaderboards page', (group) => {
  group.setup(withSeedContent)
  group.each.setup(async () => {
    await db.from('leaderboard_scores').delete()
    await db.from('leaderboard_score_counts').delete()
    await db.from('leaderboard_snapshots').delete()
  })

  test('a guest is sent to log in', async ({ client }) => {
    const response = await new Visitor(client).get('/leaderboards')
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })

  test('the board, the games to filter by and my position; a bad link falls back to this week, all games', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const browser = new Visitor(client)
    await browser.login(user.email, FACTORY_PASSWORD)

    const page = (await browser.inertia('/leaderboards?period=all_time&game=farm')).body()
    assert.equal(page.component, 'leaderboards')
    assert.containSubset(page.props, { board: { period: 'all_time', game: 'farm', endsAt: null }, top: [], me: null, showOnLeaderboards: true })
    assert.deepInclude(page.props.games, { slug: 'farm', title: 'Farm' })
    assert.include(page.props.messages ? Object.keys(page.props.messages) : [], 'leaderboards.title')

    const fallback = (await browser.inertia('/leaderboards?period=monthly&game=chess')).body()
    assert.containSubset(fallback.props.board, { period: 'weekly', game: 'global' })
    assert.isString(fallback.props.board.endsAt)

    const html = (await browser.get('/leaderboards')).text()
    assert.include(html, 'Leaderboards')
  })
})
