#!/usr/bin/env node
/**
 * The Colyseus side of bench/coop: a Colyseus 0.18 server (`@colyseus/core`, `ws` transport,
 * in-memory presence and driver) with a room doing the same work per command and per tick as
 * our hub's `Room` (app/realtime/room.ts):
 *
 *   - a command is validated with the hub's own vine validator and judged on arrival by OUR
 *     language engine, `check()` on level 11 compiled from the seed files (as bench/checker does),
 *     once per reader language;
 *   - each tick applies the judged commands in arrival order through OUR strategy co-op rules
 *     (`strategyCoop.command`, then `strategyCoop.tick`, seeded RNG), logs them for the replay,
 *     mirrors what changed into a Colyseus Schema (squads and buildings as MapSchemas keyed by id,
 *     resources, castle, map rows, waves, goals, the last action, the tick's events, turn…) so
 *     Colyseus sends its binary delta patch, and sends every phrase's feedback (the hub's `fb`:
 *     `describeVerdict` + translated refusals, the app's i18n messages) to the room;
 *   - 4 seats, a ready check with the same 3-second countdown, the same 300 s time limit.
 *
 * Patch modes: `inline` (default) — `setSimulationInterval(tick, 50)` with `patchRate = null`
 * and `broadcastPatch()` called at the end of each tick, so a tick is the same unit of work as
 * ours; `auto` — Colyseus's default two timers per room (the simulation at 50 ms and the patch
 * timer at `patchRate` 50 ms).
 *
 *   node --import @poppinss/ts-exec bench/coop/colyseus_server.mjs --port 2567 [--patch inline|auto]
 *
 * Answers run.mjs over IPC like hub_server.mjs (status, mark, read, stop).
 */

import http from 'node:http'
import { randomInt } from 'node:crypto'
import { createHistogram } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Server, Room, LocalPresence, LocalDriver } from '@colyseus/core'
import { WebSocketTransport } from '@colyseus/ws-transport'
import { schema, t } from '@colyseus/schema'
import { I18nManager, defineConfig, formatters, loaders } from '@adonisjs/i18n'
import { check } from '#language/check'
import { seededLevel } from '#services/seed_content'
import { englishDictionary } from '#services/english_dictionary'
import { describeVerdict } from '#services/verdict_messages'
import { strategyGame } from '#games/strategy/manifest'
import { createRng } from '#game_kit/rng'
import { coopFrameValidators } from '#validators/coop'
import { answerRequests, intervalRecorder, recordMs, serverMeter, summary } from './common.mjs'

const { values: opts } = parseArgs({
  options: {
    'port': { type: 'string', default: '2567' },
    'patch': { type: 'string', default: 'inline' },
    'tick-rate': { type: 'string', default: '20' },
    'eld-resolution': { type: 'string', default: '10' },
    'ping-interval': { type: 'string', default: '15000' },
  },
})
const PATCH_MODE = opts.patch === 'auto' ? 'auto' : 'inline'
const TICK_RATE = Number(opts['tick-rate'])
const PERIOD_MS = 1000 / TICK_RATE
const LEVEL_NUMBER = 11
/** As the hub: score per goal met on top of the phrase's; the latest phrases kept for late joiners. */
const GOAL_SCORE = 100
const RECENT = 12
const COUNTDOWN_SECONDS = 3

// ---------------------------------------------------------------------------
// The game and the language, as the hub has them
// ---------------------------------------------------------------------------

const game = strategyGame
const coop = game.coop
const level = game.levels.find((candidate) => candidate.number === LEVEL_NUMBER)
const compiled = seededLevel(game.slug, LEVEL_NUMBER)
const dictionary = await englishDictionary()
const i18nConfig = await defineConfig({
  defaultLocale: 'en',
  supportedLocales: ['en', 'ru'],
  formatter: formatters.icu(),
  loaders: [
    loaders.fs({ location: new URL('../../resources/lang/', import.meta.url) }),
    loaders.fs({ location: new URL(`../../games/${game.slug}/lang/`, import.meta.url) }),
  ],
}).resolver(null)
const i18nManager = new I18nManager({ emit() {} }, i18nConfig)
await i18nManager.loadTranslations()
const i18n = { en: i18nManager.locale('en'), ru: i18nManager.locale('ru') }
const validateCommand = coopFrameValidators.command

