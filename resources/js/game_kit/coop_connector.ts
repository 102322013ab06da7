/**
 * The browser's client of the co-op hub (app/realtime/PROTOCOL.md): one
 * WebSocket to a room, the match state kept from the snapshot and every
 * patch since, the resume token kept per room in sessionStorage, and
 * reconnection with it after an abnormal close. No framework code: a page
 * subscribes with `on` and renders what it hears.
 */
import { applyPatch, CLOSE, PROTOCOL_VERSION } from '../../../app/realtime/protocol.js'
import type { ClientFrame, InputMode, SeatView, ServerFrame } from '../../../app/realtime/protocol.js'

export { PROTOCOL_VERSION }
export type {
  FeedbackView as CoopFeedback,
  MatchOutcome,
  ResultView,
  RoomView,
  SeatView,
} from '../../../app/realtime/protocol.js'

type FrameOf<Type extends ServerFrame['type']> = Extract<ServerFrame, { type: Type }>
export type WelcomeFrame = FrameOf<'welcome'>
export type LobbyFrame = FrameOf<'lobby'>
export type SnapshotFrame = FrameOf<'snapshot'>
export type PatchFrame = FrameOf<'patch'>
export type PresenceFrame = FrameOf<'presence'>
export type EndedFrame = FrameOf<'ended'>
export type ErrorFrame = FrameOf<'error'>

type MatchState = Record<string, unknown>

/** The match as this client holds it: the last snapshot with every patch since applied. */
export type CoopMatch<State extends MatchState = MatchState> = {
  tick: number
  tickRate: number
  state: State
  seats: SeatView[]
  startedAt: number
  endsAt: number
}

/**
 * Why the socket is closed for good, named after the close code (or what
 * the connector gave up on). The page says it in words.
 */
export type CloseMeaning =
  /** 1000 after `ended`: the results are in. */
  | 'ended'
  /** 1000 without `ended`: this player left. */
  | 'left'
  /** 1012: the server is restarting (after `shutdown`). */
  | 'restarting'
  /** 4404: the room is gone. */
  | 'room_gone'
  /** 4409: no seat is held for this player any more. */
  | 'seat_taken'
  /** 4412: the same player opened the room in another tab, which plays now. */
  | 'replaced'
  /** 4426: the page is older than the hub: reload it. */
  | 'bad_version'
  /** 4503: the server runs as many rooms as it may. */
  | 'busy'
  /** 4401, 4403, 4410, 4421 when no new ticket could be had. */
  | 'bad_ticket'
  /** The connection stayed down past the reconnection window. */
  | 'unreachable'
  /** A new ticket was refused (the message says why, from the API). */
  | 'no_ticket'
  /** The page closed the connection. */
  | 'closed'

export type CoopStatus =
  | { state: 'connecting' }
  | { state: 'open' }
  /** The socket dropped; retrying with the resume token until `until` (this browser's clock, ms). */
  | { state: 'reconnecting'; code: number; attempt: number; until: number }
  | { state: 'closed'; code: number; meaning: CloseMeaning; message?: string }

export type CoopEvent<State extends MatchState = MatchState> =
  | { type: 'status'; status: CoopStatus }
  | { type: 'welcome'; frame: WelcomeFrame }
  | { type: 'lobby'; frame: LobbyFrame }
  /** The whole match: at the start, and after every reconnection. */
  | { type: 'snapshot'; frame: SnapshotFrame; match: CoopMatch<State> }
  /** One tick's changes; `previous` is the state before them (the same object when only feedback came). */
  | { type: 'patch'; frame: PatchFrame; previous: State; match: CoopMatch<State> }
  | { type: 'presence'; frame: PresenceFrame }
  | { type: 'ended'; frame: EndedFrame }
  | { type: 'error'; frame: ErrorFrame }
  | { type: 'shutdown'; frame: FrameOf<'shutdown'> }

