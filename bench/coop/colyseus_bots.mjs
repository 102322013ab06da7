#!/usr/bin/env node
/**
 * Bots for the Colyseus side of bench/coop, with `@colyseus/sdk`: four per room
 * (`joinOrCreate('coop', { group })`, rooms filtered by group, 4 clients each), each says
 * `ready`, and once the match runs sends a `command` about once a second — the same seeded
 * phrases and phases as our hub's bots (common.mjs) — and times it until its feedback (`fb`
 * with its seat and seq) comes back. The SDK decodes every patch into its copy of the state.
 *
 * The SDK takes `globalThis.WebSocket` when it is imported: a `ws`-based class that counts the
 * messages and payload bytes received is put there first, so both sides' bots use the same
 * WebSocket client.
 *
 * Driven by run.mjs over IPC like hub_bots.mjs: `start`, `mark`, `read`, `stop`.
 */

import { monitorEventLoopDelay } from 'node:perf_hooks'
import WS from 'ws'
import { answerRequests, botScript } from './common.mjs'

let counters = fresh()
class CountingWebSocket extends WS {
  constructor(url, options) {
    super(url, { ...options, perMessageDeflate: false })
    this.addEventListener('message', (event) => {
      counters.messages += 1
      const data = event.data
      counters.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength
    })
  }
}
globalThis.WebSocket = CountingWebSocket
const { Client } = await import('@colyseus/sdk')

const bots = []
let rtt = []
const eld = monitorEventLoopDelay({ resolution: 10 })
eld.enable()
let cpuBase = process.cpuUsage()
let markedAt = performance.now()
let stopping = false

function fresh() {
  return { messages: 0, bytes: 0, byType: {}, feedback: 0, ownFeedback: 0, commandsSent: 0, errors: {}, closes: {}, closesAfterEnd: 0, ended: 0, outcomes: {}, httpErrors: 0, statePatches: 0 }
}

function count(table, key) {
  table[key] = (table[key] ?? 0) + 1
}

async function joinOne(sdk, settings, group, index) {
  const script = botScript(settings.seed, index, settings.periodMs)
  const room = await sdk.joinOrCreate('coop', { group: `g${group}`, name: `Bench Player ${index + 1}`, locale: 'en' })
  const bot = { index, seat: null, room, playing: false, seq: 0, pending: new Map(), timer: null, script }
  bots.push(bot)
  room.onMessage('start', () => {
    count(counters.byType, 'start')
    if (bot.playing) return
    bot.playing = true
    schedule(bot, settings.periodMs)
  })
  room.onMessage('fb', (message) => {
    count(counters.byType, 'fb')
    counters.feedback += message.fb.length
    for (const entry of message.fb) {
      if (entry.seat !== bot.seat) continue
      const sentAt = bot.pending.get(entry.seq)
      if (sentAt === undefined) continue
      bot.pending.delete(entry.seq)
      counters.ownFeedback += 1
      rtt.push(Math.round((performance.now() - sentAt) * 1000))
    }
  })
  room.onMessage('error', (message) => {
    count(counters.errors, message.code)
    if (message.seq !== undefined) bot.pending.delete(message.seq)
  })
  room.onMessage('ended', (message) => {
    count(counters.byType, 'ended')
    bot.ended = true
    counters.ended += 1
    count(counters.outcomes, message.outcome)
    bot.playing = false
  })
  room.onStateChange(() => {
    counters.statePatches += 1
  })
  room.onLeave((code) => {
    // After `ended` the room disconnects everyone: the match is over, not an error.
    if (bot.ended) counters.closesAfterEnd += 1
    else count(counters.closes, String(code))
    bot.playing = false
    if (bot.timer) clearTimeout(bot.timer)
  })
  room.onError((code) => count(counters.errors, `room: ${code}`))
  return bot
}

function schedule(bot, periodMs) {
  const first = performance.now() + bot.script.phaseMs
  let k = 0
  const fire = () => {
    if (!bot.playing || stopping) return
    if (bot.room.connection.isOpen) {
      const seq = ++bot.seq
      bot.pending.set(seq, performance.now())
      if (bot.pending.size > 16) bot.pending.delete(bot.pending.keys().next().value)
      bot.room.send('command', { seq, utterance: bot.script.phrase(), inputMode: 'text' })
      counters.commandsSent += 1
    }
    k += 1
    bot.timer = setTimeout(fire, Math.max(0, first + k * periodMs - performance.now()))
  }
  bot.timer = setTimeout(fire, Math.max(0, first - performance.now()))
}

/** The four of a room join one after the other: the room's seats are its join order. */
async function joinRoom(sdk, settings, globalRoom) {
  const joined = []
  for (let place = 0; place < 4; place++) {
    const bot = await joinOne(sdk, settings, globalRoom, globalRoom * 4 + place)
    bot.seat = place
    joined.push(bot)
  }
  for (const bot of joined) bot.room.send('ready', { ready: true })
}

function progress() {
  return { type: 'progress', clients: bots.length, playing: bots.filter((bot) => bot.playing).length, errors: counters.httpErrors }
}

answerRequests({
  async start(settings) {
    const sdk = new Client(settings.baseUrl)
    const rooms = Array.from({ length: settings.rooms }, (_, local) => settings.firstRoom + local)
    const ticker = setInterval(() => process.send?.(progress()), 1000)
    let next = 0
    const failures = []
    await Promise.all(
      Array.from({ length: Math.min(settings.joinConcurrency, rooms.length) }, async () => {
        while (next < rooms.length && !stopping) {
          const room = rooms[next++]
          await joinRoom(sdk, settings, room).catch((error) => {
            counters.httpErrors += 1
            failures.push(`room ${room}: ${error.message}`)
          })
        }
      })
    )
    clearInterval(ticker)
    process.send?.(progress())
    return { clients: bots.length, failures: failures.slice(0, 10), failed: failures.length }
  },
  status() {
    return progress()
  },
  mark() {
    counters = fresh()
    rtt = []
    eld.reset()
    cpuBase = process.cpuUsage()
    markedAt = performance.now()
    return {}
  },
  read() {
    const wallMs = performance.now() - markedAt
    const cpu = process.cpuUsage(cpuBase)
    return {
      wallMs: Math.round(wallMs),
      clients: bots.length,
      open: bots.filter((bot) => bot.room.connection.isOpen).length,
      playing: bots.filter((bot) => bot.playing).length,
      ...counters,
      rttUs: rtt,
      cpuCores: Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 1000) / 1000,
      eventLoopDelayP99Ms: Math.round((eld.percentile(99) / 1e6) * 100) / 100,
    }
  },
  stop() {
    stopping = true
    for (const bot of bots) {
      if (bot.timer) clearTimeout(bot.timer)
      bot.room.reconnection.enabled = false
      try {
        bot.room.connection.transport.ws.terminate()
      } catch {}
    }
    setTimeout(() => process.exit(0), 100)
    return {}
  },
})

process.send?.({ type: 'ready', pid: process.pid })
