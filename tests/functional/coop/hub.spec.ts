import { test } from '@japa/runner'
import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'
import { WebSocket } from 'ws'
import {
  coopPlayer,
  CoopTestClient,
  eventually,
  feedbackFor,
  HUB_URL,
  roomWithHost,
  sleep,
  startedMatch,
  stateSeenBy,
  ticketOf,
  TEST_HUB_SETTINGS,
  withHubRooms,
} from '#tests/helpers/coop'
import { CLOSE } from '#realtime/protocol'
import { coopHub, roomDirectory } from '#realtime/main'
import { issueTicket } from '#realtime/tickets'
import { coopConfig } from '#config/coop'

const player = coopPlayer

/**
 * A raw client: the HTTP upgrade and one masked text frame sent in a single
 * write. Returns the types of the frames the hub sends, up to `until`.
 */
function handshakeWithFrame(path: string, frame: object, until: string) {
  const payload = Buffer.from(JSON.stringify(frame))
  const mask = randomBytes(4)
  const masked = Buffer.from(payload.map((byte, index) => byte ^ mask[index % 4]))
  const header = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length]) : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 255])
  const { port } = new URL(HUB_URL)
  return new Promise<string[]>((resolve, reject) => {
    const socket = connect(Number(port), 'localhost')
    const types: string[] = []
    let buffer = Buffer.alloc(0)
    let upgraded = false
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no "${until}" frame; got ${types.join(', ')}`))
    }, 5000)
    socket.on('error', reject)
    socket.on('connect', () => {
      const request = [`GET ${path} HTTP/1.1`, `Host: localhost:${port}`, 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`, 'Sec-WebSocket-Version: 13', '', ''].join('\r\n')
      socket.write(Buffer.concat([Buffer.from(request), header, mask, masked]))
    })
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk])
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n')
        if (end === -1) return
        upgraded = true
        buffer = buffer.subarray(end + 4)
      }
      // Server frames are unmasked: opcode byte, length (7 bits, or 16/64 bits after 126/127), payload.
      while (buffer.length >= 2) {
        let length = buffer[1] & 127
        let offset = 2
        if (length === 126) [length, offset] = [buffer.readUInt16BE(2), 4]
        else if (length === 127) [length, offset] = [Number(buffer.readBigUInt64BE(2)), 10]
        if (buffer.length < offset + length) return
        if ((buffer[0] & 15) === 1) types.push(JSON.parse(buffer.subarray(offset, offset + length).toString()).type)
        buffer = buffer.subarray(offset + length)
        if (types.at(-1) === until) {
          clearTimeout(timer)
          socket.destroy()
          return resolve(types)
        }
      }
    })
  })
}

