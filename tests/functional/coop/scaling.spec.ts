import { test } from '@japa/runner'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocket } from 'ws'
import { redisEnabled } from '#config/redis'
import { appUrl } from '#config/app'
import { coopConfig } from '#config/coop'
import CoopMatch from '#models/coop_match'
import { CoopHub } from '#realtime/hub'
import app from '@adonisjs/core/services/app'
import { hubServices, hubSettings, roomDirectory, startCoopHub, stopCoopHub } from '#realtime/main'
import { CLOSE } from '#realtime/protocol'
import { MemoryRoomDirectory, newRoomCode, type RoomDirectory, type RoomRecord } from '#realtime/room_directory'
import { RedisRoomDirectory } from '#realtime/redis_room_directory'
import { issueTicket } from '#realtime/tickets'
import { coopPlayer, CoopTestClient, eventually, roomWithHost, sleep, TEST_HUB_SETTINGS, withHubRooms } from '#tests/helpers/coop'

function lobbyRecord(overrides: Partial<RoomRecord> = {}): RoomRecord {
  return {
    code: newRoomCode(),
    game: 'strategy',
    level: 11,
    kind: 'quick',
    band: 1,
    node: 'node-a',
    hostUserId: 1,
    phase: 'lobby',
    minPlayers: 2,
    maxPlayers: 4,
    createdAt: Date.now(),
    seats: [],
    ...overrides,
  }
}

const directories: Array<[string, () => RoomDirectory, boolean]> = [
  ['memory', () => new MemoryRoomDirectory(), false],
  ['Redis', () => new RedisRoomDirectory(), !redisEnabled],
]

