/**
 * The co-op hub's wire protocol: what a client and the hub say to each
 * other over `WS /coop`. Pure TypeScript with no framework imports: the
 * browser connector and the bench's bots use it too. Written out for
 * people in PROTOCOL.md next to this file; bump PROTOCOL_VERSION on any
 * change a client would notice.
 */

export const PROTOCOL_VERSION = 1

/**
 * Why the hub closed a socket. 1000–1015 are WebSocket's own; ours are in
 * the 4000 range, named after the HTTP status they resemble.
 */
export const CLOSE = {
  /** The match is over and results were sent, or the player left. */
  normal: 1000,
  /** This process is shutting down; the room's results so far are stored. */
  restarting: 1012,
  /** No ticket, or one that is not ours (bad signature, wrong shape). */
  badTicket: 4401,
  /** The ticket was used already: tickets open one socket once. */
  ticketUsed: 4403,
  /** The room is gone (ended, or never existed here). */
  roomGone: 4404,
  /** The heartbeat went unanswered: the connection is considered dead. */
  idle: 4408,
  /** The ticket's 60 seconds are up; ask for a new one. */
  ticketExpired: 4410,
  /** The room is full or has started without this player. */
  seatTaken: 4409,
  /** The same player opened the room in another tab: the older socket goes. */
  replaced: 4412,
  /** The ticket (or resume token) names another hub process: connect to the URL the ticket came with. */
  wrongNode: 4421,
  /** The client speaks another protocol version. */
  badVersion: 4426,
  /** Too many frames, after warnings. */
  flooding: 4429,
  /** This process runs as many rooms as it may. */
  busy: 4503,
} as const

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE]

/** Error frames' codes: a bad frame never closes the socket, except flooding. */
export type ErrorCode =
  | 'bad_json'
  | 'too_large'
  | 'unknown_type'
  | 'invalid'
  | 'rate_limited'
  | 'not_now'
  | 'not_in_room'

// ---------------------------------------------------------------------------
// Client → hub
// ---------------------------------------------------------------------------

export type InputMode = 'text' | 'voice' | 'tiles'

export type ClientFrame =
  /** Lobby: I am ready (or not any more). */
  | { type: 'ready'; ready: boolean }
  /** Lobby: start now — alone, when nobody came (quick match offers it after a wait). */
  | { type: 'start'; solo: true }
  /** A phrase: `seq` is the client's own counter, echoed in the feedback. */
  | { type: 'command'; seq: number; utterance: string; alternatives?: string[]; inputMode?: InputMode }
  /** Leave the room for good (the seat is freed in the lobby; in a match the team plays on). */
  | { type: 'leave' }
  /** The client's own keep-alive (the hub also pings at the WebSocket level). */
  | { type: 'ping'; t?: number }

// ---------------------------------------------------------------------------
// Hub → client
// ---------------------------------------------------------------------------

export type Phase = 'lobby' | 'starting' | 'playing' | 'ended'

export type SeatView = {
  seat: number
  userId: number
  name: string
  ready: boolean
  connected: boolean
  host: boolean
}

export type RoomView = {
  code: string
  game: string
  level: number
  kind: 'invite' | 'quick'
  minPlayers: number
  maxPlayers: number
}

/** What one phrase did: every player in the room sees every player's. */
export type FeedbackView = {
  seat: number
  name: string
  seq: number
  utterance: string
  passed: boolean
  score: number
  /** The game carried the order out (a passed phrase may still be refused: "no free ground"). */
  accepted: boolean
  /** The game's refusal, in the reader's language. */
  reason: { key: string; message: string } | null
  /** The checker's word-by-word feedback, in the reader's language. */
  feedback: unknown[]
  /** The checker's summary line when the phrase failed, in the reader's language. */
  error: string | null
  intent: { name: string; slots: Record<string, string | number> } | null
  /** The phrase as it should have been said, when it was not right. */
  expected: string | null
  explanation: unknown
  examples: Array<{ text: string; translation?: string }>
  tick: number
}

export type ResultView = {
  seat: number
  userId: number
  name: string
  commands: number
  passed: number
  accepted: number
  /** Passed phrases over phrases said, 0–1. */
  accuracy: number
  score: number
}

export type MatchOutcome = 'won' | 'lost' | 'timeout' | 'abandoned' | 'interrupted'