// ---------------------------------------------------------------------------
// The state as a Colyseus Schema (no decorators: schema() + t.*)
// ---------------------------------------------------------------------------

const PointS = schema({ x: t.int16(), y: t.int16() }, 'Point')
const SquadS = schema(
  { id: t.number(), side: t.string(), unit: t.string(), count: t.number(), health: t.number(), x: t.int16(), y: t.int16(), stance: t.string() },
  'Squad'
)
const BuildingS = schema({ id: t.number(), kind: t.string(), x: t.int16(), y: t.int16(), level: t.uint8(), health: t.number() }, 'Building')
const CastleS = schema({ x: t.int16(), y: t.int16(), health: t.number(), maxHealth: t.number() }, 'Castle')
const GoalS = schema({ intent: t.string(), slots: t.map('string'), pattern: t.string(), met: t.boolean() }, 'Goal')
const WaveS = schema({ turn: t.number(), enemy: t.string(), count: t.number(), from: t.string() }, 'Wave')
const ActionS = schema({ intent: t.string(), subject: t.string(), quantity: t.number(), squads: t.array('number'), seat: t.int8() }, 'Action')
const EventS = schema(
  {
    type: t.string(),
    id: t.number(),
    by: t.number(),
    byIds: t.array('number'),
    target: t.number(),
    damage: t.number(),
    killed: t.number(),
    level: t.uint8(),
    resource: t.string(),
    amount: t.number(),
    fromX: t.int16(),
    fromY: t.int16(),
    toX: t.int16(),
    toY: t.int16(),
  },
  'Event'
)
const CoopState = schema(
  {
    phase: t.string().default('lobby'),
    tick: t.number().default(0),
    turn: t.number().default(0),
    width: t.uint8().default(0),
    height: t.uint8().default(0),
    map: t.array('string'),
    landmarks: t.map(PointS),
    castle: t.ref(CastleS),
    squads: t.map(SquadS),
    buildings: t.map(BuildingS),
    resources: t.map('number'),
    waves: t.array(WaveS),
    goals: t.array(GoalS),
    nextId: t.number().default(0),
    lastAction: t.ref(ActionS).optional(),
    events: t.array(EventS),
    eventsTick: t.number().default(0),
    outcome: t.string().default('playing'),
  },
  'CoopState'
)

const SQUAD_FIELDS = ['id', 'side', 'unit', 'count', 'health', 'x', 'y', 'stance']
const BUILDING_FIELDS = ['id', 'kind', 'x', 'y', 'level', 'health']
const SCALARS = ['turn', 'width', 'height', 'nextId', 'eventsTick', 'outcome']

function pick(item, fields) {
  const out = {}
  for (const field of fields) if (item[field] !== undefined) out[field] = item[field]
  return out
}

/** Squads or buildings: the items whose object changed (the rules never mutate) are written field by field. */
function syncKeyed(target, before, after, Type, fields) {
  const old = new Map(before.map((item) => [item.id, item]))
  const ids = new Set()
  for (const item of after) {
    ids.add(item.id)
    if (old.get(item.id) === item) continue
    const key = String(item.id)
    const existing = target.get(key)
    if (!existing) target.set(key, new Type(pick(item, fields)))
    else for (const field of fields) if (existing[field] !== item[field]) existing[field] = item[field]
  }
  for (const item of before) if (!ids.has(item.id)) target.delete(String(item.id))
}

/** A list without ids (waves, goals): item by item in place. */
function syncList(target, before, after, write) {
  for (let index = 0; index < after.length; index++) {
    if (before[index] === after[index] && index < target.length) continue
    write(target, index, after[index])
  }
  while (target.length > after.length) target.pop()
}