for (const [name, make, skip] of directories) {
  test.group(`Co-op room directory · ${name}`, () => {
    test('ten players asking at once for four seats: four get one, each a different seat', async ({ assert }) => {
      const directory = make()
      const room = lobbyRecord()
      await directory.create(room)
      const now = Date.now()
      const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => directory.reserve(room.code, { userId: index + 1, name: `P${index}` }, now, 60_000)))
      const seated = answers.filter((answer) => answer.status === 'ok')
      assert.lengthOf(seated, 4)
      assert.sameMembers(
        seated.map((answer) => (answer.status === 'ok' ? answer.seat : -1)),
        [0, 1, 2, 3]
      )
      assert.isTrue(answers.filter((answer) => answer.status !== 'ok').every((answer) => answer.status === 'full'))
      assert.lengthOf((await directory.get(room.code))!.seats, 4)
    }).skip(skip, 'needs REDIS_HOST')

    test('a reservation lapses unless its player connects; a player who holds a seat keeps it; started rooms take nobody new', async ({ assert }) => {
      const directory = make()
      const room = lobbyRecord({ maxPlayers: 2 })
      await directory.create(room)
      const now = Date.now()
      assert.deepEqual(await directory.reserve(room.code, { userId: 1, name: 'A' }, now, 1000), { status: 'ok', seat: 0 })
      assert.deepEqual(await directory.reserve(room.code, { userId: 2, name: 'B' }, now, 1000), { status: 'ok', seat: 1 })
      assert.deepEqual(await directory.reserve(room.code, { userId: 3, name: 'C' }, now, 1000), { status: 'full' })
      assert.equal(await directory.claim(room.code, 1, now + 10), 0)
      // B never connected: a second later the seat is free again.
      assert.deepEqual(await directory.reserve(room.code, { userId: 3, name: 'C' }, now + 1500, 1000), { status: 'ok', seat: 1 })
      assert.deepEqual(await directory.reserve(room.code, { userId: 1, name: 'A' }, now + 1600, 1000), { status: 'ok', seat: 0 })
      assert.isNull(await directory.claim(room.code, 2, now + 1600))
      await directory.setPhase(room.code, 'playing')
      assert.deepEqual(await directory.reserve(room.code, { userId: 4, name: 'D' }, now + 1700, 1000), { status: 'started' })
      assert.deepEqual(await directory.reserve(room.code, { userId: 1, name: 'A' }, now + 1700, 1000), { status: 'ok', seat: 0 }, 'a seated player reconnecting')
      await directory.remove(room.code)
      assert.deepEqual(await directory.reserve(room.code, { userId: 1, name: 'A' }, now, 1000), { status: 'gone' })
    }).skip(skip, 'needs REDIS_HOST')

    test('quick match fills the oldest open room of the key; full and started rooms are skipped, and rooms of a stopped process', async ({ assert }) => {
      const directory = make()
      await directory.registerNode('node-a', null, 60)
      const key = { game: 'strategy', level: 12, band: 90 + Math.floor(Math.random() * 1000) }
      const orphaned = lobbyRecord({ ...key, node: 'node-stopped', createdAt: Date.now() - 9000, maxPlayers: 2 })
      const older = lobbyRecord({ ...key, createdAt: Date.now() - 5000, maxPlayers: 2 })
      const newer = lobbyRecord({ ...key, createdAt: Date.now() - 1000, maxPlayers: 2 })
      const elsewhere = lobbyRecord({ game: 'strategy', level: 13, band: key.band })
      for (const record of [newer, older, elsewhere, orphaned]) await directory.create(record)
      const now = Date.now()
      const picks = []
      for (let userId = 1; userId <= 5; userId++) picks.push(await directory.quickMatch(key, { userId, name: `P${userId}` }, now, 60_000, (node) => directory.isNodeAlive(node)))
      assert.deepEqual(
        picks.map((pick) => pick?.code ?? null),
        [older.code, older.code, newer.code, newer.code, null]
      )
      assert.lengthOf((await directory.get(orphaned.code))!.seats, 0, 'nobody was promised a seat on a stopped process')
      for (const record of [older, newer, elsewhere, orphaned]) await directory.remove(record.code)
    }).skip(skip, 'needs REDIS_HOST')

    test('a quick-match room filled by reservations is matched again once one lapses', async ({ assert }) => {
      const directory = make()
      await directory.registerNode('node-a', null, 60)
      const key = { game: 'strategy', level: 12, band: 2000 + Math.floor(Math.random() * 1000) }
      const room = lobbyRecord({ ...key, maxPlayers: 2 })
      await directory.create(room)
      const alive = (node: string) => directory.isNodeAlive(node)
      const now = Date.now()
      assert.equal((await directory.quickMatch(key, { userId: 1, name: 'A' }, now, 60_000, alive))?.code, room.code)
      assert.equal(await directory.claim(room.code, 1, now + 10), 0)
      assert.deepEqual(await directory.quickMatch(key, { userId: 2, name: 'B' }, now + 20, 1000, alive), { code: room.code, seat: 1 })
      assert.isNull(await directory.quickMatch(key, { userId: 3, name: 'C' }, now + 30, 1000, alive), 'full while B may still come')
      // B never connected: their seat is free again, and the room is found without anything written to it.
      assert.deepEqual(await directory.quickMatch(key, { userId: 3, name: 'C' }, now + 1500, 60_000, alive), { code: room.code, seat: 1 })
      assert.equal(await directory.claim(room.code, 3, now + 1510), 1)
      assert.isNull(await directory.quickMatch(key, { userId: 4, name: 'D' }, now + 90_000, 60_000, alive), 'two seated players: full for good')
      await directory.remove(room.code)
    }).skip(skip, 'needs REDIS_HOST')

    test('a room removed while a seat is being reserved stays removed', async ({ assert }) => {
      const directory = make()
      for (let round = 0; round < 5; round++) {
        const room = lobbyRecord()
        await directory.create(room)
        const [reserved] = await Promise.all([directory.reserve(room.code, { userId: 1, name: 'A' }, Date.now(), 60_000), directory.remove(room.code)])
        assert.isNull(await directory.get(room.code), `round ${round}: the record came back (${reserved.status})`)
      }
    }).skip(skip, 'needs REDIS_HOST')

    test('processes register with their address and vanish when they stop', async ({ assert }) => {
      const directory = make()
      await directory.registerNode('node-x', 'wss://x.example/coop', 1)
      assert.isTrue(await directory.isNodeAlive('node-x'))
      assert.equal(await directory.nodeUrl('node-x'), 'wss://x.example/coop')
      assert.isFalse(await directory.isNodeAlive('node-never'))
      await sleep(1100)
      assert.isFalse(await directory.isNodeAlive('node-x'))
    }).skip(skip, 'needs REDIS_HOST')
  })
}

