import { randomInt, randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { I18n } from '@adonisjs/i18n'
import { check } from '#language/check'
import type { CompiledLevel, Verdict } from '#language/types'
import { createRng, type Rng } from '#game_kit/rng'
import type { CoopDefinition, CoopSeat, GameLevel, GameManifest, GameStateBase, Refusal } from '#game_kit/types'
import { describeVerdict } from '#services/verdict_messages'
import type { Connection } from '#realtime/connection'
import {
  diffState,
  PROTOCOL_VERSION,
  type FeedbackView,
  type InputMode,
  type MatchOutcome,
  type Phase,
  type ResultView,
  type RoomView,
  type SeatView,
  type ServerFrame,
} from '#realtime/protocol'
import type { RoomKind } from '#realtime/room_directory'
import { stateDigest, type MatchReplay, type ReplayCommand } from '#realtime/replay'

/** What a finished (or interrupted) match leaves behind: the results service stores it once per id. */
export type MatchRecord = {
  matchId: string
  game: string
  level: number
  roomCode: string
  node: string
  outcome: MatchOutcome
  startedAt: Date
  endedAt: Date
  ticks: number
  players: Array<ResultView>
  replay: MatchReplay
}

/** Everything a room needs from the app, so tests and the bench can run rooms as the hub does. */
export type RoomServices = {
  nodeId: string
  level: CompiledLevel
  dictionary: Set<string>
  i18n(locale: 'en' | 'ru'): I18n
  /** The seat is free again (lobby leave, lapsed window): the directory hears it. */
  seatFreed(code: string, userId: number): void
  phaseChanged(code: string, phase: 'playing' | 'ended'): void
  /** Stores the match's results (idempotent by match id). */
  storeResults(record: MatchRecord): Promise<void>
  /** The room has nothing left to do: the hub forgets it. */
  disposed(code: string): void
  /** Signs a resume token for a seat. */
  resumeToken(code: string, userId: number, seat: number): string
  logger: { error(payload: object, message: string): void; warn?(payload: object, message: string): void }
}

export type RoomSettings = {
  tickRate: number
  /** Ticks run on timers (the hub); off, the caller steps the match itself (model tests). */
  autoTick?: boolean
  reconnectSeconds: number
  soloOfferSeconds: number
  countdownSeconds: number
  endedRoomSeconds: number
  emptyLobbySeconds: number
  /** The first wait before storing results again after a failure; it doubles (default 500 ms). */
  storeRetryMs?: number
}

type SeatStats = { commands: number; passed: number; accepted: number; score: number }

type Seat = {
  seat: number
  userId: number
  name: string
  locale: 'en' | 'ru'
  ready: boolean
  connection: Connection | null
  /** When the socket dropped (ms), while the seat is held for a reconnection. */
  droppedAt: number | null
  /** Left for good: the seat is not held, but the results keep what they did. */
  gone: boolean
  stats: SeatStats
  windowTimer: NodeJS.Timeout | null
}

/** A phrase waiting for the next tick, judged already (once per reader language). */
type PendingCommand = {
  seat: number
  seq: number
  utterance: string
  verdicts: Map<'en' | 'ru', Verdict>
}

/** A judged phrase as the room keeps it for late joiners: described per reader when sent. */
type Said = PendingCommand & { accepted: boolean; refusal: Refusal | null; tick: number }

/** Writes of a match's results before giving up: about 3.5 s of waiting in all, by default. */
const STORE_ATTEMPTS = 4
/** On shutdown the results get this long in all: an orchestrator's grace period is short. */
const SHUTDOWN_STORE_MS = 8000
/** `work`, or a rejection once `ms` have passed (the work itself goes on). */
function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`not done within ${ms} ms`)), Math.max(0, ms))
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** How many of the latest phrases a reconnecting player gets with the snapshot. */
const RECENT = 12
/** Score for each goal a player's order meets, on top of the phrase's own score. */
const GOAL_SCORE = 100

