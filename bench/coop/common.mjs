/**
 * What the co-op benchmark's processes share: the bots' phrase mix and its seeded picker, the
 * measurement window of a server process (CPU, event-loop delay, GC, wire bytes), histogram
 * summaries, and the request/answer protocol over the IPC channel between run.mjs and its
 * children. Plain JavaScript with no app imports: the hub's driver, the Colyseus server and both
 * kinds of bots load it.
 */

import { createHistogram, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'

/**
 * The phrases the bots say on level 11 ("Hold the valley"), picked uniformly by a seeded PRNG.
 * None attacks the wolves: the level's third goal is never met, so no match is won. Orders that
 * march the army away are few (one move north, and a retreat), defending and building many, so
 * the castle holds: in 300 simulated rooms (4 bots each, this mix, one phrase a second each, the
 * hub's rules and tick) 296 played to the 300 s time limit and 4 fell, at 72–90 s. A room that
 * ends during a window is reported (the bots count `ended` by outcome).
 */
export const PHRASES = [
  // passed, an order the battle carries out (or refuses: no resources, no units left…)
  'Gather wood',
  'Gather stone.',
  'Gather stone.',
  'Defend the bridge with the spearmen.',
  'Defend the castle.',
  'Defend the castle.',
  'Defend the gate with the archers.',
  'Build a tower near the river.',
  'Build a wall near the castle.',
  'Build a tower.',
  'Move the archers north.',
  'Retreat the archers.',
  // passed with a typo (feedback item `typo`)
  'Gather the wod',
  'Bild a tower near the river',
  'Defend the brige',
  // failed: wrong form, word order, missing and extra words, off topic
  'Moves the archers north',
  'Gathers wood',
  'Build a towers',
  'Tower build a near river',
  'Build tower river',
  'I like turtles',
]

/** mulberry32: the same seed gives the same phrases and phases on both targets. */
export function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** The bot with global index `index` (room × 4 + place): its phrase picker and its phase in the second. */
export function botScript(seed, index, periodMs) {
  const next = prng(Math.imul(seed ^ 0x9e3779b9, 2654435761) ^ Math.imul(index + 1, 40503))
  const phaseMs = next() * periodMs
  return { phaseMs, phrase: () => PHRASES[Math.floor(next() * PHRASES.length)] }
}

/** p50/p99/max/mean/count of a histogram recorded in `unit` (ns or µs), in milliseconds. */
export function summary(histogram, unit = 'ns') {
  const scale = unit === 'ns' ? 1e6 : 1e3
  if (histogram.count === 0) return { count: 0, p50: null, p99: null, max: null, mean: null }
  const ms = (value) => Math.round((value / scale) * 1000) / 1000
  return { count: histogram.count, p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), mean: ms(histogram.mean) }
}

/** Records a duration in milliseconds into a nanosecond histogram (at least 1 ns: 0 is refused). */
export function recordMs(histogram, ms) {
  histogram.record(Math.max(1, Math.round(ms * 1e6)))
}

/**
 * The figures of a server process over a window opened by `mark()`: CPU (user + system, every
 * thread), event-loop delay (monitorEventLoopDelay at `resolutionMs`: it reports about the
 * resolution even when idle, hence also the p99 minus it), GC pauses, and wire bytes (the
 * bytes written to and read from every socket of the HTTP server, WebSocket framing and HTTP
 * included, TCP/IP headers not).
 */