test.group('Co-op room directory · memory', () => {
  test('a room nobody writes to is forgotten after the record lifetime, as Redis expires it', async ({ assert }) => {
    const directory = new MemoryRoomDirectory(0.05)
    await directory.registerNode('node-a', null, 60)
    const key = { game: 'strategy', level: 12, band: 1 }
    const abandoned = lobbyRecord({ ...key, seats: [{ seat: 0, userId: 1, name: 'A', reservedUntil: Date.now() + 60_000 }] })
    await directory.create(abandoned)
    assert.isNotNull(await directory.get(abandoned.code))
    await sleep(80)
    assert.isNull(await directory.get(abandoned.code))
    assert.isNull(await directory.quickMatch(key, { userId: 2, name: 'B' }, Date.now(), 60_000, (node) => directory.isNodeAlive(node)))
    await assert.doesNotReject(() => directory.create(abandoned), 'its code is free again')
  })
})

/**
 * A second hub process, as when the app is scaled out: its own HTTP server
 * and node id, the same room directory and results service.
 */
async function secondHub(overrides: Parameters<typeof hubSettings>[0] = {}, services: Partial<ReturnType<typeof hubServices>> = {}) {
  const server: Server = createServer((_request, response) => response.writeHead(404).end())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const url = `ws://127.0.0.1:${port}/coop`
  const hub = new CoopHub(hubSettings({ ...TEST_HUB_SETTINGS, nodeId: 'node-b', publicUrl: url, ...overrides }), { ...hubServices(), ...services })
  hub.attach(server)
  return {
    hub,
    url,
    connect: (ticket: string) => new CoopTestClient(new WebSocket(`${url}?v=1&ticket=${encodeURIComponent(ticket)}`)),
    async close() {
      await hub.close({ en: 'The server is restarting.', ru: 'Сервер перезапускается.' })
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** A room in the directory that node B runs, with its seats reserved for these players. */
async function roomOnNodeB(players: Array<{ user: { id: number; displayName: string } }>, level = 11) {
  const record = lobbyRecord({ kind: 'invite', node: 'node-b', level, hostUserId: players[0].user.id })
  await roomDirectory.create(record)
  for (const { user } of players) await roomDirectory.reserve(record.code, { userId: user.id, name: user.displayName }, Date.now(), 60_000)
  const ticketFor = (user: { id: number; displayName: string }, node = 'node-b') =>
    issueTicket({ userId: user.id, name: user.displayName, locale: 'en', room: record.code, node }, 60).ticket
  return { record, ticketFor }
}

/**
 * The shared directory, answering seat claims slowly (a busy Redis), so a
 * test can act while a socket's seat is being claimed: `next()` resolves
 * when the next claim starts.
 */
function slowClaims(delayMs = 300) {
  let started = () => {}
  const claim: RoomDirectory['claim'] = async (code, userId, now) => {
    started()
    await sleep(delayMs)
    return roomDirectory.claim(code, userId, now)
  }
  const directory = new Proxy(roomDirectory, {
    get: (target, key) => (key === 'claim' ? claim : Reflect.get(target, key).bind?.(target)),
  })
  return { directory, next: () => new Promise<void>((resolve) => (started = resolve)) }
}

/**
 * Node B on the slow directory, a player with a seat reserved in one of its
 * rooms, and `connectMidClaim`: a socket of theirs, once its claim has begun.
 */
async function slowHubWithOnePlayer() {
  const slow = slowClaims()
  const b = await secondHub({}, { directory: slow.directory })
  const p1 = await coopPlayer()
  const room = await roomOnNodeB([p1])
  const connectMidClaim = async () => {
    const started = slow.next()
    const client = b.connect(room.ticketFor(p1.user))
    await Promise.all([started, client.opened])
    return client
  }
  return { b, p1, ...room, connectMidClaim }
}

test.group('Co-op hub · several processes', (group) => {
  group.setup(withHubRooms)

  test('a ticket names the process that runs its room; the API sends players there; another process refuses it', async ({ client, assert }) => {
    const b = await secondHub()
    try {
      const host = await coopPlayer()
      const guest = await coopPlayer()
      const { record, ticketFor } = await roomOnNodeB([host])
      const joined = await client.post('/api/coop/tickets').bearerToken(guest.token).json({ room: record.code })
      joined.assertStatus(200)
      assert.equal(joined.body().url, b.url, 'the room\'s process, from the directory')

      // The same ticket at this (the test server's) process: told where to go.
      const misdirected = await CoopTestClient.withTicket(joined.body().ticket).closed
      assert.deepEqual(misdirected, { code: CLOSE.wrongNode, reason: 'node-b' })

      const a = b.connect(ticketFor(host.user))
      const g = b.connect(joined.body().ticket)
      assert.equal((await g.next('welcome')).you.seat, 1)
      await a.next('welcome')
      await Promise.all([a.close(), g.close()])
    } finally {
      await b.close()
    }
  })

  test('a page of the site (APP_URL) may open a process\'s socket at another address; another site may not', async ({ assert }) => {
    const b = await secondHub()
    try {
      const [p1, p2] = [await coopPlayer(), await coopPlayer()]
      const { ticketFor } = await roomOnNodeB([p1, p2])
      const connect = (user: { id: number; displayName: string }, origin: string) =>
        new CoopTestClient(new WebSocket(`${b.url}?v=1&ticket=${encodeURIComponent(ticketFor(user))}`, { origin }))
      await assert.rejects(() => connect(p2.user, 'https://evil.example').opened, /HTTP 403/)
      const site = connect(p1.user, new URL(appUrl).origin)
      await site.next('welcome')
      await site.close()
    } finally {
      await b.close()
    }
  })

  test('a process that stopped is unreachable: tickets for its rooms say so', async ({ client, assert }) => {
    const host = await coopPlayer()
    const record = lobbyRecord({ kind: 'invite', node: 'node-gone', hostUserId: host.user.id })
    await roomDirectory.create(record)
    const refused = await client.post('/api/coop/tickets').bearerToken(host.token).json({ room: record.code })
    refused.assertStatus(503)
    assert.match(refused.body().errors[0].message, /not reachable/)
  })

  test('quick match passes over an open room of a process that stopped and opens one here', async ({ client, assert }) => {
    const seeker = await coopPlayer()
    const orphaned = lobbyRecord({ node: 'node-gone', level: 14, band: 1, createdAt: Date.now() - 60_000 })
    await roomDirectory.create(orphaned)
    const matched = await client.post('/api/coop/quick-match').bearerToken(seeker.token).json({ game: 'strategy', level: 14 })
    matched.assertStatus(200)
    assert.notEqual(matched.body().room.code, orphaned.code)
    assert.equal((await roomDirectory.get(matched.body().room.code))!.node, coopConfig.nodeId, 'opened on this process')
    assert.lengthOf((await roomDirectory.get(orphaned.code))!.seats, 0)
    await roomDirectory.remove(orphaned.code)
  })

  test('past its room limit a process refuses new rooms; its rooms go on', async ({ assert }) => {
    const b = await secondHub({ maxRooms: 1 })
    try {
      const [p1, p2] = [await coopPlayer(), await coopPlayer()]
      const first = await roomOnNodeB([p1])
      const second = await roomOnNodeB([p2])
      const one = b.connect(first.ticketFor(p1.user))
      await one.next('welcome')
      const two = b.connect(second.ticketFor(p2.user))
      assert.equal((await two.closed).code, CLOSE.busy)
      // A room that does not exist is gone, not busy, even here.
      const nowhere = issueTicket({ userId: p2.user.id, name: p2.user.displayName, locale: 'en', room: newRoomCode(), node: 'node-b' }, 60).ticket
      assert.equal((await b.connect(nowhere).closed).code, CLOSE.roomGone)
      assert.lengthOf(b.hub.rooms, 1)
      await one.close()
    } finally {
      await b.close()
    }
  })

  test('a process that is stopping opens no room and gives no ticket to its rooms: 503, in words', async ({ client, assert }) => {
    const host = await coopPlayer()
    const { room } = await roomWithHost(host.user)
    const server = await app.container.make('server')
    await stopCoopHub()
    try {
      const opened = await client.post('/api/coop/rooms').bearerToken(host.token).json({ game: 'strategy', level: 11 })
      opened.assertStatus(503)
      assert.match(opened.body().errors[0].message, /restarting/)
      const russian = await coopPlayer('russian')
      const quick = await client.post('/api/coop/quick-match').bearerToken(russian.token).json({ game: 'strategy', level: 11 })
      quick.assertStatus(503)
      assert.match(quick.body().errors[0].message, /перезапускается/)
      const ticket = await client.post('/api/coop/tickets').bearerToken(host.token).json({ room: room.code })
      ticket.assertStatus(503)
    } finally {
      startCoopHub(server.getNodeServer() as Server, TEST_HUB_SETTINGS)
    }
    const again = await client.post('/api/coop/rooms').bearerToken(host.token).json({ game: 'strategy', level: 11 })
    again.assertStatus(201)
  })

  test('a socket that goes while its seat is being claimed leaves a reservation, not a seat taken for good', async ({ assert }) => {
    const { b, p1, record, ticketFor, connectMidClaim } = await slowHubWithOnePlayer()
    try {
      const reservedAt = async () => (await roomDirectory.get(record.code))!.seats.find((held) => held.userId === p1.user.id)!.reservedUntil
      const original = (await reservedAt())!

      const gone = await connectMidClaim()
      gone.socket.terminate()
      // Claimed, then given back as a fresh reservation once the admission settled.
      await eventually(async () => ((await reservedAt()) ?? 0) > original, 3000, 'the seat reserved again')
      const back = b.connect(ticketFor(p1.user))
      assert.equal((await back.next('welcome')).you.seat, 0)
      assert.isNull(await reservedAt(), 'the seat is taken again')
      await back.close()
    } finally {
      await b.close()
    }
  })

  test('a tab that goes mid-claim while the same player\'s other tab is being admitted leaves that tab its seat', async ({ assert }) => {
    const { b, p1, record, ticketFor, connectMidClaim } = await slowHubWithOnePlayer()
    try {
      const closing = await connectMidClaim()
      const staying = b.connect(ticketFor(p1.user))
      await staying.opened
      closing.socket.terminate()
      assert.equal((await staying.next('welcome')).you.seat, 0)
      await sleep(400)
      const seat = (await roomDirectory.get(record.code))!.seats.find((held) => held.userId === p1.user.id)
      assert.deepInclude(seat, { seat: 0, reservedUntil: null }, 'still the seated player\'s')
      await staying.close()
    } finally {
      await b.close()
    }
  })

  test('on shutdown a socket still being admitted is closed with 1012 and never seated', async ({ assert }) => {
    const { b, connectMidClaim } = await slowHubWithOnePlayer()
    const admitting = await connectMidClaim()
    await b.close()
    assert.equal((await admitting.closed).code, CLOSE.restarting)
    await sleep(400)
    assert.notInclude(admitting.frames.map((frame) => frame.type), 'welcome')
    assert.equal(b.hub.figures().connections, 0)
    assert.lengthOf(b.hub.rooms, 0)
  })

  test('on shutdown every player is told, and the match so far is stored as interrupted', async ({ assert }) => {
    const b = await secondHub()
    const [p1, p2] = [await coopPlayer(), await coopPlayer()]
    const { ticketFor } = await roomOnNodeB([p1, p2])
    const one = b.connect(ticketFor(p1.user))
    const two = b.connect(ticketFor(p2.user))
    await Promise.all([one.next('welcome'), two.next('welcome')])
    one.send({ type: 'ready', ready: true })
    two.send({ type: 'ready', ready: true })
    await Promise.all([one.next('snapshot'), two.next('snapshot')])
    one.send({ type: 'command', seq: 1, utterance: 'Attack the wolves with the archers.' })
    await one.find('patch', (frame) => Boolean(frame.fb?.length))
    const matchId = b.hub.rooms[0].matchId!

    await b.close()
    for (const socket of [one, two]) {
      assert.match((await socket.next('shutdown')).message, /restarting/)
      assert.equal((await socket.closed).code, CLOSE.restarting)
    }
    const match = await eventually(() => CoopMatch.query().where('id', matchId).preload('players').first(), 5000, 'the interrupted match stored')
    assert.equal(match.outcome, 'interrupted')
    assert.equal(match.node, 'node-b')
    assert.equal(match.players.find((player) => player.userId === p1.user.id)!.accepted, 1)
  })

  test('this process is registered in the directory with its address', async ({ assert }) => {
    // Registered again every heartbeat (Redis may have been flushed between tests).
    assert.isTrue(await eventually(() => roomDirectory.isNodeAlive(coopConfig.nodeId), 3000, 'this process registered'))
  })
})