export type ServerFrame =
  | {
      type: 'welcome'
      v: number
      room: RoomView
      you: { seat: number; userId: number; name: string }
      /** Reconnect with `/coop?resume=<token>` within the window to keep the seat. */
      resume: string
      reconnectSeconds: number
      phase: Phase
      serverTime: number
    }
  | { type: 'lobby'; seats: SeatView[]; phase: 'lobby' | 'starting'; startsAt: number | null; soloOfferAt: number | null }
  | {
      type: 'snapshot'
      tick: number
      tickRate: number
      state: unknown
      seats: SeatView[]
      startedAt: number
      endsAt: number
      recent: FeedbackView[]
    }
  | { type: 'patch'; tick: number; p?: StatePatch; fb?: FeedbackView[] }
  | { type: 'presence'; seat: number; connected: boolean; until: number | null }
  | { type: 'ended'; matchId: string; outcome: MatchOutcome; results: ResultView[] }
  | { type: 'error'; code: ErrorCode; message: string; seq?: number }
  | { type: 'pong'; t?: number; serverTime: number }
  | { type: 'shutdown'; message: string }

// ---------------------------------------------------------------------------
// State patches
// ---------------------------------------------------------------------------

type Keyed = { id: number | string }

/**
 * The difference between two states of a match, keyed by top-level field:
 * `s` sets fields outright; `l` changes lists of objects with an `id`
 * (squads, buildings) item by item — `u` the items added or changed, `d`
 * the ids gone — so a patch carries only what moved.
 */
export type StatePatch = {
  s?: Record<string, unknown>
  l?: Record<string, { u?: Keyed[]; d?: Array<number | string> }>
}

function isKeyedList(value: unknown): value is Keyed[] {
  if (!Array.isArray(value) || value.length === 0) return false
  const first = value[0] as Keyed | null
  return typeof first === 'object' && first !== null && (typeof first.id === 'number' || typeof first.id === 'string')
}

/** Whether applyPatch's order (old items where they were, new ones last) is `after`'s order. */
function keepsOrder(before: Keyed[], after: Keyed[], ids: Set<number | string>) {
  const old = new Set(before.map((item) => item.id))
  const expected = [...before.filter((item) => ids.has(item.id)), ...after.filter((item) => !old.has(item.id))]
  return expected.every((item, index) => item.id === after[index].id)
}

/**
 * What changed from `previous` to `next`. Rule functions never mutate, so
 * an unchanged field or list item is the same object: comparing references
 * is enough and costs nothing.
 *
 * @example
 * diffState({ turn: 1, squads: [a, b] }, { turn: 2, squads: [a, b2] })
 * // → { s: { turn: 2 }, l: { squads: { u: [b2] } } }
 */
export function diffState(previous: Record<string, unknown>, next: Record<string, unknown>): StatePatch | null {
  if (previous === next) return null
  let set: Record<string, unknown> | undefined
  let lists: StatePatch['l']
  for (const key of Object.keys(next)) {
    const before = previous[key]
    const after = next[key]
    if (before === after) continue
    if (isKeyedList(after) && Array.isArray(before)) {
      const old = new Map((before as Keyed[]).map((item) => [item.id, item]))
      const upserts = after.filter((item) => old.get(item.id) !== item)
      const ids = new Set(after.map((item) => item.id))
      const gone = (before as Keyed[]).filter((item) => !ids.has(item.id)).map((item) => item.id)
      if (upserts.length === 0 && gone.length === 0 && before.length === after.length && after.every((item, index) => (before as Keyed[])[index] === item)) continue
      if (upserts.length + gone.length < after.length && keepsOrder(before as Keyed[], after, ids)) {
        lists ??= {}
        lists[key] = { ...(upserts.length > 0 ? { u: upserts } : {}), ...(gone.length > 0 ? { d: gone } : {}) }
        continue
      }
    }
    set ??= {}
    set[key] = after
  }
  for (const key of Object.keys(previous)) {
    if (!(key in next)) {
      set ??= {}
      set[key] = null
    }
  }
  if (!set && !lists) return null
  return { ...(set ? { s: set } : {}), ...(lists ? { l: lists } : {}) }
}

/**
 * A state with a patch applied (a new object; the old one is untouched).
 * Changed list items replace the old ones where they stood; new ones go at
 * the end, as the rules add them.
 */
export function applyPatch<State extends Record<string, unknown>>(state: State, patch: StatePatch): State {
  const next: Record<string, unknown> = { ...state, ...patch.s }
  for (const [key, change] of Object.entries(patch.l ?? {})) {
    const list = (Array.isArray(state[key]) ? (state[key] as Keyed[]) : []).slice()
    const gone = new Set(change.d ?? [])
    const index = new Map(list.map((item, position) => [item.id, position]))
    const added: Keyed[] = []
    for (const item of change.u ?? []) {
      const position = index.get(item.id)
      if (position === undefined) added.push(item)
      else list[position] = item
    }
    next[key] = [...list.filter((item) => !gone.has(item.id)), ...added]
  }
  return next as State
}