/** Asks the API for a new single-use ticket (POST /api/coop/tickets), or says why not. */
export type TicketSource = () => Promise<{ url: string; ticket: string } | { error: string }>

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export type ConnectOptions = ({ url: string; ticket: string } | { url: string; resume: string }) & {
  /** The room's code: the resume token and the command counter are kept under it. */
  room: string
  /** Where a new ticket comes from when the old one (or the resume token) cannot be used. */
  renewTicket?: TicketSource
  /** sessionStorage by default (per tab, survives a reload); null keeps nothing. */
  storage?: KeyValueStore | null
  /** The WebSocket class (a test may pass its own). */
  WebSocket?: typeof WebSocket
  /** How often the client pings the hub; a socket silent for 2.5 times this long is dropped. */
  heartbeatMs?: number
}

/** Waits between reconnection attempts (ms), the last one repeating; a little jitter is added. */
const BACKOFF = [150, 400, 800, 1500, 2500, 4000]
/** After 4429 (flooding) the first retry waits at least this long. */
const FLOOD_PAUSE = 1500
/** New tickets asked for in a row without getting in, before giving up. */
const MAX_RENEWALS = 2

/** Kept per room in the tab's storage: the resume token, the socket's address and the command counter. */
type Stored = { resume: string | null; url: string | null; seq: number }

function sessionStore(): KeyValueStore | null {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null
  } catch {
    // Storage can be switched off; the connector then keeps its token in memory only.
    return null
  }
}

const keyOf = (room: string) => `parley.coop.${room.toUpperCase()}`
const ticketKeyOf = (room: string) => `parley.coop.ticket.${room.toUpperCase()}`

function readStored(storage: KeyValueStore | null, room: string): Stored {
  try {
    const parsed = JSON.parse(storage?.getItem(keyOf(room)) ?? 'null') as Partial<Stored> | null
    return {
      resume: typeof parsed?.resume === 'string' ? parsed.resume : null,
      url: typeof parsed?.url === 'string' ? parsed.url : null,
      seq: Number.isSafeInteger(parsed?.seq) ? Number(parsed!.seq) : 0,
    }
  } catch {
    return { resume: null, url: null, seq: 0 }
  }
}

/** The resume token this tab holds for a room and where to use it, if any: connect with it instead of a new ticket. */
export function storedResume(room: string, storage: KeyValueStore | null = sessionStore()): { url: string; resume: string } | null {
  const stored = readStored(storage, room)
  return stored.resume && stored.url ? { url: stored.url, resume: stored.resume } : null
}

/**
 * Keeps a ticket the lobby just got (with the new room) for the room page,
 * so it does not ask for another; `takeTicket` hands it over once.
 */
export function handOffTicket(room: string, ticket: { url: string; ticket: string; expiresAt: string }, storage: KeyValueStore | null = sessionStore()) {
  storage?.setItem(ticketKeyOf(room), JSON.stringify(ticket))
}

/** The ticket `handOffTicket` kept, if it is still in date (a few seconds to spare); it is removed either way. */
export function takeTicket(room: string, storage: KeyValueStore | null = sessionStore()): { url: string; ticket: string } | null {
  const raw = storage?.getItem(ticketKeyOf(room))
  storage?.removeItem(ticketKeyOf(room))
  try {
    const parsed = JSON.parse(raw ?? 'null') as { url?: unknown; ticket?: unknown; expiresAt?: unknown } | null
    if (typeof parsed?.url !== 'string' || typeof parsed.ticket !== 'string') return null
    if (Date.parse(String(parsed.expiresAt)) - Date.now() < 5000) return null
    return { url: parsed.url, ticket: parsed.ticket }
  } catch {
    return null
  }
}

/** Opens the room's socket; see `CoopConnection`. */
export function connect<State extends MatchState = MatchState>(options: ConnectOptions) {
  return new CoopConnection<State>(options)
}

/**
 * One player's connection to one room.
 *
 * - Frames are typed by the protocol; the match state is the snapshot with
 *   each patch applied in tick order (a patch for a tick already held is
 *   dropped: the state never goes back).
 * - `welcome` brings the resume token: it is stored per room, so a reload
 *   resumes the seat.
 * - An abnormal close (1006, 4408 idle, 4429 flooding after a pause, a
 *   server error) is followed by reconnection with the resume token, with
 *   growing waits, until the room's reconnection window has passed. A ticket
 *   problem asks `renewTicket` for a new one. Anything else closes for good,
 *   with the code's meaning in `status`.
 */