/**
 * One co-op room: its lobby (seats, ready check, countdown), then the match
 * it runs authoritatively at a fixed tick. Commands are judged by the
 * language engine when they arrive and applied by the game's rules at the
 * next tick, in arrival order; every tick that changed something sends one
 * compact patch with everybody's feedback. Every accepted phrase goes into
 * the replay log with its tick, so the match can be played again exactly.
 */
export class Room {
  readonly code: string
  readonly kind: RoomKind
  readonly createdAt: number
  phase: Phase = 'lobby'
  readonly seats = new Map<number, Seat>()

  #coop: CoopDefinition<GameStateBase>
  #startsAt: number | null = null
  #countdown: NodeJS.Timeout | null = null
  #emptyTimer: NodeJS.Timeout | null = null
  #tickTimer: NodeJS.Timeout | null = null

  #matchId: string | null = null
  #seed = 0
  #rng: Rng | null = null
  #state: GameStateBase | null = null
  #sent: GameStateBase | null = null
  #tick = 0
  #limitTicks = 0
  #startedAt = 0
  #nextTickAt = 0
  #pending: PendingCommand[] = []
  #said: Said[] = []
  #replayCommands: ReplayCommand[] = []
  #ended: { outcome: MatchOutcome; results: ResultView[] } | null = null
  /** The results being written (with their retries), for a shutdown to wait on. */
  #storing: Promise<void> | null = null
  /** Disposed: the sockets it closes report their drop afterwards, and must arm no timer. */
  #disposed = false

  /** Tick durations (ms) and lateness (ms), read by the hub's figures. */
  onTick: ((durationMs: number, lateMs: number) => void) | null = null

  constructor(
    readonly game: GameManifest,
    readonly level: GameLevel,
    options: { code: string; kind: RoomKind; createdAt: number },
    private settings: RoomSettings,
    private services: RoomServices
  ) {
    if (!game.coop) throw new Error(`${game.slug} has no co-op mode`)
    this.#coop = game.coop
    this.code = options.code
    this.kind = options.kind
    this.createdAt = options.createdAt
    this.#armEmptyTimer()
  }