function eventSchema(event) {
  const fields = { type: event.type }
  for (const [key, value] of Object.entries(event)) {
    if (key === 'type') continue
    if (key === 'by' && Array.isArray(value)) fields.byIds = value
    else if (key === 'from' || key === 'to') {
      fields[`${key}X`] = value.x
      fields[`${key}Y`] = value.y
    } else fields[key] = value
  }
  return new EventS(fields)
}

/** What changed from `before` to `after` (plain rule states), written into the Schema. */
function mirror(state, before, after) {
  const empty = before === null
  const prev = before ?? { squads: [], buildings: [], waves: [], goals: [], map: [], resources: {}, events: [] }
  for (const key of SCALARS) if (empty || prev[key] !== after[key]) state[key] = after[key] ?? state[key]
  if (empty || prev.map !== after.map) syncList(state.map, prev.map, after.map, (list, index, row) => (index < list.length ? (list[index] = row) : list.push(row)))
  if (empty) for (const [name, point] of Object.entries(after.landmarks)) state.landmarks.set(name, new PointS(point))
  if (empty || prev.castle !== after.castle) {
    if (!state.castle) state.castle = new CastleS(after.castle)
    else for (const field of ['x', 'y', 'health', 'maxHealth']) if (state.castle[field] !== after.castle[field]) state.castle[field] = after.castle[field]
  }
  if (empty || prev.squads !== after.squads) syncKeyed(state.squads, prev.squads, after.squads, SquadS, SQUAD_FIELDS)
  if (empty || prev.buildings !== after.buildings) syncKeyed(state.buildings, prev.buildings, after.buildings, BuildingS, BUILDING_FIELDS)
  if (empty || prev.resources !== after.resources) {
    for (const [name, amount] of Object.entries(after.resources)) if (state.resources.get(name) !== amount) state.resources.set(name, amount)
    for (const name of [...state.resources.keys()]) if (!Object.hasOwn(after.resources, name)) state.resources.delete(name)
  }
  if (empty || prev.waves !== after.waves) {
    syncList(state.waves, prev.waves, after.waves, (list, index, wave) => (index < list.length ? Object.assign(list[index], wave) : list.push(new WaveS(wave))))
  }
  if (empty || prev.goals !== after.goals) {
    syncList(state.goals, prev.goals, after.goals, (list, index, goal) => {
      const slots = Object.fromEntries(Object.entries(goal.slots).map(([name, value]) => [name, String(value)]))
      if (index >= list.length) return list.push(new GoalS({ intent: goal.intent, slots, pattern: goal.pattern ?? '', met: goal.met }))
      const existing = list[index]
      if (existing.met !== goal.met) existing.met = goal.met
      if (existing.intent !== goal.intent) existing.intent = goal.intent
    })
  }
  if (empty || prev.lastAction !== after.lastAction) {
    const action = after.lastAction
    state.lastAction = action
      ? new ActionS({ intent: action.intent, subject: action.subject ?? '', quantity: action.quantity, squads: action.squads, seat: action.seat ?? -1 })
      : undefined
  }
  if (empty || prev.events !== after.events) {
    state.events.clear()
    for (const event of after.events) state.events.push(eventSchema(event))
  }
}

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

const figures = {
  tick: createHistogram(),
  sim: createHistogram(),
  patch: createHistogram(),
  late: createHistogram(),
  intervals: intervalRecorder(PERIOD_MS),
  ticks: 0,
  commands: 0,
  feedbackSent: 0,
  patchesWithChanges: 0,
  rooms: 0,
  playing: 0,
  clients: 0,
}
function resetFigures() {
  for (const key of ['tick', 'sim', 'patch', 'late']) figures[key].reset()
  figures.intervals.reset()
  figures.ticks = figures.commands = figures.feedbackSent = figures.patchesWithChanges = 0
  for (const room of liveRooms) room.due = null
}
const liveRooms = new Set()