test.group('Co-op hub · joining', (group) => {
  group.setup(withHubRooms)

  test('the API opens a room and a ticket; a second player joins by code; both see the lobby', async ({ client, assert }) => {
    const host = await player()
    const guest = await player('russian')
    const opened = await client.post('/api/coop/rooms').bearerToken(host.token).json({ game: 'strategy', level: 11 })
    opened.assertStatus(201)
    const { room, ticket, url, expiresAt } = opened.body()
    assert.match(room.code, /^[A-Z2-9]{6}$/)
    assert.match(room.link, new RegExp(`/coop/${room.code}$`))
    assert.equal(url, HUB_URL)
    assert.isAbove(Date.parse(expiresAt) - Date.now(), 55_000)

    const a = CoopTestClient.connect(`v=1&ticket=${encodeURIComponent(ticket)}`)
    const welcome = await a.next('welcome')
    assert.deepInclude(welcome, { v: 1, phase: 'lobby' })
    assert.deepEqual(welcome.you, { seat: 0, userId: host.user.id, name: host.user.displayName })
    assert.deepInclude(welcome.room, { code: room.code, game: 'strategy', level: 11, minPlayers: 2, maxPlayers: 4 })

    const joined = await client.post('/api/coop/tickets').bearerToken(guest.token).json({ room: room.code.toLowerCase() })
    joined.assertStatus(200)
    const b = CoopTestClient.withTicket(joined.body().ticket)
    assert.equal((await b.next('welcome')).you.seat, 1)
    const lobby = await a.next('lobby', (frame) => frame.seats.length === 2 && frame.seats.every((seat) => seat.connected))
    assert.deepEqual(
      lobby.seats.map((seat) => [seat.seat, seat.userId, seat.host, seat.ready]),
      [
        [0, host.user.id, true, false],
        [1, guest.user.id, false, false],
      ]
    )
    const summary = await client.get(`/api/coop/rooms/${room.code}`).bearerToken(guest.token)
    assert.deepInclude(summary.body().room, { code: room.code, phase: 'lobby', players: 2 })
    await Promise.all([a.close(), b.close()])
  })

  test('a ready check starts the match for everybody; backing out stops the countdown', async ({ assert }) => {
    const { a, b, snapshotA, snapshotB } = await startedMatch()
    assert.equal(snapshotA.tick, 0)
    assert.deepEqual(snapshotA.state, snapshotB.state)
    assert.equal(snapshotA.tickRate, 10)
    assert.lengthOf(snapshotA.seats, 2)
    assert.isAbove(snapshotA.endsAt - snapshotA.startedAt, 299_000)
    const lobbies = a.all('lobby')
    assert.isTrue(lobbies.some((frame) => frame.phase === 'starting' && frame.startsAt !== null))
    await Promise.all([a.close(), b.close()])
  })

  test('a full room, a started room and a room that does not exist are refused with their reasons', async ({ client, assert }) => {
    const { room, a, b } = await startedMatch()
    const late = await player()
    const refused = await client.post('/api/coop/tickets').bearerToken(late.token).json({ room: room.code })
    refused.assertStatus(409)
    assert.match(refused.body().errors[0].message, /started without you/)
    const missing = await client.post('/api/coop/tickets').bearerToken(late.token).json({ room: 'ZZZZZZ' })
    missing.assertStatus(404)
    const invalid = await client.post('/api/coop/tickets').bearerToken(late.token).json({ room: 'no' })
    invalid.assertStatus(422)
    assert.equal(invalid.body().errors[0].field, 'room')
    const notCoop = await client.post('/api/coop/rooms').bearerToken(late.token).json({ game: 'strategy', level: 1 })
    notCoop.assertStatus(404)
    assert.match(notCoop.body().errors[0].message, /not played together/)
    await Promise.all([a.close(), b.close()])

    const host = await player()
    const { room: small } = await roomWithHost(host.user)
    for (let index = 0; index < 3; index++) {
      const other = await player()
      ;(await client.post('/api/coop/tickets').bearerToken(other.token).json({ room: small.code })).assertStatus(200)
    }
    const fifth = await client.post('/api/coop/tickets').bearerToken(late.token).json({ room: small.code })
    fifth.assertStatus(409)
    assert.match(fifth.body().errors[0].message, /is full/)
  })

  test('quick match fills one room per level and band, then opens the next', async ({ client, assert }) => {
    const players = await Promise.all(Array.from({ length: 5 }, () => player()))
    const codes: string[] = []
    for (const { token } of players) {
      const response = await client.post('/api/coop/quick-match').bearerToken(token).json({ game: 'strategy', level: 12 })
      response.assertStatus(200)
      codes.push(response.body().room.code)
      assert.equal(response.body().room.kind, 'quick')
    }
    assert.equal(new Set(codes.slice(0, 4)).size, 1, 'the first four share a room')
    assert.notEqual(codes[4], codes[0], 'the fifth opens the next')
    const other = await client.post('/api/coop/quick-match').bearerToken(players[0].token).json({ game: 'strategy', level: 13 })
    assert.notEqual(other.body().room.code, codes[0], 'another level, another room')
  })

  test('alone in a quick-match room, a player may start solo after the wait, not before', async ({ client, assert }) => {
    const alone = await player()
    const response = await client.post('/api/coop/quick-match').bearerToken(alone.token).json({ game: 'strategy', level: 14 })
    const socket = CoopTestClient.withTicket(response.body().ticket)
    await socket.next('welcome')
    const lobby = await socket.next('lobby')
    assert.isNumber(lobby.soloOfferAt)
    socket.send({ type: 'start', solo: true })
    if (Date.now() < lobby.soloOfferAt!) assert.equal((await socket.next('error')).code, 'not_now')
    await sleep(Math.max(0, lobby.soloOfferAt! - Date.now()) + 50)
    socket.send({ type: 'start', solo: true })
    const snapshot = await socket.next('snapshot')
    assert.lengthOf(snapshot.seats, 1)
    await socket.close()
  })
})

