import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { createHistogram, type RecordableHistogram } from 'node:perf_hooks'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import type { I18n } from '@adonisjs/i18n'
import { errors as vineErrors } from '@vinejs/vine'
import gameRegistry from '#game_kit/registry'
import type { CompiledLevel } from '#language/types'
import { coopFrameValidators, type CoopFrameType } from '#validators/coop'
import { Connection, type TrafficCounters } from '#realtime/connection'
import { CLOSE, PROTOCOL_VERSION } from '#realtime/protocol'
import { Room, type MatchRecord, type RoomSettings } from '#realtime/room'
import type { RoomDirectory, RoomRecord } from '#realtime/room_directory'
import { issueResume, readResume, readTicket } from '#realtime/tickets'
import type { OnceKeys } from '#services/once_keys'

export type HubSettings = Omit<RoomSettings, 'tickRate'> & {
  nodeId: string
  publicUrl: string | null
  /** Origins a browser page may open the socket from; the request's own host always may. */
  allowedOrigins: string[]
  maxRooms: number
  ticketSeconds: number
  maxFrameBytes: number
  hardFrameBytes: number
  framesPerSecond: number
  frameBurst: number
  floodWarnings: number
  heartbeatSeconds: number
  /** A fixed tick rate for every room (COOP_TICK_RATE), or null for each game's own. */
  fixedTickRate: number | null
}

/** What the hub borrows from the app: content, languages, storage. Tests and the bench give the real ones. */
export type HubServices = {
  directory: RoomDirectory
  onceKeys: OnceKeys
  level(game: string, level: number): Promise<CompiledLevel | null>
  dictionary(): Promise<Set<string>>
  i18n(locale: 'en' | 'ru'): I18n
  storeResults(record: MatchRecord): Promise<void>
  logger: { error(payload: object, message: string): void; warn(payload: object, message: string): void; info(payload: object, message: string): void }
}

export type HubFigures = {
  rooms: number
  playing: number
  connections: number
  traffic: TrafficCounters
  ticks: number
  /** Per-room tick durations and lateness against the tick's due time, in ms. */
  tickMs: { p50: number; p99: number; max: number }
  lateMs: { p50: number; p99: number; max: number }
}

const PATH = '/coop'

/** Frames a socket sent before it was seated, and the listener that keeps them. */
type EarlyFrames = { frames: Array<[RawData, boolean]>; listener: (data: RawData, isBinary: boolean) => void }
/** How long a peer has to answer the close on shutdown before its socket is cut. */
const CLOSE_GRACE_MS = 2000

function percentiles(histogram: RecordableHistogram) {
  if (histogram.count === 0) return { p50: 0, p99: 0, max: 0 }
  return { p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 }
}

/**
 * The co-op hub: WebSocket rooms at /coop on the app's own HTTP server.
 * It checks who may connect (the page's origin, a single-use ticket or a
 * resume token), keeps every socket within its limits (frame size, rate,
 * heartbeat) and hands valid frames to the rooms. A malformed frame gets
 * an error frame and never reaches a room.
 */
export class CoopHub {
  #wss: WebSocketServer
  #rooms = new Map<string, Room>()
  #opening = new Map<string, Promise<Room | 'busy' | null>>()
  #connections = new Set<Connection>()
  /** Sockets past the upgrade whose ticket and seat are still being checked. */
  #admitting = new Set<WebSocket>()
  /**
   * Admissions in progress per room and player (`CODE:userId`): a second
   * tab, a reload. `abandoned`: one of them claimed the seat and went.
   */
  #admissions = new Map<string, { count: number; abandoned: boolean }>()
  #traffic: TrafficCounters = { bytesIn: 0, bytesOut: 0, framesIn: 0, framesOut: 0 }
  #tickDurations = createHistogram()
  #tickLateness = createHistogram()
  #ticks = 0
  #heartbeat: NodeJS.Timeout | null = null
  #registration: NodeJS.Timeout | null = null
  #server: Server | null = null
  #closing = false