export class CoopConnection<State extends MatchState = MatchState> {
  status: CoopStatus = { state: 'connecting' }
  welcome: WelcomeFrame | null = null
  lobby: LobbyFrame | null = null
  match: CoopMatch<State> | null = null
  ended: EndedFrame | null = null
  /** The server's clock minus this browser's, in ms: countdowns use server times. */
  serverOffset = 0

  #options: ConnectOptions
  #storage: KeyValueStore | null
  #url: string
  #ticket: string | null
  #resume: string | null
  #seq: number
  #socket: WebSocket | null = null
  #listeners = new Set<(event: CoopEvent<State>) => void>()
  #retryTimer: ReturnType<typeof setTimeout> | null = null
  #heartbeat: ReturnType<typeof setInterval> | null = null
  #lastHeard = 0
  #attempt = 0
  #renewals = 0
  #giveUpAt = 0
  #finished = false

  constructor(options: ConnectOptions) {
    this.#options = options
    this.#storage = options.storage === undefined ? sessionStore() : options.storage
    this.#url = options.url
    this.#ticket = 'ticket' in options ? options.ticket : null
    this.#resume = 'resume' in options ? options.resume : null
    this.#seq = readStored(this.#storage, options.room).seq
    this.#open()
  }

  /** The room's code. */
  get room() {
    return this.#options.room.toUpperCase()
  }

  /** This player's seat, once welcomed. */
  get seat() {
    return this.welcome?.you.seat ?? null
  }

  /** The server's clock now (ms). */
  serverNow() {
    return Date.now() + this.serverOffset
  }

