import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { signedInVisitor, Visitor } from '#tests/helpers/visitor'
import { coopPlayer, eventually, roomWithHost, withHubRooms } from '#tests/helpers/coop'
import { storeMatchResults } from '#actions/coop/store_match_results'
import CoopMatchPlayer from '#models/coop_match_player'

type CatalogLevel = { game: string; number: number; mode: string; state: string; href: string | null; players: { min: number; max: number } | null }

async function strategyLevels(visitor: Visitor) {
  const props = (await visitor.inertia('/games')).body().props
  return { levels: props.games.find((game: { slug: string }) => game.slug === 'strategy').levels as CatalogLevel[], props }
}

test.group('Co-op pages and the catalog', (group) => {
  group.setup(withHubRooms)

  test('a co-op level is played from the lobby, never through the solo loop', async ({ client, assert }) => {
    const { user, token } = await coopPlayer()
    const visitor = await signedInVisitor(client, user)
    const page = await visitor.get('/play/strategy/11').redirects(0)
    page.assertStatus(302)
    assert.equal(page.header('location'), '/coop?game=strategy&level=11')
    const attempt = await client.post('/api/games/strategy/levels/11/attempts').bearerToken(token).json({ utterance: 'Build a tower.', inputMode: 'text' })
    attempt.assertStatus(404)
    assert.match(attempt.body().errors[0].message, /played together/)
    ;(await client.post('/api/games/strategy/levels/1/attempts').bearerToken(token).json({ utterance: 'Move the archers north.', inputMode: 'text' })).assertStatus(200)
  })

  test('the catalog lists co-op levels open to every player, leading to the lobby; a won match marks one completed', async ({ client, assert }) => {
    const { user } = await coopPlayer()
    const visitor = await signedInVisitor(client, user)
    const { levels, props } = await strategyLevels(visitor)
    const coop = levels.filter((level) => level.mode === 'coop')
    assert.deepEqual(
      coop.map((level) => [level.number, level.state, level.href]),
      [11, 12, 13, 14].map((number) => [number, 'open', `/coop?game=strategy&level=${number}`])
    )
    assert.deepEqual(coop[0].players, { min: 2, max: 4 })
    assert.equal(levels.find((level) => level.number === 2)!.state, 'locked', 'the solo chain is unchanged')
    assert.notEqual(props.continueLevel?.mode, 'coop')

    const matchId = randomUUID()
    await storeMatchResults({
      matchId,
      game: 'strategy',
      level: 12,
      roomCode: null,
      node: 'external',
      outcome: 'won',
      startedAt: new Date(Date.now() - 60_000),
      endedAt: new Date(),
      ticks: 600,
      players: [{ userId: user.id, commands: 4, passed: 4, accepted: 4, score: 400 }],
      replay: null,
    })
    await eventually(() => CoopMatchPlayer.query().where('matchId', matchId).whereNotNull('awardedAt').first(), 10_000, 'the award')
    const after = await strategyLevels(visitor)
    assert.equal(after.levels.find((level) => level.number === 12)!.state, 'completed')
    assert.equal(after.levels.find((level) => level.number === 11)!.state, 'open')
  })

  test('the lobby lists the co-op levels; a room page knows its room, or says it is gone', async ({ client, assert }) => {
    const host = await coopPlayer()
    const visitor = await signedInVisitor(client, host.user)
    const lobby = (await visitor.inertia('/coop?game=strategy&level=13')).body()
    assert.equal(lobby.component, 'coop/lobby')
    const strategy = lobby.props.games.find((game: { slug: string }) => game.slug === 'strategy')
    assert.deepEqual(
      strategy.levels.map((level: { number: number }) => level.number),
      [11, 12, 13, 14]
    )
    assert.deepEqual(lobby.props.selected, { game: 'strategy', level: 13 })
    assert.isNull((await visitor.inertia('/coop?game=strategy&level=3')).body().props.selected)

    const { room } = await roomWithHost(host.user, 14)
    const page = (await visitor.inertia(`/coop/${room.code.toLowerCase()}`)).body()
    assert.equal(page.component, 'coop/room')
    assert.containSubset(page.props.room, { code: room.code, game: 'strategy', level: 14, phase: 'lobby', players: 1 })
    assert.equal(page.props.level.number, 14)
    assert.isAbove(page.props.level.goals.length, 0)
    const gone = (await visitor.inertia('/coop/ZZZZZZ')).body()
    assert.isNull(gone.props.room)

    const guest = await new Visitor(client).get('/coop').redirects(0)
    guest.assertStatus(302)
    assert.match(guest.header('location') ?? '', /\/login/)
  })
})
