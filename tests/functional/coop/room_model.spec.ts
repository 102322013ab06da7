import { test } from '@japa/runner'
import { EventEmitter } from 'node:events'
import fc from 'fast-check'
import i18nManager from '@adonisjs/i18n/services/main'
import type { WebSocket } from 'ws'
import gameRegistry from '#game_kit/registry'
import contentLibrary from '#services/content_library'
import { Connection } from '#realtime/connection'
import { applyPatch, type ServerFrame } from '#realtime/protocol'
import { replayMatch, stateDigest } from '#realtime/replay'
import { Room, type MatchRecord } from '#realtime/room'
import { TERRAIN } from '#games/strategy/rules/catalog'
import type { StrategyState } from '#games/strategy/rules/state'
import { withSeedContent } from '#tests/helpers/content'

/** A socket that keeps what the room sends it: the room cannot tell it from a real one. */
class RecordingSocket extends EventEmitter {
  readonly OPEN = 1
  readyState = 1
  frames: ServerFrame[] = []
  send(text: string) {
    this.frames.push(JSON.parse(text))
  }
  close() {
    this.readyState = 3
  }
  ping() {}
  terminate() {}
}

/** Phrases players say on level 11: right ones for every order, and wrong, odd and foreign ones. */
const PHRASES = [
  'Attack the wolves with the archers.',
  'Attack them with the spearmen.',
  'Attack the dragon with the knights.',
  'Build a tower near the river.',
  'Build a tower.',
  'Build a taller tower.',
  'Build a wall near the castle.',
  'Can you build a bridge over the river?',
  'Defend the bridge with the spearmen.',
  'Defend the castle.',
  'Gather wood.',
  'Send the workers to gather stone.',
  'Gather as much food as you can.',
  'Move the archers north.',
  'Move the spearmen east.',
  'Send two archers west.',
  'Send an archer south.',
  'Archers, retreat!',
  'Retreat the spearmen.',
  'Build a tower near the rivers.',
  'Attack wolf archers',
  'Move archers the north',
  'Plant three potatoes.',
  'asdf qwer',
  'Send ninety nine archers north.',
]

type Model = { ticks: number; ended: boolean }

async function roomWithTwoPlayers(seed: number, options: { storeResults?: (record: MatchRecord) => Promise<void>; errors?: string[] } = {}) {
  const game = gameRegistry.find('strategy')!
  const level = game.levels.find((candidate) => candidate.number === 11)!
  const stored: MatchRecord[] = []
  const room = new Room(
    game,
    level,
    { code: `M${seed}`, kind: 'invite', createdAt: Date.now() },
    { tickRate: 10, autoTick: false, reconnectSeconds: 30, soloOfferSeconds: 0, countdownSeconds: 0, endedRoomSeconds: 60, emptyLobbySeconds: 60, storeRetryMs: 10 },
    {
      nodeId: 'model',
      level: (await contentLibrary.level('strategy', 11))!,
      dictionary: await contentLibrary.dictionary(),
      i18n: (locale) => i18nManager.locale(locale),
      seatFreed() {},
      phaseChanged() {},
      storeResults:
        options.storeResults ??
        (async (record) => {
          stored.push(record)
        }),
      disposed() {},
      resumeToken: () => 'resume',
      logger: {
        error: (payload, message) => (options.errors ? options.errors.push(message) : console.error(message, payload)),
        warn: (_payload, message) => options.errors?.push(message),
      },
    }
  )
  const traffic = { bytesIn: 0, bytesOut: 0, framesIn: 0, framesOut: 0 }
  const limits = { framesPerSecond: 1000, frameBurst: 1000, floodWarnings: 3 }
  const sockets = [new RecordingSocket(), new RecordingSocket()]
  const connections = sockets.map(
    (socket, seat) => new Connection(socket as unknown as WebSocket, { userId: seat + 1, name: `P${seat}`, locale: seat === 0 ? 'en' : 'ru' }, limits, traffic)
  )
  connections.forEach((connection, seat) => room.join(connection, seat))
  connections.forEach((connection) => room.ready(connection, true))
  return { room, sockets, connections, stored }
}

/** What must hold after every tick, whatever was said. */
function assertInvariants(state: StrategyState, assert: any) {
  for (const [resource, amount] of Object.entries(state.resources)) assert.isAtLeast(amount, 0, `${resource} never negative`)
  for (const squad of state.squads) {
    assert.isTrue(squad.x >= 0 && squad.y >= 0 && squad.x < state.width && squad.y < state.height, `squad ${squad.id} on the map`)
    assert.isTrue(TERRAIN[state.map[squad.y][squad.x] as keyof typeof TERRAIN].passable, `squad ${squad.id} on passable ground`)
    assert.isAtLeast(squad.count, 1)
    assert.isAbove(squad.health, 0)
    assert.isAtMost(squad.health, squad.count * 40)
  }
  assert.isTrue(state.castle.health >= 0 && state.castle.health <= state.castle.maxHealth)
  assert.equal(new Set(state.squads.map((squad) => squad.id)).size, state.squads.length, 'ids unique')
}

/** The state a client rebuilds from its snapshot and patches. */
function clientState(socket: RecordingSocket) {
  const snapshot = socket.frames.filter((frame) => frame.type === 'snapshot').at(-1) as Extract<ServerFrame, { type: 'snapshot' }>
  let state = snapshot.state as Record<string, unknown>
  for (const frame of socket.frames) if (frame.type === 'patch' && frame.tick > snapshot.tick && frame.p) state = applyPatch(state, frame.p)
  return state
}