// ---------------------------------------------------------------------------
// The room
// ---------------------------------------------------------------------------

class CoopRoom extends Room {
  maxClients = coop.maxPlayers
  state = new CoopState()

  onCreate() {
    figures.rooms += 1
    liveRooms.add(this)
    this.autoDispose = true
    this.seatsBySession = new Map()
    this.seatsByNumber = new Map()
    this.phase = 'lobby'
    this.pending = []
    this.said = []
    this.replay = []
    this.due = null
    this.onMessage('ready', (client, message) => this.ready(client, message))
    this.onMessage('command', (client, message) => this.command(client, message))
  }

  onJoin(client, options) {
    figures.clients += 1
    const seat = {
      seat: this.seatsByNumber.size,
      userId: this.seatsByNumber.size + 1,
      name: String(options?.name ?? `Player ${this.seatsByNumber.size + 1}`),
      locale: options?.locale === 'ru' ? 'ru' : 'en',
      ready: false,
      client,
      stats: { commands: 0, passed: 0, accepted: 0, score: 0 },
    }
    this.seatsBySession.set(client.sessionId, seat)
    this.seatsByNumber.set(seat.seat, seat)
  }

  onLeave(client) {
    figures.clients -= 1
    const seat = this.seatsBySession.get(client.sessionId)
    if (seat) seat.client = null
  }

  onDispose() {
    figures.rooms -= 1
    if (this.phase === 'playing') figures.playing -= 1
    liveRooms.delete(this)
    figures.intervals.forget(this)
  }

  ready(client, message) {
    const seat = this.seatsBySession.get(client.sessionId)
    if (!seat || this.phase !== 'lobby') return client.send('error', { code: 'not_now' })
    seat.ready = message?.ready === true
    const seats = [...this.seatsByNumber.values()]
    if (this.countdown || seats.length < this.maxClients || !seats.every((candidate) => candidate.ready && candidate.client)) return
    this.countdown = this.clock.setTimeout(() => this.begin(), COUNTDOWN_SECONDS * 1000)
  }

  /** Validated like the hub's frames, judged now, applied at the next tick. */
  command(client, message) {
    figures.commands += 1
    validateCommand
      .validate({ ...message, type: 'command' })
      .then((valid) => {
        const seat = this.seatsBySession.get(client.sessionId)
        if (!seat || this.phase !== 'playing') return client.send('error', { code: 'not_now', seq: valid.seq })
        const verdicts = new Map()
        for (const locale of this.readerLocales()) {
          verdicts.set(locale, check(valid.alternatives ?? valid.utterance, compiled, { uiLocale: locale, inputMode: valid.inputMode ?? 'text', dictionary }))
        }
        const utterance = [...verdicts.values()][0].utterance
        this.pending.push({ seat: seat.seat, seq: valid.seq, utterance, verdicts })
      })
      .catch((error) => client.send('error', { code: 'invalid', message: String(error?.messages?.[0]?.message ?? error), seq: message?.seq }))
  }

  readerLocales() {
    const locales = new Set()
    for (const seat of this.seatsByNumber.values()) locales.add(seat.locale)
    return locales.size > 0 ? locales : new Set(['en'])
  }

  begin() {
    this.lock()
    this.phase = 'playing'
    figures.playing += 1
    this.seed = randomInt(2 ** 31)
    this.rng = createRng(this.seed)
    const seats = [...this.seatsByNumber.values()].map((seat) => ({ seat: seat.seat, userId: seat.userId, name: seat.name }))
    this.plain = coop.rules.initialState(level, seats, this.rng)
    this.sent = this.plain
    mirror(this.state, null, this.plain)
    this.state.phase = 'playing'
    this.tickNumber = 0
    this.limitTicks = coop.timeLimitSeconds * TICK_RATE
    this.startedAt = Date.now()
    this.broadcast('start', { tick: 0, tickRate: TICK_RATE, startedAt: this.startedAt, endsAt: this.startedAt + coop.timeLimitSeconds * 1000 })
    this.setSimulationInterval(() => this.runTick(), PERIOD_MS)
    // Inline: no patch timer (set after the simulation interval, or Colyseus adds a clock timer).
    if (PATCH_MODE === 'inline') this.patchRate = null
  }