export function serverMeter(httpServer, { resolutionMs }) {
  const sockets = new Set()
  let closedOut = 0
  let closedIn = 0
  httpServer.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => {
      closedOut += socket.bytesWritten
      closedIn += socket.bytesRead
      sockets.delete(socket)
    })
  })
  const wire = () => {
    let out = closedOut
    let inn = closedIn
    for (const socket of sockets) {
      out += socket.bytesWritten
      inn += socket.bytesRead
    }
    return { out, in: inn }
  }
  const eld = monitorEventLoopDelay({ resolution: resolutionMs })
  eld.enable()
  const gc = { count: 0, ms: 0, maxMs: 0, long: [] }
  const GC_KINDS = { 1: 'scavenge', 2: 'minor mark-sweep', 4: 'mark-sweep-compact', 8: 'incremental', 16: 'weak callbacks' }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count += 1
      gc.ms += entry.duration
      if (entry.duration > gc.maxMs) gc.maxMs = entry.duration
      if (entry.duration >= 20 && base) gc.long.push({ atMs: Math.round(entry.startTime - base.at), ms: Math.round(entry.duration), kind: GC_KINDS[entry.detail?.kind] ?? String(entry.detail?.kind) })
    }
  }).observe({ entryTypes: ['gc'] })
  // Stalls: a 20 ms timer that fired more than 50 ms late, with when it happened in the window.
  const stalls = []
  let probeAt = performance.now()
  setInterval(() => {
    const now = performance.now()
    const late = now - probeAt - 20
    if (late > 50 && base) stalls.push({ atMs: Math.round(now - late - base.at), ms: Math.round(late) })
    probeAt = now
  }, 20).unref()

  let base = null
  const meter = {
    mark() {
      eld.reset()
      gc.maxMs = 0
      gc.long = []
      stalls.length = 0
      base = { at: performance.now(), cpu: process.cpuUsage(), wire: wire(), gcCount: gc.count, gcMs: gc.ms }
    },
    read() {
      const wallMs = performance.now() - base.at
      const cpu = process.cpuUsage(base.cpu)
      const bytes = wire()
      const seconds = wallMs / 1000
      const eldMs = (value) => Math.round((value / 1e6) * 1000) / 1000
      const memory = process.memoryUsage()
      return {
        wallMs: Math.round(wallMs),
        cpu: {
          userMs: Math.round(cpu.user / 1000),
          systemMs: Math.round(cpu.system / 1000),
          cores: Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 10000) / 10000,
        },
        eventLoopDelay: {
          resolutionMs,
          p50: eldMs(eld.percentile(50)),
          p99: eldMs(eld.percentile(99)),
          max: eldMs(eld.max),
          p99OverResolution: Math.max(0, Math.round((eld.percentile(99) / 1e6 - resolutionMs) * 1000) / 1000),
        },
        gc: { count: gc.count - base.gcCount, ms: Math.round((gc.ms - base.gcMs) * 10) / 10, maxMs: Math.round(gc.maxMs * 100) / 100, long: gc.long.slice(0, 40) },
        stalls: { count: stalls.length, ms: stalls.reduce((sum, stall) => sum + stall.ms, 0), list: [...stalls].sort((a, b) => b.ms - a.ms).slice(0, 12) },
        wire: {
          outBytes: bytes.out - base.wire.out,
          inBytes: bytes.in - base.wire.in,
          outPerSecond: Math.round((bytes.out - base.wire.out) / seconds),
          inPerSecond: Math.round((bytes.in - base.wire.in) / seconds),
        },
        memory: { rssMb: Math.round(memory.rss / 2 ** 20), heapUsedMb: Math.round(memory.heapUsed / 2 ** 20) },
      }
    },
  }
  meter.mark()
  return meter
}

/**
 * Tick intervals as a player feels them: the time between the starts of two ticks of a room,
 * minus the period (0 when on time). Same definition on both targets.
 */
export function intervalRecorder(periodMs) {
  const histogram = createHistogram()
  const last = new Map()
  return {
    histogram,
    tickStarted(key, at) {
      const previous = last.get(key)
      last.set(key, at)
      if (previous !== undefined) recordMs(histogram, Math.max(0, at - previous - periodMs))
    },
    forget(key) {
      last.delete(key)
    },
    reset() {
      histogram.reset()
    },
  }
}

/**
 * A child's side of the IPC protocol: `{ id, cmd, args }` in, `{ id, ok, data | error }` out.
 * Other messages the child sends on its own (`{ type: 'progress' … }`) have no id.
 */
export function answerRequests(handlers) {
  process.on('message', async (message) => {
    if (!message || typeof message !== 'object' || message.id === undefined) return
    const handler = handlers[message.cmd]
    try {
      if (!handler) throw new Error(`unknown command ${message.cmd}`)
      const data = await handler(message.args ?? {})
      process.send?.({ id: message.id, ok: true, data })
    } catch (error) {
      process.send?.({ id: message.id, ok: false, error: String(error?.stack ?? error) })
    }
  })
}
