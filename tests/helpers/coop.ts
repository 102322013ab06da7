import { WebSocket } from 'ws'
import type { ClientFrame, ServerFrame } from '#realtime/protocol'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { openRoom } from '#services/coop_lobby'
import { coopHub, roomDirectory } from '#realtime/main'
import { withSeedContent } from '#tests/helpers/content'
import { applyPatch, type FeedbackView } from '#realtime/protocol'
import { issueTicket } from '#realtime/tickets'
import { coopConfig } from '#config/coop'
import type { RoomKind } from '#realtime/room_directory'

export { TEST_HUB_SETTINGS } from '#tests/support/coop_hub'

export const HUB_URL = `ws://localhost:${process.env.PORT ?? 3334}/coop`

type Frame = ServerFrame

/**
 * A real WebSocket client of the hub for tests: every frame it receives is
 * kept in order; `next` waits for the next one of a type (skipping others).
 */
export class CoopTestClient {
  frames: Frame[] = []
  #read = 0
  #waiters: Array<() => void> = []
  closed: Promise<{ code: number; reason: string }>
  opened: Promise<void>

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()))
      for (const wake of this.#waiters.splice(0)) wake()
    })
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })))
    this.opened = new Promise((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
      socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)))
    })
  }

  static connect(query: string, options: { origin?: string; autoPong?: boolean } = {}) {
    const socket = new WebSocket(`${HUB_URL}?${query}`, { ...(options.origin ? { origin: options.origin } : {}), autoPong: options.autoPong ?? true })
    return new CoopTestClient(socket)
  }

  static withTicket(ticket: string) {
    return CoopTestClient.connect(`v=1&ticket=${encodeURIComponent(ticket)}`)
  }

  send(frame: ClientFrame | Record<string, unknown>) {
    this.socket.send(JSON.stringify(frame))
  }

  sendRaw(text: string | Buffer) {
    this.socket.send(text)
  }

  /** The next frame of `type` (and matching `where`), within `timeoutMs`. */
  async next<Type extends Frame['type']>(type: Type, where: (frame: Extract<Frame, { type: Type }>) => boolean = () => true, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      while (this.#read < this.frames.length) {
        const frame = this.frames[this.#read++]
        if (frame.type === type && where(frame as Extract<Frame, { type: Type }>)) return frame as Extract<Frame, { type: Type }>
      }
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no "${type}" frame within ${timeoutMs} ms; got ${this.frames.map((frame) => frame.type).join(', ')}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.#waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  /** The first frame received so far, or arriving within `timeoutMs`, of `type` matching `where` (it is not consumed). */
  async find<Type extends Frame['type']>(type: Type, where: (frame: Extract<Frame, { type: Type }>) => boolean, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.all(type).find(where)
      if (found) return found
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no matching "${type}" frame within ${timeoutMs} ms; got ${this.frames.map((frame) => frame.type).join(', ')}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.#waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  /** Every frame received so far of a type. */
  all<Type extends Frame['type']>(type: Type) {
    return this.frames.filter((frame) => frame.type === type) as Array<Extract<Frame, { type: Type }>>
  }

  close() {
    this.socket.close()
    return this.closed
  }
}

/** A room opened by `host` (the directory's record) and a fresh ticket for them. */
export async function roomWithHost(host: User, level = 11, kind: RoomKind = 'invite') {
  const room = await openRoom(host, { game: 'strategy', level }, kind)
  return { room, ticket: ticketOf(host, room.code) }
}

/** A ticket as the API would issue it (after the seat was reserved). */
export function ticketOf(user: User, code: string, locale: 'en' | 'ru' = 'en', seconds = coopConfig.ticketSeconds) {
  return issueTicket({ userId: user.id, name: user.displayName, locale, room: code, node: coopConfig.nodeId }, seconds).ticket
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** A player with an API token. */
export async function coopPlayer(state?: 'russian') {
  const user = state ? await UserFactory.apply(state).create() : await UserFactory.create()
  const token = await User.accessTokens.create(user)
  return { user, token: token.value!.release() }
}

/** Two players seated in a room of `level`, both connected and through the ready check into the match. */
export async function startedMatch(level = 11) {
  const host = await coopPlayer()
  const guest = await coopPlayer()
  const { room, ticket } = await roomWithHost(host.user, level)
  const a = CoopTestClient.withTicket(ticket)
  await a.next('welcome')
  await roomDirectory.reserve(room.code, { userId: guest.user.id, name: guest.user.displayName }, Date.now(), 60_000)
  const b = CoopTestClient.withTicket(ticketOf(guest.user, room.code))
  await b.next('welcome')
  a.send({ type: 'ready', ready: true })
  b.send({ type: 'ready', ready: true })
  const snapshotA = await a.next('snapshot')
  const snapshotB = await b.next('snapshot')
  return { host, guest, room, a, b, snapshotA, snapshotB }
}

/** The match state a client holds: its snapshot with every patch since applied. */
export function stateSeenBy(client: CoopTestClient) {
  const snapshot = client.all('snapshot').at(-1)!
  let state = snapshot.state as Record<string, unknown>
  for (const patch of client.all('patch')) if (patch.tick > snapshot.tick && patch.p) state = applyPatch(state, patch.p)
  return state
}

/** The feedback on one phrase (by its seq and seat), as this client received it. */
export async function feedbackFor(client: CoopTestClient, seq: number, seat: number) {
  const patch = await client.find('patch', (frame) => Boolean(frame.fb?.some((entry) => entry.seq === seq && entry.seat === seat)))
  return patch.fb!.find((entry) => entry.seq === seq && entry.seat === seat) as FeedbackView
}

/** Group setup: seed content; at teardown the hub's rooms go before the players do. */
export async function withHubRooms() {
  const seeded = await withSeedContent()
  return async () => {
    for (const room of coopHub()?.rooms ?? []) room.dispose()
    await seeded()
  }
}

/** Polls until `read` returns something truthy. */
export async function eventually<T>(read: () => Promise<T | null | undefined | false>, timeoutMs = 10_000, what = 'the condition') {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`)
    await sleep(25)
  }
}