  /** Listens to everything the connection hears and every status change; returns the unsubscribe function. */
  on(listener: (event: CoopEvent<State>) => void) {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  /** Sends a frame if the socket is open; false when it is not (the caller may say so). */
  send(frame: ClientFrame) {
    if (!this.#socket || this.#socket.readyState !== this.#socket.OPEN || this.status.state !== 'open') return false
    this.#socket.send(JSON.stringify(frame))
    return true
  }

  /** Lobby: ready, or not any more. */
  ready(ready: boolean) {
    return this.send({ type: 'ready', ready })
  }

  /** Lobby: start alone (offered once `soloOfferAt` passed with nobody else in the room). */
  startAlone() {
    return this.send({ type: 'start', solo: true })
  }

  /**
   * A phrase for the match; returns its `seq` (the feedback names it), or
   * null when the socket is not open. The counter survives reloads.
   */
  command(utterance: string, options: { alternatives?: string[]; inputMode?: InputMode } = {}) {
    const seq = this.#seq
    const sent = this.send({
      type: 'command',
      seq,
      utterance,
      ...(options.alternatives && options.alternatives.length > 0 ? { alternatives: options.alternatives.slice(0, 10) } : {}),
      ...(options.inputMode ? { inputMode: options.inputMode } : {}),
    })
    if (!sent) return null
    this.#seq += 1
    this.#save()
    return seq
  }

  /** Leaves the room for good (the hub closes with 1000); the stored token goes. */
  leave() {
    const sent = this.send({ type: 'leave' })
    this.#forget()
    if (!sent) this.close()
  }

  /** Closes the socket from this side (leaving the page); the seat is held for the window as for any drop. */
  close() {
    if (this.#finished) return
    this.#finish({ state: 'closed', code: 1000, meaning: 'closed' })
    const socket = this.#socket
    this.#detach()
    socket?.close(1000, 'page closed')
  }

  // -------------------------------------------------------------------------

  #emit(event: CoopEvent<State>) {
    for (const listener of [...this.#listeners]) listener(event)
  }

  #setStatus(status: CoopStatus) {
    this.status = status
    this.#emit({ type: 'status', status })
  }

  #save() {
    try {
      this.#storage?.setItem(keyOf(this.#options.room), JSON.stringify({ resume: this.#resume, url: this.#url, seq: this.#seq } satisfies Stored))
    } catch {
      // A full or disabled storage only costs the resume after a reload.
    }
  }

  #forget() {
    this.#resume = null
    try {
      this.#storage?.removeItem(keyOf(this.#options.room))
    } catch {}
  }

  #open() {
    const address = new URL(this.#url, typeof window !== 'undefined' ? window.location.href : undefined)
    address.searchParams.set('v', String(PROTOCOL_VERSION))
    address.searchParams.delete('ticket')
    address.searchParams.delete('resume')
    if (this.#resume) address.searchParams.set('resume', this.#resume)
    else if (this.#ticket) address.searchParams.set('ticket', this.#ticket)
    // A ticket opens one socket once: the next connection needs the resume token or a new ticket.
    this.#ticket = null

    const Socket = this.#options.WebSocket ?? WebSocket
    const socket = new Socket(address.toString())
    this.#socket = socket
    this.#lastHeard = Date.now()
    socket.onmessage = (message) => this.#onMessage(message.data)
    socket.onclose = (event) => {
      if (this.#socket !== socket) return
      this.#detach()
      this.#onClose(event.code)
    }
    // An error is always followed by a close, which decides what happens next.
    socket.onerror = () => {}
  }

  #detach() {
    if (this.#heartbeat) clearInterval(this.#heartbeat)
    this.#heartbeat = null
    const socket = this.#socket
    if (socket) {
      socket.onmessage = null
      socket.onclose = null
      socket.onerror = null
    }
    this.#socket = null
  }

  #startHeartbeat() {
    const every = this.#options.heartbeatMs ?? 10_000
    if (this.#heartbeat) clearInterval(this.#heartbeat)
    this.#heartbeat = setInterval(() => {
      if (Date.now() - this.#lastHeard > every * 2.5) {
        // Nothing heard for too long (a network that died quietly): drop it and resume.
        const socket = this.#socket
        this.#detach()
        try {
          socket?.close(4000, 'silent')
        } catch {}
        this.#onClose(1006)
        return
      }
      this.send({ type: 'ping', t: Date.now() })
    }, every)
  }

  #onMessage(data: unknown) {
    this.#lastHeard = Date.now()
    let frame: ServerFrame
    try {
      frame = JSON.parse(String(data)) as ServerFrame
    } catch {
      return
    }
    if (!frame || typeof frame !== 'object' || typeof frame.type !== 'string') return
    switch (frame.type) {
      case 'welcome':
        this.welcome = frame
        this.serverOffset = frame.serverTime - Date.now()
        this.#resume = frame.resume
        this.#save()
        this.#attempt = 0
        this.#renewals = 0
        this.#giveUpAt = 0
        this.#setStatus({ state: 'open' })
        this.#startHeartbeat()
        this.#emit({ type: 'welcome', frame })
        return
      case 'lobby':
        this.lobby = frame
        this.#emit({ type: 'lobby', frame })
        return
      case 'snapshot': {
        this.match = {
          tick: frame.tick,
          tickRate: frame.tickRate,
          state: frame.state as State,
          seats: frame.seats,
          startedAt: frame.startedAt,
          endsAt: frame.endsAt,
        }
        this.#emit({ type: 'snapshot', frame, match: this.match })
        return
      }
      case 'patch': {
        const match = this.match
        if (!match) return
        if (frame.tick <= match.tick) {
          // Ticks only go forward; an old one would take the state back.
          console.warn(`co-op: patch for tick ${frame.tick} after tick ${match.tick} dropped`)
          return
        }
        const previous = match.state
        this.match = { ...match, tick: frame.tick, state: frame.p ? applyPatch(previous, frame.p) : previous }
        this.#emit({ type: 'patch', frame, previous, match: this.match })
        return
      }
      case 'presence':
        if (this.match) {
          this.match = { ...this.match, seats: this.match.seats.map((seat) => (seat.seat === frame.seat ? { ...seat, connected: frame.connected } : seat)) }
        }
        this.#emit({ type: 'presence', frame })
        return
      case 'ended':
        this.ended = frame
        // The room is over: a reload must not try to resume it.
        this.#forget()
        this.#emit({ type: 'ended', frame })
        return
      case 'pong':
        if (typeof frame.t === 'number') this.serverOffset = frame.serverTime - (frame.t + (Date.now() - frame.t) / 2)
        return
      case 'error':
        this.#emit({ type: 'error', frame })
        return
      case 'shutdown':
        this.#emit({ type: 'shutdown', frame })
        return
    }
  }

  #onClose(code: number) {
    if (this.#finished) return
    switch (code) {
      case CLOSE.normal:
        this.#forget()
        return this.#finish({ state: 'closed', code, meaning: this.ended ? 'ended' : 'left' })
      case CLOSE.restarting:
        this.#forget()
        return this.#finish({ state: 'closed', code, meaning: 'restarting' })
      case CLOSE.roomGone:
        this.#forget()
        return this.#finish({ state: 'closed', code, meaning: 'room_gone' })
      case CLOSE.seatTaken:
        // A lobby seat lost to a long drop may be had again with a new ticket; a match seat may not.
        if (this.#resume && this.#options.renewTicket && this.#inLobby()) {
          this.#forget()
          return void this.#renew(code)
        }
        this.#forget()
        return this.#finish({ state: 'closed', code, meaning: 'seat_taken' })
      case CLOSE.replaced:
        return this.#finish({ state: 'closed', code, meaning: 'replaced' })
      case CLOSE.badVersion:
        return this.#finish({ state: 'closed', code, meaning: 'bad_version' })
      case CLOSE.busy:
        return this.#finish({ state: 'closed', code, meaning: 'busy' })
      case CLOSE.badTicket:
      case CLOSE.ticketUsed:
      case CLOSE.ticketExpired:
      case CLOSE.wrongNode:
        // A resume token refused as bad is of no more use; the ticket was single-use anyway.
        if (code === CLOSE.badTicket || code === CLOSE.wrongNode) this.#forget()
        return void this.#renew(code)
      default:
        return this.#reconnect(code)
    }
  }

  #inLobby() {
    return !this.match && !this.ended
  }