test.group('Co-op hub · tickets and origins', (group) => {
  group.setup(withHubRooms)

  test('no ticket, a forged or expired one, a used one, another node, another version: each closes with its code', async ({ assert }) => {
    const host = await player()
    const { room, ticket } = await roomWithHost(host.user)
    assert.equal((await CoopTestClient.connect('v=1').closed).code, CLOSE.badTicket)
    assert.equal((await CoopTestClient.connect(`ticket=${encodeURIComponent(ticket.slice(0, -3) + 'abc')}`).closed).code, CLOSE.badTicket)

    const expired = issueTicket({ userId: host.user.id, name: 'x', locale: 'en', room: room.code, node: coopConfig.nodeId }, -1).ticket
    assert.equal((await CoopTestClient.withTicket(expired).closed).code, CLOSE.ticketExpired)

    const elsewhere = issueTicket({ userId: host.user.id, name: 'x', locale: 'en', room: room.code, node: 'another-node' }, 60).ticket
    const misdirected = await CoopTestClient.withTicket(elsewhere).closed
    assert.deepEqual(misdirected, { code: CLOSE.wrongNode, reason: 'another-node' })

    assert.equal((await CoopTestClient.connect(`v=9&ticket=${encodeURIComponent(ticket)}`).closed).code, CLOSE.badVersion)

    const first = CoopTestClient.withTicket(ticket)
    await first.next('welcome')
    assert.equal((await CoopTestClient.withTicket(ticket).closed).code, CLOSE.ticketUsed)
    await first.close()

    const stranger = await player()
    assert.equal((await CoopTestClient.withTicket(ticketOf(stranger.user, room.code)).closed).code, CLOSE.seatTaken, 'a ticket without a reserved seat')
  })

  test('a page of another site may not open the socket; this site and non-browser clients may', async ({ assert }) => {
    const host = await player()
    const { ticket } = await roomWithHost(host.user)
    const foreign = CoopTestClient.connect(`ticket=${encodeURIComponent(ticket)}`, { origin: 'https://evil.example' })
    await assert.rejects(() => foreign.opened, /HTTP 403/)
    const own = CoopTestClient.connect(`ticket=${encodeURIComponent(ticket)}`, { origin: `http://localhost:${process.env.PORT ?? 3334}` })
    await own.next('welcome')
    await own.close()
  })

  test('an upgrade to another path is refused, not left hanging', async ({ assert }) => {
    const socket = new WebSocket(HUB_URL.replace('/coop', '/elsewhere'))
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'))
      socket.once('unexpected-response', (_request, response) => resolve(`HTTP ${response.statusCode}`))
      socket.once('error', () => resolve('error'))
      setTimeout(() => resolve('left hanging'), 1500)
    })
    socket.terminate()
    assert.equal(outcome, 'HTTP 404')
  })
})