  get view(): RoomView {
    return { code: this.code, game: this.game.slug, level: this.level.number, kind: this.kind, minPlayers: this.#coop.minPlayers, maxPlayers: this.#coop.maxPlayers }
  }

  get matchId() {
    return this.#matchId
  }

  get tick() {
    return this.#tick
  }

  get state() {
    return this.#state
  }

  /** Players holding a seat (connected, or within their reconnection window). */
  get heldSeats() {
    return [...this.seats.values()].filter((seat) => !seat.gone)
  }

  // -------------------------------------------------------------------------
  // Joining and leaving
  // -------------------------------------------------------------------------

  /**
   * A player's socket arrives with a valid ticket or resume token for
   * `seat`. A second socket of the same player replaces the first.
   * False when the room refuses it (the socket is closed with the reason).
   */
  join(connection: Connection, seatNumber: number): boolean {
    const now = Date.now()
    if (this.#disposed) {
      connection.close(4404, 'room closed')
      return false
    }
    if (this.phase === 'ended') {
      connection.send(this.#endedFrame())
      connection.close(1000, 'match over')
      return false
    }
    let seat = this.seats.get(seatNumber)
    if (seat && seat.userId !== connection.user.userId) {
      connection.close(4409, 'seat taken')
      return false
    }
    if (!seat) {
      if (this.phase !== 'lobby' && this.phase !== 'starting') {
        connection.close(4409, 'the match started without you')
        return false
      }
      seat = {
        seat: seatNumber,
        userId: connection.user.userId,
        name: connection.user.name,
        locale: connection.user.locale,
        ready: false,
        connection: null,
        droppedAt: null,
        gone: false,
        stats: { commands: 0, passed: 0, accepted: 0, score: 0 },
        windowTimer: null,
      }
      this.seats.set(seatNumber, seat)
    }
    if (seat.gone) {
      connection.close(4409, 'you left this match')
      return false
    }
    const previous = seat.connection
    seat.connection = connection
    seat.locale = connection.user.locale
    seat.droppedAt = null
    if (seat.windowTimer) clearTimeout(seat.windowTimer)
    seat.windowTimer = null
    if (previous && previous !== connection) previous.close(4412, 'opened in another tab')
    this.#disarmEmptyTimer()

    connection.send({
      type: 'welcome',
      v: PROTOCOL_VERSION,
      room: this.view,
      you: { seat: seat.seat, userId: seat.userId, name: seat.name },
      resume: this.services.resumeToken(this.code, seat.userId, seat.seat),
      reconnectSeconds: this.settings.reconnectSeconds,
      phase: this.phase,
      serverTime: now,
    })
    if (this.phase === 'playing') {
      connection.send(this.#snapshot(seat.locale))
      this.#broadcast({ type: 'presence', seat: seat.seat, connected: true, until: null })
    } else {
      this.#lobbyChanged()
    }
    return true
  }

  /** Whether this player has a seat here (connected or inside their reconnection window). */
  hasPlayer(userId: number) {
    for (const seat of this.seats.values()) if (seat.userId === userId) return true
    return false
  }

  /** The socket closed (network, tab closed): the seat is held for the reconnection window. */
  dropped(connection: Connection) {
    const seat = this.#seatOf(connection)
    if (!seat || this.phase === 'ended' || this.#disposed) return
    seat.connection = null
    seat.droppedAt = Date.now()
    const until = seat.droppedAt + this.settings.reconnectSeconds * 1000
    seat.windowTimer = setTimeout(() => this.#windowPassed(seat), this.settings.reconnectSeconds * 1000)
    if (this.phase === 'playing') this.#broadcast({ type: 'presence', seat: seat.seat, connected: false, until })
    else this.#lobbyChanged()
    this.#armEmptyTimer()
  }

  #windowPassed(seat: Seat) {
    seat.windowTimer = null
    if (seat.connection || seat.gone) return
    this.#leave(seat)
  }

  /** Gone for good: freed in the lobby; in a match the team plays on, and without anyone the match ends. */
  #leave(seat: Seat) {
    if (seat.windowTimer) clearTimeout(seat.windowTimer)
    seat.windowTimer = null
    if (this.phase === 'lobby' || this.phase === 'starting') {
      this.seats.delete(seat.seat)
      this.services.seatFreed(this.code, seat.userId)
      this.#lobbyChanged()
      this.#armEmptyTimer()
      return
    }
    if (this.phase !== 'playing') return
    seat.gone = true
    // The directory forgets the seat: a ticket for this room now says the match started without them.
    this.services.seatFreed(this.code, seat.userId)
    this.#broadcast({ type: 'presence', seat: seat.seat, connected: false, until: null })
    if (this.heldSeats.length === 0) this.#end('abandoned')
  }

  #seatOf(connection: Connection) {
    for (const seat of this.seats.values()) if (seat.connection === connection) return seat
    return null
  }

  // -------------------------------------------------------------------------
  // Frames
  // -------------------------------------------------------------------------

  ready(connection: Connection, ready: boolean) {
    const seat = this.#seatOf(connection)
    if (!seat) return connection.error('not_in_room', this.#t(connection, 'coop.errors.not_in_room'))
    if (this.phase !== 'lobby' && this.phase !== 'starting') return connection.error('not_now', this.#t(connection, 'coop.errors.not_in_lobby'))
    seat.ready = ready
    this.#lobbyChanged()
  }

  /** Start alone, when the wait for teammates was long enough. */
  startSolo(connection: Connection) {
    const seat = this.#seatOf(connection)
    if (!seat) return connection.error('not_in_room', this.#t(connection, 'coop.errors.not_in_room'))
    if (this.phase !== 'lobby') return connection.error('not_now', this.#t(connection, 'coop.errors.not_in_lobby'))
    if (this.heldSeats.length !== 1) return connection.error('not_now', this.#t(connection, 'coop.errors.not_alone'))
    if (Date.now() < this.#soloOfferAt()) return connection.error('not_now', this.#t(connection, 'coop.errors.solo_too_soon'))
    this.#begin()
  }

  leave(connection: Connection) {
    const seat = this.#seatOf(connection)
    if (!seat) return
    seat.connection = null
    connection.close(1000, 'left')
    this.#leave(seat)
  }

  /**
   * A phrase: judged now (the language engine is pure and fast), carried
   * out at the next tick.
   */
  command(connection: Connection, frame: { seq: number; utterance: string; alternatives?: string[]; inputMode?: InputMode }) {
    const seat = this.#seatOf(connection)
    if (!seat) return connection.error('not_in_room', this.#t(connection, 'coop.errors.not_in_room'), frame.seq)
    if (this.phase !== 'playing') return connection.error('not_now', this.#t(connection, 'coop.errors.not_playing'), frame.seq)
    const verdicts = new Map<'en' | 'ru', Verdict>()
    for (const locale of this.#readerLocales()) {
      verdicts.set(
        locale,
        check(frame.alternatives ?? frame.utterance, this.services.level, {
          uiLocale: locale,
          inputMode: frame.inputMode ?? 'text',
          dictionary: this.services.dictionary,
        })
      )
    }
    const utterance = [...verdicts.values()][0].utterance
    this.#pending.push({ seat: seat.seat, seq: frame.seq, utterance, verdicts })
  }

  // -------------------------------------------------------------------------
  // The lobby
  // -------------------------------------------------------------------------

  #soloOfferAt() {
    return this.createdAt + this.settings.soloOfferSeconds * 1000
  }

  #seatViews(): SeatView[] {
    const host = Math.min(...[...this.seats.values()].filter((seat) => !seat.gone).map((seat) => seat.seat))
    return [...this.seats.values()]
      .sort((a, b) => a.seat - b.seat)
      .map((seat) => ({ seat: seat.seat, userId: seat.userId, name: seat.name, ready: seat.ready, connected: seat.connection !== null, host: seat.seat === host }))
  }

  /** Everyone present and ready, enough of them: count down; anything else: stop counting. */
  #lobbyChanged() {
    if (this.phase !== 'lobby' && this.phase !== 'starting') return
    const seats = this.heldSeats
    const allReady = seats.length >= this.#coop.minPlayers && seats.every((seat) => seat.ready && seat.connection)
    if (allReady && this.phase === 'lobby' && this.settings.countdownSeconds <= 0) {
      this.#begin()
      return
    }
    if (allReady && this.phase === 'lobby') {
      this.phase = 'starting'
      this.#startsAt = Date.now() + this.settings.countdownSeconds * 1000
      this.#countdown = setTimeout(() => this.#begin(), this.settings.countdownSeconds * 1000)
    } else if (!allReady && this.phase === 'starting') {
      this.phase = 'lobby'
      this.#startsAt = null
      if (this.#countdown) clearTimeout(this.#countdown)
      this.#countdown = null
    }
    this.#broadcast({
      type: 'lobby',
      seats: this.#seatViews(),
      phase: this.phase,
      startsAt: this.#startsAt,
      soloOfferAt: seats.length === 1 ? this.#soloOfferAt() : null,
    })
  }

  #armEmptyTimer() {
    if (this.#disposed || this.phase !== 'lobby' || this.#emptyTimer || [...this.seats.values()].some((seat) => seat.connection)) return
    this.#emptyTimer = setTimeout(() => {
      this.#emptyTimer = null
      if (this.phase === 'lobby' && ![...this.seats.values()].some((seat) => seat.connection)) this.dispose()
    }, this.settings.emptyLobbySeconds * 1000)
  }

  #disarmEmptyTimer() {
    if (this.#emptyTimer) clearTimeout(this.#emptyTimer)
    this.#emptyTimer = null
  }

  // -------------------------------------------------------------------------
  // The match
  // -------------------------------------------------------------------------

  #begin() {
    if (this.#countdown) clearTimeout(this.#countdown)
    this.#countdown = null
    // Who is not here when it starts does not play: their seat is freed.
    for (const seat of [...this.seats.values()]) {
      if (!seat.connection) {
        this.seats.delete(seat.seat)
        if (seat.windowTimer) clearTimeout(seat.windowTimer)
        this.services.seatFreed(this.code, seat.userId)
      }
    }
    if (this.seats.size === 0) return this.dispose()
    this.#disarmEmptyTimer()
    this.phase = 'playing'
    this.services.phaseChanged(this.code, 'playing')
    this.#matchId = randomUUID()
    this.#seed = randomInt(2 ** 31)
    this.#rng = createRng(this.#seed)
    this.#state = this.#coop.rules.initialState(this.level, this.#coopSeats(), this.#rng)
    this.#sent = this.#state
    this.#tick = 0
    this.#limitTicks = this.#coop.timeLimitSeconds * this.settings.tickRate
    this.#startedAt = Date.now()
    for (const seat of this.seats.values()) seat.connection?.send(this.#snapshot(seat.locale))
    this.#nextTickAt = performance.now() + 1000 / this.settings.tickRate
    if (this.settings.autoTick !== false) this.#scheduleTick()
  }

  #coopSeats(): CoopSeat[] {
    return [...this.seats.values()].sort((a, b) => a.seat - b.seat).map((seat) => ({ seat: seat.seat, userId: seat.userId, name: seat.name }))
  }

  /** Ticks keep to the wall clock: a late tick shortens the wait for the next one. */
  #scheduleTick() {
    const wait = Math.max(0, this.#nextTickAt - performance.now())
    this.#tickTimer = setTimeout(() => this.#runTick(), wait)
  }

  #runTick() {
    this.#tickTimer = null
    if (this.phase !== 'playing') return
    const began = performance.now()
    const late = began - this.#nextTickAt
    this.#nextTickAt += 1000 / this.settings.tickRate
    try {
      this.step()
    } catch (error) {
      // A rule that throws must not take the process down: the match ends, what was done is kept.
      this.services.logger.error({ err: error, room: this.code, tick: this.#tick }, 'co-op tick failed')
      this.#end('interrupted')
    }
    this.onTick?.(performance.now() - began, Math.max(0, late))
    if (this.phase === 'playing') this.#scheduleTick()
  }

  /**
   * One tick: the phrases that arrived since the last one, in order, then
   * the world; one patch with what changed and what everybody said.
   */
  step() {
    if (this.phase !== 'playing') return
    const tick = this.#tick + 1
    const clock = { tick, tickRate: this.settings.tickRate }
    const rules = this.#coop.rules
    const rng = this.#rng!
    const said: Said[] = []
    for (const command of this.#pending) {
      const seat = this.seats.get(command.seat)
      if (!seat) continue
      const verdict = [...command.verdicts.values()][0]
      seat.stats.commands += 1
      let accepted = false
      let refusal: Refusal | null = null
      const intent = verdict.passed ? verdict.intent : null
      if (verdict.passed) seat.stats.passed += 1
      if (intent && this.level.allowedIntents.includes(intent.name)) {
        const order = { name: intent.name, slots: intent.slots, countsForGoal: verdict.goalMatched }
        this.#replayCommands.push([tick, command.seat, order.name, order.slots, order.countsForGoal])
        const before = this.#state!
        const result = rules.command(before, { seat: command.seat, intent: order }, clock, rng)
        accepted = result.accepted
        refusal = result.reason ?? null
        if (accepted) {
          const goalsMet = result.goals.filter((goal, index) => goal.met && !before.goals[index]?.met).length
          seat.stats.accepted += 1
          seat.stats.score += verdict.score + GOAL_SCORE * goalsMet
          this.#state = result.state
        }
      }
      said.push({ ...command, accepted, refusal, tick })
    }
    this.#pending = []
    this.#state = rules.tick(this.#state!, clock, rng)
    this.#tick = tick

    const patch = diffState(this.#sent as unknown as Record<string, unknown>, this.#state as unknown as Record<string, unknown>)
    this.#sent = this.#state
    if (said.length > 0) this.#said = [...this.#said, ...said].slice(-RECENT)
    if (patch || said.length > 0) {
      if (said.length === 0) {
        this.#broadcastText(JSON.stringify({ type: 'patch', tick, p: patch ?? undefined }))
      } else {
        for (const [locale, seats] of this.#seatsByLocale()) {
          const text = JSON.stringify({ type: 'patch', tick, p: patch ?? undefined, fb: said.map((entry) => this.#feedbackView(entry, locale)) })
          for (const seat of seats) seat.connection?.sendText(text)
        }
      }
    }

    const outcome = rules.outcome(this.#state)
    if (outcome !== 'playing') this.#end(outcome)
    else if (tick >= this.#limitTicks) this.#end('timeout')
  }

  #snapshot(locale: 'en' | 'ru'): ServerFrame {
    return {
      type: 'snapshot',
      tick: this.#tick,
      tickRate: this.settings.tickRate,
      state: this.#state,
      seats: this.#seatViews(),
      startedAt: this.#startedAt,
      endsAt: this.#startedAt + this.#coop.timeLimitSeconds * 1000,
      recent: this.#said.map((entry) => this.#feedbackView(entry, locale)),
    }
  }

  #feedbackView(entry: Said, locale: 'en' | 'ru'): FeedbackView {
    const i18n = this.services.i18n(locale)
    const verdict = entry.verdicts.get(locale) ?? [...entry.verdicts.values()][0]
    const described = describeVerdict(verdict, i18n)
    const seat = this.seats.get(entry.seat)
    return {
      seat: entry.seat,
      name: seat?.name ?? '',
      seq: entry.seq,
      utterance: entry.utterance,
      passed: verdict.passed,
      score: verdict.score,
      accepted: entry.accepted,
      reason: entry.refusal ? { key: entry.refusal.key, message: i18n.t(`${this.game.slug}.refusals.${entry.refusal.key}`, entry.refusal.params ?? {}) } : null,
      feedback: described.feedback,
      error: described.error?.message ?? null,
      intent: verdict.intent ? { name: verdict.intent.name, slots: verdict.intent.slots } : null,
      expected: verdict.expected ?? null,
      explanation: verdict.explanation ?? null,
      examples: verdict.examples,
      tick: entry.tick,
    }
  }

  // -------------------------------------------------------------------------
  // The end
  // -------------------------------------------------------------------------

  /** The match ends once, however it ends; its results are stored once by its id. */
  #end(outcome: MatchOutcome) {
    if (this.phase !== 'playing') return
    this.phase = 'ended'
    if (this.#tickTimer) clearTimeout(this.#tickTimer)
    this.#tickTimer = null
    const results = this.#results()
    this.#ended = { outcome, results }
    this.services.phaseChanged(this.code, 'ended')
    const record: MatchRecord = {
      matchId: this.#matchId!,
      game: this.game.slug,
      level: this.level.number,
      roomCode: this.code,
      node: this.services.nodeId,
      outcome,
      startedAt: new Date(this.#startedAt),
      endedAt: new Date(),
      ticks: this.#tick,
      players: results,
      replay: this.replaySoFar(outcome),
    }
    const stored = this.#store(record)
    this.#storing = stored
    const frame = this.#endedFrame()
    for (const seat of this.seats.values()) {
      if (seat.windowTimer) clearTimeout(seat.windowTimer)
      seat.windowTimer = null
      if (outcome !== 'interrupted') {
        seat.connection?.send(frame)
        seat.connection?.close(1000, 'match over')
      }
    }
    setTimeout(() => this.dispose(), this.settings.endedRoomSeconds * 1000).unref()
    return stored
  }

  /** The replay log up to this tick: the seed, the seats and every order the rules were given. */
  replaySoFar(outcome: MatchOutcome = this.#ended?.outcome ?? 'interrupted'): MatchReplay {
    return {
      version: 1,
      game: this.game.slug,
      level: this.level.number,
      seed: this.#seed,
      tickRate: this.settings.tickRate,
      seats: this.#coopSeats(),
      commands: [...this.#replayCommands],
      endTick: this.#tick,
      outcome,
      digest: stateDigest(this.#state),
    }
  }

  #results(): ResultView[] {
    return [...this.seats.values()]
      .sort((a, b) => a.seat - b.seat)
      .map((seat) => ({
        seat: seat.seat,
        userId: seat.userId,
        name: seat.name,
        commands: seat.stats.commands,
        passed: seat.stats.passed,
        accepted: seat.stats.accepted,
        accuracy: seat.stats.commands === 0 ? 0 : Math.round((seat.stats.passed / seat.stats.commands) * 1000) / 1000,
        score: seat.stats.score,
      }))
  }

  #endedFrame(): ServerFrame {
    return { type: 'ended', matchId: this.#matchId ?? '', outcome: this.#ended?.outcome ?? 'abandoned', results: this.#ended?.results ?? [] }
  }

  /**
   * The results, written again after a failure (a database restarting, a
   * lock timeout): storing is idempotent by match id, and the players'
   * XP depends on it. Bounded, so a shutdown still ends.
   */
  async #store(record: MatchRecord) {
    const deadline = record.outcome === 'interrupted' ? Date.now() + SHUTDOWN_STORE_MS : Number.POSITIVE_INFINITY
    for (let attempt = 1; ; attempt++) {
      try {
        const left = deadline - Date.now()
        return await (Number.isFinite(left) ? withinMs(this.services.storeResults(record), left) : this.services.storeResults(record))
      } catch (error) {
        // A refusal (a 4xx: unknown players, a level that is not co-op) will not pass on a second try.
        const refused = typeof (error as { status?: unknown })?.status === 'number' && (error as { status: number }).status < 500
        const wait = (this.settings.storeRetryMs ?? 500) * 2 ** (attempt - 1)
        if (refused || attempt >= STORE_ATTEMPTS || Date.now() + wait >= deadline) {
          return this.services.logger.error({ err: error, matchId: record.matchId, attempts: attempt }, 'co-op results not stored')
        }
        this.services.logger.warn?.({ err: error, matchId: record.matchId, attempt }, 'co-op results not stored yet, trying again')
        await sleep(wait)
      }
    }
  }

  /**
   * The process is going down: players are told, the match so far is
   * stored as interrupted. Resolves when the results are written.
   */
  async interrupt(message: Record<'en' | 'ru', string>) {
    for (const seat of this.seats.values()) {
      seat.connection?.send({ type: 'shutdown', message: message[seat.locale] })
      seat.connection?.close(1012, 'server restarting')
    }
    // A match that just ended may still be retrying its results: they are waited for too, within the same bound.
    const stored =
      this.phase === 'playing'
        ? this.#end('interrupted')
        : this.#storing &&
          withinMs(this.#storing, SHUTDOWN_STORE_MS).catch((error) => this.services.logger.error({ err: error, matchId: this.#matchId }, 'co-op results not stored before shutdown'))
    this.dispose()
    await stored
  }

  /** Timers stop, the hub forgets the room. Safe to call twice. */
  dispose() {
    this.#disposed = true
    for (const timer of [this.#countdown, this.#emptyTimer, this.#tickTimer]) if (timer) clearTimeout(timer)
    this.#countdown = this.#emptyTimer = this.#tickTimer = null
    for (const seat of this.seats.values()) {
      if (seat.windowTimer) clearTimeout(seat.windowTimer)
      seat.windowTimer = null
      if (this.phase !== 'ended') seat.connection?.close(4404, 'room closed')
    }
    this.services.disposed(this.code)
  }

  // -------------------------------------------------------------------------
  // Sending
  // -------------------------------------------------------------------------

  #readerLocales() {
    const locales = new Set<'en' | 'ru'>()
    for (const seat of this.seats.values()) if (!seat.gone) locales.add(seat.locale)
    return locales.size > 0 ? locales : new Set<'en' | 'ru'>(['en'])
  }

  #seatsByLocale() {
    const groups = new Map<'en' | 'ru', Seat[]>()
    for (const seat of this.seats.values()) {
      if (!seat.connection) continue
      const group = groups.get(seat.locale)
      if (group) group.push(seat)
      else groups.set(seat.locale, [seat])
    }
    return groups
  }

  #broadcast(frame: ServerFrame) {
    this.#broadcastText(JSON.stringify(frame))
  }

  #broadcastText(text: string) {
    for (const seat of this.seats.values()) seat.connection?.sendText(text)
  }

  #t(connection: Connection, key: string) {
    return this.services.i18n(connection.user.locale).t(key)
  }
}