  /** Reconnects with the resume token, waiting longer each time, until the window has passed. */
  #reconnect(code: number) {
    if (!this.#resume) return void this.#renew(code)
    const now = Date.now()
    if (this.#giveUpAt === 0) this.#giveUpAt = now + (this.welcome?.reconnectSeconds ?? 30) * 1000
    if (now >= this.#giveUpAt) {
      // Past the window the seat may still be ours in the lobby: a new ticket says.
      if (this.#options.renewTicket && this.#inLobby()) return void this.#renew(code)
      return this.#finish({ state: 'closed', code, meaning: 'unreachable' })
    }
    const base = BACKOFF[Math.min(this.#attempt, BACKOFF.length - 1)]
    const wait = Math.min(Math.max(base, code === CLOSE.flooding && this.#attempt === 0 ? FLOOD_PAUSE : 0) * (1 + Math.random() * 0.2), Math.max(0, this.#giveUpAt - now))
    this.#attempt += 1
    this.#setStatus({ state: 'reconnecting', code, attempt: this.#attempt, until: this.#giveUpAt })
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null
      if (!this.#finished) this.#open()
    }, wait)
  }

  /** Asks for a new ticket and connects with it; gives up after a few in a row that did not get in. */
  async #renew(code: number) {
    const renew = this.#options.renewTicket
    if (!renew || this.#renewals >= MAX_RENEWALS) return this.#finish({ state: 'closed', code, meaning: 'bad_ticket' })
    this.#renewals += 1
    this.#setStatus({ state: 'reconnecting', code, attempt: this.#attempt + 1, until: Date.now() + (this.welcome?.reconnectSeconds ?? 30) * 1000 })
    let answer: Awaited<ReturnType<TicketSource>>
    try {
      answer = await renew()
    } catch {
      answer = { error: '' }
    }
    if (this.#finished) return
    if ('error' in answer) return this.#finish({ state: 'closed', code, meaning: 'no_ticket', message: answer.error || undefined })
    this.#url = answer.url
    this.#ticket = answer.ticket
    this.#resume = null
    this.#open()
  }

  #finish(status: Extract<CoopStatus, { state: 'closed' }>) {
    if (this.#retryTimer) clearTimeout(this.#retryTimer)
    this.#retryTimer = null
    if (this.#heartbeat) clearInterval(this.#heartbeat)
    this.#heartbeat = null
    this.#finished = true
    this.#setStatus(status)
  }
}