test.group('Co-op hub · the match', (group) => {
  group.setup(withHubRooms)

  test('each command is judged and applied at the next tick; both players see both phrases, in order', async ({ assert }) => {
    const { a, b } = await startedMatch()
    a.send({ type: 'command', seq: 1, utterance: 'Attack the wolves with the archers.' })
    b.send({ type: 'command', seq: 1, utterance: 'Build a tower near the river.' })
    const mineA = await feedbackFor(a, 1, 0)
    assert.isTrue(mineA.passed)
    assert.isTrue(mineA.accepted)
    assert.deepEqual(mineA.intent, { name: 'attack', slots: { target: 'wolf', unit: 'archer' } })
    const theirsOnA = await feedbackFor(a, 1, 1)
    assert.isTrue(theirsOnA.passed)
    assert.isTrue(theirsOnA.accepted)
    assert.equal(theirsOnA.name, b.all('welcome')[0].you.name)
    const seenByB = await feedbackFor(b, 1, 0)
    assert.deepEqual(seenByB, mineA, 'B sees A\'s phrase exactly as A does')

    b.send({ type: 'command', seq: 2, utterance: 'Build a tower near the rivers.' })
    const wrong = await feedbackFor(a, 2, 1)
    assert.isFalse(wrong.passed)
    assert.isFalse(wrong.accepted)
    assert.containSubset(wrong.feedback, [{ kind: 'wrong_form', expected: 'river' }])
    assert.match((wrong.feedback[0] as { message: string }).message, /river/)
    const room = coopHub()!.room(a.all('welcome')[0].room.code)!
    assert.lengthOf(room.state!.goals.filter((goal) => goal.met), 2, 'the attack and the tower count for the team')

    await sleep(400)
    const ticks = a.all('patch').map((patch) => patch.tick)
    assert.deepEqual(ticks, [...ticks].sort((x, y) => x - y), 'patches arrive in tick order')
    assert.equal(new Set(ticks).size, ticks.length)
    assert.deepEqual(stateSeenBy(a), stateSeenBy(b), 'patches rebuild the same state for both')
    assert.deepEqual(stateSeenBy(a), JSON.parse(JSON.stringify(room.state)))
    await Promise.all([a.close(), b.close()])
  })

  test('a Russian player reads the feedback on everybody\'s phrases in Russian', async ({ assert }) => {
    const host = await player()
    const guest = await player('russian')
    const { room, ticket } = await roomWithHost(host.user)
    const a = CoopTestClient.withTicket(ticket)
    await roomDirectory.reserve(room.code, { userId: guest.user.id, name: guest.user.displayName }, Date.now(), 60_000)
    const b = CoopTestClient.withTicket(ticketOf(guest.user, room.code, 'ru'))
    await Promise.all([a.next('welcome'), b.next('welcome')])
    a.send({ type: 'ready', ready: true })
    b.send({ type: 'ready', ready: true })
    await Promise.all([a.next('snapshot'), b.next('snapshot')])
    a.send({ type: 'command', seq: 7, utterance: 'Attack the dragon with the archers.' })
    const english = await feedbackFor(a, 7, 0)
    const russian = await feedbackFor(b, 7, 0)
    assert.isFalse(english.accepted)
    assert.match(english.reason!.message, /There are no dragon/)
    assert.match(russian.reason!.message, /На поле нет врагов/)
    await Promise.all([a.close(), b.close()])
  })

  test('malformed and oversize frames get error frames; the room plays on', async ({ assert }) => {
    const { a, b } = await startedMatch()
    a.sendRaw('{not json')
    assert.equal((await a.next('error')).code, 'bad_json')
    a.send({ type: 'teleport' })
    assert.equal((await a.next('error')).code, 'unknown_type')
    a.send({ type: 'command', seq: 3, utterance: '' })
    const invalid = await a.next('error')
    assert.deepInclude(invalid, { code: 'invalid', seq: 3 })
    a.send({ type: 'command', seq: -1, utterance: 'Move the archers north.' })
    assert.equal((await a.next('error')).code, 'invalid')
    a.send({ type: 'command', seq: 4, utterance: 'x'.repeat(5000) })
    assert.equal((await a.next('error')).code, 'too_large')
    a.sendRaw(Buffer.from([0xff, 0xfe, 0x00]))
    assert.equal((await a.next('error')).code, 'bad_json')
    a.send({ type: 'ready', ready: true })
    assert.equal((await a.next('error')).code, 'not_now')

    b.send({ type: 'command', seq: 9, utterance: 'Move the archers north.' })
    assert.isTrue((await feedbackFor(a, 9, 1)).accepted, 'the room still plays')
    await Promise.all([a.close(), b.close()])
  })

  test('a flood gets warnings, then the socket is closed; teammates play on', async ({ assert }) => {
    const { a, b } = await startedMatch()
    for (let index = 0; index < 40; index++) b.send({ type: 'ping', t: index })
    const closed = await b.closed
    assert.equal(closed.code, CLOSE.flooding)
    assert.isAtLeast(b.all('error').filter((frame) => frame.code === 'rate_limited').length, 1)
    assert.isAtMost(b.all('pong').length, 20 + 2)
    a.send({ type: 'command', seq: 1, utterance: 'Move the archers north.' })
    assert.isTrue((await feedbackFor(a, 1, 0)).accepted)
    await a.close()
  })

  test('a socket that stops answering the heartbeat is dropped and its seat held', async ({ assert }) => {
    const host = await player()
    const { ticket } = await roomWithHost(host.user)
    const silent = CoopTestClient.connect(`ticket=${encodeURIComponent(ticket)}`, { autoPong: false })
    await silent.next('welcome')
    const closed = await Promise.race([silent.closed, sleep(TEST_HUB_SETTINGS.heartbeatSeconds! * 3000 + 1000).then(() => null)])
    assert.isNotNull(closed, 'dropped within two heartbeats')
  })
})