  runTick() {
    if (this.phase !== 'playing') return
    const began = performance.now()
    figures.intervals.tickStarted(this, began)
    this.due ??= began
    recordMs(figures.late, Math.max(0, began - this.due))
    this.due += PERIOD_MS
    this.step()
    const simulated = performance.now()
    let patched = simulated
    if (PATCH_MODE === 'inline' && this.phase === 'playing') {
      if (this.broadcastPatch()) figures.patchesWithChanges += 1
      patched = performance.now()
      recordMs(figures.patch, patched - simulated)
    }
    recordMs(figures.sim, simulated - began)
    recordMs(figures.tick, patched - began)
    figures.ticks += 1
  }

  broadcastPatch() {
    if (PATCH_MODE === 'inline') return super.broadcastPatch()
    const began = performance.now()
    const changed = super.broadcastPatch()
    if (this.phase === 'playing') {
      recordMs(figures.patch, performance.now() - began)
      if (changed) figures.patchesWithChanges += 1
    }
    return changed
  }

  /** The hub's Room.step(), with the Schema mirror and Colyseus messages for the patch frame. */
  step() {
    const tick = this.tickNumber + 1
    const clock = { tick, tickRate: TICK_RATE }
    const rules = coop.rules
    const said = []
    for (const command of this.pending) {
      const seat = this.seatsByNumber.get(command.seat)
      if (!seat) continue
      const verdict = [...command.verdicts.values()][0]
      seat.stats.commands += 1
      let accepted = false
      let refusal = null
      const intent = verdict.passed ? verdict.intent : null
      if (verdict.passed) seat.stats.passed += 1
      if (intent && level.allowedIntents.includes(intent.name)) {
        const order = { name: intent.name, slots: intent.slots, countsForGoal: verdict.goalMatched }
        this.replay.push([tick, command.seat, order.name, order.slots, order.countsForGoal])
        const before = this.plain
        const result = rules.command(before, { seat: command.seat, intent: order }, clock, this.rng)
        accepted = result.accepted
        refusal = result.reason ?? null
        if (accepted) {
          const goalsMet = result.goals.filter((goal, index) => goal.met && !before.goals[index]?.met).length
          seat.stats.accepted += 1
          seat.stats.score += verdict.score + GOAL_SCORE * goalsMet
          this.plain = result.state
        }
      }
      said.push({ ...command, accepted, refusal, tick })
    }
    this.pending = []
    this.plain = rules.tick(this.plain, clock, this.rng)
    this.tickNumber = tick

    const changed = this.plain !== this.sent
    if (changed) mirror(this.state, this.sent, this.plain)
    this.sent = this.plain
    if (changed || said.length > 0) this.state.tick = tick
    if (said.length > 0) {
      this.said = [...this.said, ...said].slice(-RECENT)
      const groups = this.seatsByLocale()
      for (const [locale, seats] of groups) {
        const message = { tick, fb: said.map((entry) => this.feedbackView(entry, locale)) }
        // One locale (the bots'): one encode for the room, sent after the patch like our fb.
        if (groups.size === 1) this.broadcast('fb', message, { afterNextPatch: true })
        else for (const seat of seats) seat.client?.send('fb', message)
        figures.feedbackSent += seats.length
      }
    }

    const outcome = rules.outcome(this.plain)
    if (outcome !== 'playing') this.end(outcome)
    else if (tick >= this.limitTicks) this.end('timeout')
  }

  seatsByLocale() {
    const groups = new Map()
    for (const seat of this.seatsByNumber.values()) {
      if (!seat.client) continue
      const group = groups.get(seat.locale)
      if (group) group.push(seat)
      else groups.set(seat.locale, [seat])
    }
    return groups
  }