test.group('Co-op room · model-based', (group) => {
  group.setup(withSeedContent)

  test('random phrases and ticks keep the invariants; clients rebuild the same state; the replay is the match', async ({ assert }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.oneof(fc.record({ say: fc.constantFrom(...PHRASES), seat: fc.constantFrom(0, 1) }), fc.record({ ticks: fc.integer({ min: 1, max: 30 }) })), { minLength: 1, maxLength: 40 }),
        async (seed, script) => {
          const { room, sockets, connections } = await roomWithTwoPlayers(seed)
          assert.equal(room.phase, 'playing')
          const model: Model = { ticks: 0, ended: false }
          let seq = 0
          for (const step of script) {
            if (room.phase !== 'playing') break
            if ('say' in step) {
              room.command(connections[step.seat], { seq: seq++, utterance: step.say })
              continue
            }
            for (let tick = 0; tick < step.ticks && room.phase === 'playing'; tick++) {
              const before = room.tick
              room.step()
              model.ticks += 1
              assert.equal(room.tick, before + 1, 'ticks go up by one')
              assertInvariants(room.state as StrategyState, assert)
            }
          }
          assert.equal(room.tick, model.ticks)
          for (const socket of sockets) assert.deepEqual(clientState(socket), JSON.parse(JSON.stringify(room.state)))
          const report = replayMatch(room.game, room.replaySoFar())
          assert.equal(report.digest, stateDigest(room.state))
          room.dispose()
        }
      ),
      { numRuns: 40 }
    )
  })

  test('results the database refused are written again; after the last attempt the failure is logged, and the room still ends', async ({ assert }) => {
    const stored: MatchRecord[] = []
    let failures = 2
    const flaky = {
      errors: [] as string[],
      storeResults: async (record: MatchRecord) => {
        if (failures-- > 0) throw new Error('connection terminated')
        stored.push(record)
      },
    }
    const { room } = await roomWithTwoPlayers(3, flaky)
    room.step()
    await room.interrupt({ en: 'Restarting.', ru: 'Перезапуск.' })
    assert.lengthOf(stored, 1, 'stored on the third attempt')
    assert.equal(stored[0].outcome, 'interrupted')
    assert.deepEqual(flaky.errors, ['co-op results not stored yet, trying again', 'co-op results not stored yet, trying again'])

    const broken = { errors: [] as string[], storeResults: async () => Promise.reject(new Error('database gone')) }
    const doomed = (await roomWithTwoPlayers(4, broken)).room
    await doomed.interrupt({ en: 'Restarting.', ru: 'Перезапуск.' })
    assert.equal(doomed.phase, 'ended')
    assert.equal(broken.errors.at(-1), 'co-op results not stored')
    assert.lengthOf(broken.errors, 4)

    // A match everyone left is still retrying its results when the process stops: the stop waits for them.
    let refusals = 1
    const ended: MatchRecord[] = []
    const retrying = {
      errors: [] as string[],
      storeResults: async (record: MatchRecord) => {
        if (refusals-- > 0) throw new Error('deadlock detected')
        ended.push(record)
      },
    }
    const left = await roomWithTwoPlayers(6, retrying)
    for (const connection of left.connections) left.room.leave(connection)
    assert.equal(left.room.phase, 'ended')
    await left.room.interrupt({ en: 'Restarting.', ru: 'Перезапуск.' })
    assert.deepEqual(
      ended.map((record) => record.outcome),
      ['abandoned']
    )

    // A refusal (unknown players: 422) is final: no second try.
    const refused = { errors: [] as string[], storeResults: async () => Promise.reject(Object.assign(new Error('unknown players'), { status: 422 })) }
    await (await roomWithTwoPlayers(5, refused)).room.interrupt({ en: 'Restarting.', ru: 'Перезапуск.' })
    assert.deepEqual(refused.errors, ['co-op results not stored'])
  })

  test('every phrase said is answered once, in the order said, to both players in their language', async ({ assert }) => {
    const { room, sockets, connections } = await roomWithTwoPlayers(7)
    const said = ['Move the archers north.', 'Attack wolf archers', 'Gather wood.', 'Plant three potatoes.']
    said.forEach((utterance, index) => room.command(connections[index % 2], { seq: index, utterance }))
    room.step()
    for (const socket of sockets) {
      const feedback = socket.frames.filter((frame) => frame.type === 'patch').flatMap((frame) => (frame.type === 'patch' ? (frame.fb ?? []) : []))
      assert.deepEqual(
        feedback.map((entry) => [entry.seat, entry.seq]),
        [
          [0, 0],
          [1, 1],
          [0, 2],
          [1, 3],
        ]
      )
    }
    const russian = sockets[1].frames.find((frame) => frame.type === 'patch' && frame.fb?.some((entry) => entry.seq === 3)) as Extract<ServerFrame, { type: 'patch' }>
    const english = sockets[0].frames.find((frame) => frame.type === 'patch' && frame.fb?.some((entry) => entry.seq === 3)) as Extract<ServerFrame, { type: 'patch' }>
    assert.notDeepEqual(russian.fb![3].feedback, english.fb![3].feedback, 'each reads the corrections in their own language')
    room.dispose()
  })
})