test.group('Co-op hub · reconnection', (group) => {
  group.setup(withHubRooms)

  test('reconnecting with the resume token inside the window restores the seat: a snapshot, then patches', async ({ assert }) => {
    const { a, b } = await startedMatch()
    const resume = b.all('welcome')[0].resume
    b.socket.terminate()
    const away = await a.next('presence', (frame) => !frame.connected)
    assert.equal(away.seat, 1)
    assert.isAbove(away.until!, Date.now())
    a.send({ type: 'command', seq: 1, utterance: 'Move the archers north.' })
    await feedbackFor(a, 1, 0)

    const back = CoopTestClient.connect(`v=1&resume=${encodeURIComponent(resume)}`)
    const welcome = await back.next('welcome')
    assert.deepInclude(welcome, { phase: 'playing' })
    assert.equal(welcome.you.seat, 1)
    const snapshot = await back.next('snapshot')
    assert.isAbove(snapshot.tick, 0)
    assert.isTrue(snapshot.recent.some((entry) => entry.seq === 1 && entry.seat === 0), 'the latest phrases come with it')
    assert.isTrue((await a.next('presence', (frame) => frame.connected)).connected)
    a.send({ type: 'command', seq: 2, utterance: 'Move the archers south.' })
    await feedbackFor(back, 2, 0)
    await sleep(200)
    assert.deepEqual(stateSeenBy(back), stateSeenBy(a))
    await Promise.all([a.close(), back.close()])
  })

  test('after the window the seat is freed: the team plays on, the old token is refused, a new ticket too', async ({ client, assert }) => {
    const { a, b, guest, room } = await startedMatch()
    const resume = b.all('welcome')[0].resume
    b.socket.terminate()
    await a.next('presence', (frame) => !frame.connected && frame.until !== null)
    const gone = await a.next('presence', (frame) => !frame.connected && frame.until === null, TEST_HUB_SETTINGS.reconnectSeconds! * 1000 + 2000)
    assert.equal(gone.seat, 1)
    const late = CoopTestClient.connect(`resume=${encodeURIComponent(resume)}`)
    assert.equal((await late.closed).code, CLOSE.seatTaken)
    const ticket = await client.post('/api/coop/tickets').bearerToken(guest.token).json({ room: room.code })
    ticket.assertStatus(409)
    a.send({ type: 'command', seq: 5, utterance: 'Move the archers north.' })
    assert.isTrue((await feedbackFor(a, 5, 0)).accepted)
    await a.close()
  })

  test('a second tab of the same player takes over the seat; the first is closed', async ({ assert }) => {
    const host = await player()
    const { room, ticket } = await roomWithHost(host.user)
    const first = CoopTestClient.withTicket(ticket)
    await first.next('welcome')
    await roomDirectory.reserve(room.code, { userId: host.user.id, name: host.user.displayName }, Date.now(), 60_000)
    const second = CoopTestClient.withTicket(ticketOf(host.user, room.code))
    assert.equal((await second.next('welcome')).you.seat, 0)
    assert.equal((await first.closed).code, CLOSE.replaced)
    await second.close()
  })

  test('a frame that arrives with the handshake, before the welcome, is not lost: it reaches the room after it', async ({ assert }) => {
    const host = await player()
    const guest = await player()
    const { room, ticket } = await roomWithHost(host.user)
    const a = CoopTestClient.withTicket(ticket)
    await a.next('welcome')
    a.send({ type: 'ready', ready: true })
    await roomDirectory.reserve(room.code, { userId: guest.user.id, name: guest.user.displayName }, Date.now(), 60_000)

    // The upgrade request and a `ready` frame in one write: the frame is there before the seat is settled.
    const types = await handshakeWithFrame(`/coop?v=1&ticket=${encodeURIComponent(ticketOf(guest.user, room.code))}`, { type: 'ready', ready: true }, 'snapshot')
    assert.equal(types[0], 'welcome')
    assert.include(types, 'snapshot', 'both players ready: the match started')
    await a.close()
  })

  test('a ticket taken up after the match started is refused, and its seat is not left taken in the directory', async ({ assert }) => {
    const late = await player()
    const host = await player()
    const guest = await player()
    const { room, ticket } = await roomWithHost(host.user)
    for (const user of [guest.user, late.user]) await roomDirectory.reserve(room.code, { userId: user.id, name: user.displayName }, Date.now(), 60_000)
    const a = CoopTestClient.withTicket(ticket)
    const b = CoopTestClient.withTicket(ticketOf(guest.user, room.code))
    await Promise.all([a.next('welcome'), b.next('welcome')])
    a.send({ type: 'ready', ready: true })
    b.send({ type: 'ready', ready: true })
    await Promise.all([a.next('snapshot'), b.next('snapshot')])

    const tooLate = CoopTestClient.withTicket(ticketOf(late.user, room.code))
    assert.deepEqual(await tooLate.closed, { code: CLOSE.seatTaken, reason: 'the match started without you' })
    const seated = await eventually(async () => {
      const userIds = (await roomDirectory.get(room.code))!.seats.map((seat) => seat.userId)
      return userIds.length === 2 && userIds
    }, 3000, 'the late seat released')
    assert.sameMembers(seated, [host.user.id, guest.user.id])
    await Promise.all([a.close(), b.close()])
  })

  test('in the lobby a player who leaves frees the seat for the next one', async ({ client, assert }) => {
    const host = await player()
    const guest = await player()
    const { room, ticket } = await roomWithHost(host.user)
    const a = CoopTestClient.withTicket(ticket)
    await a.next('welcome')
    const joined = await client.post('/api/coop/tickets').bearerToken(guest.token).json({ room: room.code })
    const b = CoopTestClient.withTicket(joined.body().ticket)
    await b.next('welcome')
    b.send({ type: 'leave' })
    assert.equal((await b.closed).code, 1000)
    const lobby = await a.next('lobby', (frame) => frame.seats.length === 1)
    assert.equal(lobby.seats[0].userId, host.user.id)
    await eventually(async () => (await roomDirectory.get(room.code))!.seats.length === 1, 3000, 'the seat freed in the directory')
    await a.close()
  })
})