  /** As Room.#feedbackView: the checker's feedback and the game's refusal, in the reader's language. */
  feedbackView(entry, locale) {
    const messages = i18n[locale]
    const verdict = entry.verdicts.get(locale) ?? [...entry.verdicts.values()][0]
    const described = describeVerdict(verdict, messages)
    const seat = this.seatsByNumber.get(entry.seat)
    return {
      seat: entry.seat,
      name: seat?.name ?? '',
      seq: entry.seq,
      utterance: entry.utterance,
      passed: verdict.passed,
      score: verdict.score,
      accepted: entry.accepted,
      reason: entry.refusal ? { key: entry.refusal.key, message: messages.t(`${game.slug}.refusals.${entry.refusal.key}`, entry.refusal.params ?? {}) } : null,
      feedback: described.feedback,
      error: described.error?.message ?? null,
      intent: verdict.intent ? { name: verdict.intent.name, slots: verdict.intent.slots } : null,
      explanation: verdict.explanation ?? null,
      tick: entry.tick,
    }
  }

  end(outcome) {
    if (this.phase !== 'playing') return
    this.phase = 'ended'
    figures.playing -= 1
    this.setSimulationInterval(undefined)
    this.state.phase = 'ended'
    const results = [...this.seatsByNumber.values()].map((seat) => ({
      seat: seat.seat,
      userId: seat.userId,
      name: seat.name,
      ...seat.stats,
      accuracy: seat.stats.commands === 0 ? 0 : Math.round((seat.stats.passed / seat.stats.commands) * 1000) / 1000,
    }))
    this.broadcast('ended', { outcome, results })
    // The clock stops with the simulation interval (inline mode has no other timer): a plain timer.
    setTimeout(() => this.disconnect(), 100)
  }
}

// ---------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------

const httpServer = http.createServer()
const meter = serverMeter(httpServer, { resolutionMs: Number(opts['eld-resolution']) })
const transport = new WebSocketTransport({
  server: httpServer,
  maxPayload: 4 * 1024, // Colyseus's default (the hub: 4 KiB answered with an error, 64 KiB closes)
  perMessageDeflate: false, // Colyseus's default, and the hub's
  pingInterval: Number(opts['ping-interval']), // the hub pings every 15 s; Colyseus's default is 3 s
  pingMaxRetries: 2,
})
const gameServer = new Server({ transport, presence: new LocalPresence(), driver: new LocalDriver(), greet: false, gracefullyShutdown: false })
gameServer.define('coop', CoopRoom).filterBy(['group'])
await gameServer.listen(Number(opts.port), '127.0.0.1')

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  const timer = setTimeout(() => process.exit(0), 15_000)
  try {
    await gameServer.gracefullyShutdown(false)
  } finally {
    clearTimeout(timer)
    process.exit(0)
  }
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

answerRequests({
  status() {
    return { rooms: figures.rooms, playing: figures.playing, connections: figures.clients }
  },
  mark() {
    resetFigures()
    meter.mark()
    return { at: performance.now(), playing: figures.playing }
  },
  read() {
    return {
      process: meter.read(),
      rooms: figures.rooms,
      playing: figures.playing,
      connections: figures.clients,
      ticks: figures.ticks,
      tickMs: summary(figures.tick),
      simMs: summary(figures.sim),
      patchMs: summary(figures.patch),
      lateMs: summary(figures.late),
      intervalExcessMs: summary(figures.intervals.histogram),
      commands: figures.commands,
      feedbackSent: figures.feedbackSent,
      patchesWithChanges: figures.patchesWithChanges,
      patchMode: PATCH_MODE,
    }
  },
  stop() {
    setImmediate(stop)
    return {}
  },
})

process.send?.({ type: 'ready', pid: process.pid, port: Number(opts.port), patchMode: PATCH_MODE })