  constructor(
    readonly settings: HubSettings,
    private services: HubServices
  ) {
    // closeTimeout (ws ≥ 8.19, not in @types/ws yet): a peer that never answers a close is cut after
    // 2 s instead of 30, so a shutdown cannot hang on it.
    const options = { noServer: true, maxPayload: settings.hardFrameBytes, perMessageDeflate: false, clientTracking: false, closeTimeout: CLOSE_GRACE_MS }
    this.#wss = new WebSocketServer(options)
  }

  get nodeId() {
    return this.settings.nodeId
  }

  /** Listens for upgrades to /coop on `server`; every other upgrade is left to its owner. */
  attach(server: Server) {
    this.#server = server
    server.on('upgrade', this.#onUpgrade)
    this.#heartbeat = setInterval(() => this.#pingRound(), this.settings.heartbeatSeconds * 1000)
    this.#heartbeat.unref()
    const register = () =>
      this.services.directory
        .registerNode(this.settings.nodeId, this.settings.publicUrl, this.settings.heartbeatSeconds * 3)
        .catch((error) => this.services.logger.warn({ err: error }, 'co-op node not registered'))
    void register()
    this.#registration = setInterval(register, this.settings.heartbeatSeconds * 1000)
    this.#registration.unref()
  }

  room(code: string) {
    return this.#rooms.get(code)
  }

  get rooms() {
    return [...this.#rooms.values()]
  }

  figures(): HubFigures {
    return {
      rooms: this.#rooms.size,
      playing: [...this.#rooms.values()].filter((room) => room.phase === 'playing').length,
      connections: this.#connections.size,
      traffic: { ...this.#traffic },
      ticks: this.#ticks,
      tickMs: percentiles(this.#tickDurations),
      lateMs: percentiles(this.#tickLateness),
    }
  }

  resetFigures() {
    this.#tickDurations.reset()
    this.#tickLateness.reset()
    this.#ticks = 0
    this.#traffic = Object.assign(this.#traffic, { bytesIn: 0, bytesOut: 0, framesIn: 0, framesOut: 0 })
  }

  // -------------------------------------------------------------------------
  // Handshake
  // -------------------------------------------------------------------------

  #onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://hub.invalid')
    if (url.pathname !== PATH) {
      // Another listener (Vite's HMR in development) may want it; with none, Node would have closed it.
      if (this.#server && this.#server.listenerCount('upgrade') === 1) this.#refuse(socket, 404, 'Not Found')
      return
    }
    if (this.#closing) return this.#refuse(socket, 503, 'Service Unavailable')
    if (!this.#originAllowed(request)) return this.#refuse(socket, 403, 'Forbidden')
    this.#wss.handleUpgrade(request, socket, head, (ws) => {
      // Frames a client sends before its seat is settled (it need not wait for `welcome`) are kept for the room.
      // As many as the rate limit lets through at once: the room handles them as one burst.
      const early: Array<[RawData, boolean]> = []
      const keep = (data: RawData, isBinary: boolean) => {
        if (early.length < this.settings.frameBurst) early.push([data, isBinary])
      }
      ws.on('message', keep)
      this.#admitting.add(ws)
      this.#admit(ws, url, { frames: early, listener: keep })
        .catch((error) => {
          this.services.logger.error({ err: error }, 'co-op connection failed')
          ws.close(1011, 'server error')
        })
        .finally(() => this.#admitting.delete(ws))
    })
  }

  #refuse(socket: Duplex, status: number, text: string) {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
    socket.once('finish', () => socket.destroy())
  }

  /**
   * A browser always sends the page's origin: it must be this site's (the
   * host it asked, APP_URL's, or one in COOP_ALLOWED_ORIGINS). A client that is not a
   * browser sends none; it still needs a ticket.
   */
  #originAllowed(request: IncomingMessage) {
    const origin = request.headers.origin
    if (!origin) return true
    let host: string
    try {
      host = new URL(origin).host
    } catch {
      return false
    }
    return host === request.headers.host || this.settings.allowedOrigins.includes(origin)
  }

  async #admit(ws: WebSocket, url: URL, early: EarlyFrames) {
    const version = url.searchParams.get('v')
    if (version !== null && Number(version) !== PROTOCOL_VERSION) return ws.close(CLOSE.badVersion, `this hub speaks version ${PROTOCOL_VERSION}`)

    const resume = url.searchParams.get('resume')
    let identity: { userId: number; name: string; locale: 'en' | 'ru'; room: string; node: string }
    let nonce: string | null = null
    let resumedSeat: number | null = null
    if (resume !== null) {
      const claims = readResume(resume)
      if (!claims) return ws.close(CLOSE.badTicket, 'bad resume token')
      identity = claims
      resumedSeat = claims.seat
    } else {
      const checked = readTicket(url.searchParams.get('ticket') ?? undefined)
      if (checked.status === 'invalid') return ws.close(CLOSE.badTicket, 'bad ticket')
      if (checked.status === 'expired') return ws.close(CLOSE.ticketExpired, 'ticket expired')
      identity = checked.claims
      nonce = checked.claims.nonce
    }
    if (identity.node !== this.settings.nodeId) return ws.close(CLOSE.wrongNode, identity.node)

    const key = `${identity.room}:${identity.userId}`
    const admission = this.#admissions.get(key) ?? { count: 0, abandoned: false }
    admission.count += 1
    this.#admissions.set(key, admission)
    try {
      if (nonce !== null && !(await this.services.onceKeys.claim(`ticket:${nonce}`, this.settings.ticketSeconds + 5))) {
        return ws.close(CLOSE.ticketUsed, 'ticket used')
      }
      if ((await this.#seat(ws, resume, identity, resumedSeat, early)) === 'abandoned') admission.abandoned = true
    } finally {
      admission.count -= 1
      if (admission.count === 0) {
        this.#admissions.delete(key)
        // The last of the player's sockets settled. One claimed the seat and went, and none took it:
        // the claim is a reservation again, for their next try; it lapses if nobody comes. While
        // stopping the room's record is being removed, and must not be written back.
        const room = this.#rooms.get(identity.room)
        if (admission.abandoned && !this.#closing && room && !room.hasPlayer(identity.userId)) {
          this.#quietly(this.services.directory.unclaim(identity.room, identity.userId, Date.now() + this.settings.ticketSeconds * 1000))
        }
      }
    }
  }

  /** The room and the seat for an admitted socket; 'abandoned' when the seat was claimed and the socket went. */
  async #seat(
    ws: WebSocket,
    resume: string | null,
    identity: { userId: number; name: string; locale: 'en' | 'ru'; room: string },
    resumedSeat: number | null,
    early: EarlyFrames
  ): Promise<'abandoned' | void> {
    const found = this.#rooms.get(identity.room) ?? (resume === null ? await this.#open(identity.room) : null)
    if (this.#closing) return ws.close(CLOSE.restarting, 'server restarting')
    if (found === 'busy') return ws.close(CLOSE.busy, 'too many rooms')
    if (!found) return ws.close(CLOSE.roomGone, 'room gone')
    const room = found
    const claimed = resume === null
    // The ticket's reservation becomes the seat (a player already seated keeps theirs).
    const seat = claimed ? await this.services.directory.claim(room.code, identity.userId, Date.now()) : resumedSeat
    if (seat === null) return ws.close(CLOSE.seatTaken, 'no seat held')
    if (!claimed) {
      const held = room.seats.get(seat)
      if (!held || held.userId !== identity.userId || held.gone) return ws.close(CLOSE.seatTaken, 'seat not held')
    }
    if (this.#closing) return ws.close(CLOSE.restarting, 'server restarting')
    if (ws.readyState !== ws.OPEN) return claimed ? 'abandoned' : undefined

    const connection = new Connection(
      ws,
      { userId: identity.userId, name: identity.name, locale: identity.locale },
      { framesPerSecond: this.settings.framesPerSecond, frameBurst: this.settings.frameBurst, floodWarnings: this.settings.floodWarnings },
      this.#traffic
    )
    this.#connections.add(connection)
    ws.off('message', early.listener)
    ws.on('message', (data, isBinary) => this.#onFrame(room, connection, data, isBinary))
    ws.on('close', () => {
      this.#connections.delete(connection)
      room.dropped(connection)
    })
    ws.on('error', () => ws.terminate())
    if (!room.join(connection, seat)) {
      // Refused for good (the match started without them, or ended): the directory must not keep the seat.
      if (claimed && !room.hasPlayer(identity.userId)) this.#quietly(this.services.directory.release(room.code, identity.userId))
      return
    }
    for (const [data, isBinary] of early.frames) this.#onFrame(room, connection, data, isBinary)
  }

  /**
   * The room a ticket names, created here on its first socket from the
   * directory's record; null when there is no such room for this process.
   */
  #open(code: string): Promise<Room | 'busy' | null> {
    let opening = this.#opening.get(code)
    if (!opening) {
      opening = this.#create(code).finally(() => this.#opening.delete(code))
      this.#opening.set(code, opening)
    }
    return opening
  }

  async #create(code: string): Promise<Room | 'busy' | null> {
    const record = await this.services.directory.get(code)
    if (!record || record.phase === 'ended' || record.node !== this.settings.nodeId) return null
    if (this.#rooms.size >= this.settings.maxRooms) return 'busy'
    const game = gameRegistry.find(record.game)
    const level = game?.levels.find((candidate) => candidate.number === record.level)
    const compiled = game && level ? await this.services.level(game.slug, level.number) : null
    if (!game?.coop || !level || !compiled) return null
    const dictionary = await this.services.dictionary()
    // The process began to stop while the room was being looked up: it never runs (nor arms a timer).
    if (this.#closing) return null
    const room: Room = new Room(game, level, { code, kind: record.kind, createdAt: record.createdAt }, this.#roomSettings(game.coop.tickRate), {
      nodeId: this.settings.nodeId,
      level: compiled,
      dictionary,
      i18n: (locale) => this.services.i18n(locale),
      seatFreed: (roomCode, userId) => this.#quietly(this.services.directory.release(roomCode, userId)),
      phaseChanged: (roomCode, phase) => this.#quietly(this.services.directory.setPhase(roomCode, phase)),
      storeResults: (match) => this.services.storeResults(match),
      disposed: (roomCode) => this.#forget(roomCode),
      resumeToken: (roomCode, userId, seat): string => {
        const held = room.seats.get(seat)
        return issueResume({ userId, name: held?.name ?? '', locale: held?.locale ?? 'en', room: roomCode, node: this.settings.nodeId, seat })
      },
      logger: this.services.logger,
    })
    room.onTick = (duration, late) => {
      this.#ticks += 1
      this.#tickDurations.record(Math.max(1, Math.round(duration * 1e6)))
      this.#tickLateness.record(Math.max(1, Math.round(late * 1e6)))
    }
    this.#rooms.set(code, room)
    return room
  }

  #roomSettings(gameTickRate: number): RoomSettings {
    const { reconnectSeconds, soloOfferSeconds, countdownSeconds, endedRoomSeconds, emptyLobbySeconds, storeRetryMs } = this.settings
    return { tickRate: this.settings.fixedTickRate ?? gameTickRate, reconnectSeconds, soloOfferSeconds, countdownSeconds, endedRoomSeconds, emptyLobbySeconds, storeRetryMs }
  }

  #forget(code: string) {
    const room = this.#rooms.get(code)
    if (!room) return
    this.#rooms.delete(code)
    this.#quietly(this.services.directory.remove(code))
  }

  #quietly(work: Promise<unknown>) {
    work.catch((error) => this.services.logger.warn({ err: error }, 'co-op directory not updated'))
  }

  // -------------------------------------------------------------------------
  // Frames
  // -------------------------------------------------------------------------

  #onFrame(room: Room, connection: Connection, data: RawData, isBinary: boolean) {
    const size = Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : (data as Buffer).byteLength
    this.#traffic.framesIn += 1
    this.#traffic.bytesIn += size
    const t = (key: string, params?: Record<string, unknown>) => this.services.i18n(connection.user.locale).t(key, params)

    const admitted = connection.admit()
    if (admitted === 'close') return connection.close(CLOSE.flooding, 'too many frames')
    if (admitted === 'warn') return connection.error('rate_limited', t('coop.errors.rate_limited', { perSecond: this.settings.framesPerSecond }))
    if (size > this.settings.maxFrameBytes) return connection.error('too_large', t('coop.errors.too_large', { bytes: this.settings.maxFrameBytes }))

    let frame: unknown
    try {
      frame = JSON.parse(isBinary ? Buffer.from(data as Buffer).toString('utf8') : data.toString())
    } catch {
      return connection.error('bad_json', t('coop.errors.bad_json'))
    }
    const type = (frame as { type?: unknown } | null)?.type
    if (typeof type !== 'string' || !Object.hasOwn(coopFrameValidators, type)) {
      return connection.error('unknown_type', t('coop.errors.unknown_type', { type: String(type ?? '') }))
    }
    const seq = typeof (frame as { seq?: unknown }).seq === 'number' ? (frame as { seq: number }).seq : undefined
    const validator = coopFrameValidators[type as CoopFrameType]
    connection.inbox = connection.inbox
      .then(async () => {
        const valid: { type: string } & Record<string, any> = await validator.validate(frame, { messagesProvider: this.services.i18n(connection.user.locale).createMessagesProvider() })
        this.#dispatch(room, connection, valid)
      })
      .catch((error) => {
        if (error instanceof vineErrors.E_VALIDATION_ERROR) {
          const messages = (error.messages as Array<{ field: string; message: string }>).map((entry) => entry.message)
          return connection.error('invalid', messages.join(' '), seq)
        }
        this.services.logger.error({ err: error, room: room.code }, 'co-op frame failed')
        connection.error('invalid', t('coop.errors.failed'), seq)
      })
  }

  #dispatch(room: Room, connection: Connection, frame: { type: string } & Record<string, any>) {
    switch (frame.type) {
      case 'ready':
        return room.ready(connection, frame.ready)
      case 'start':
        return room.startSolo(connection)
      case 'command':
        return room.command(connection, { seq: frame.seq, utterance: frame.utterance, alternatives: frame.alternatives, inputMode: frame.inputMode })
      case 'leave':
        return room.leave(connection)
      case 'ping':
        return connection.send({ type: 'pong', t: frame.t, serverTime: Date.now() })
    }
  }

  /** Sockets that did not answer the last ping are dead: dropping them starts their reconnection window. */
  #pingRound() {
    for (const connection of this.#connections) {
      if (!connection.alive) {
        connection.socket.terminate()
        continue
      }
      connection.alive = false
      connection.socket.ping()
    }
  }

  /**
   * Shutting down: no new sockets; every player is told; every match so
   * far is stored as interrupted before this resolves.
   */
  async close(message: Record<'en' | 'ru', string>) {
    this.#closing = true
    if (this.#heartbeat) clearInterval(this.#heartbeat)
    if (this.#registration) clearInterval(this.#registration)
    this.#server?.off('upgrade', this.#onUpgrade)
    for (const ws of this.#admitting) ws.close(CLOSE.restarting, 'server restarting')
    await Promise.all([...this.#rooms.values()].map((room) => room.interrupt(message)))
    for (const connection of this.#connections) connection.close(CLOSE.restarting, 'server restarting')
    this.#wss.close()
  }
}

export type { RoomRecord }
