#!/usr/bin/env node
/**
 * Bots for our hub (bench/coop): each gets a seat through the public API exactly as the browser
 * does — the room's first bot `POST /api/coop/rooms {game:'strategy', level:11}`, the three
 * others `POST /api/coop/tickets {room}`, each with its own player's bearer token — then opens
 * `WS /coop?v=1&ticket=…` (the `ws` package), says `ready`, and once the match runs sends a
 * `command` about once a second (a seeded phrase from common.mjs, phase-shifted per bot). It
 * keeps the match state with the protocol's own `applyPatch`, and times each command until its
 * feedback (`fb` with its seat and seq) comes back.
 *
 * Driven by run.mjs over IPC: `start` (its share of rooms and tokens), `mark`, `read`, `stop`.
 */

import { monitorEventLoopDelay } from 'node:perf_hooks'
import WebSocket from 'ws'
import { answerRequests, botScript } from './common.mjs'

const GAME = 'strategy'
const LEVEL = 11

const bots = []
/** Command → own feedback, in µs, for the window: merged across bot processes by run.mjs. */
let rtt = []
const eld = monitorEventLoopDelay({ resolution: 10 })
eld.enable()
let counters = fresh()
let cpuBase = process.cpuUsage()
let markedAt = performance.now()
let applyPatch = null
let stopping = false

function fresh() {
  return { messages: 0, bytes: 0, byType: {}, feedback: 0, ownFeedback: 0, commandsSent: 0, errors: {}, closes: {}, closesAfterEnd: 0, ended: 0, outcomes: {}, httpErrors: 0 }
}

function count(table, key) {
  table[key] = (table[key] ?? 0) + 1
}

async function api(baseUrl, token, path, body) {
  const response = await fetch(baseUrl + path, {
    method: 'POST',
    headers: { 'authorization': `Bearer ${token}`, 'content-type': 'application/json', 'accept': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) {
    counters.httpErrors += 1
    throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(json)?.slice(0, 200)}`)
  }
  return json
}

function openBot(settings, index, seatTicket) {
  const script = botScript(settings.seed, index, settings.periodMs)
  const bot = { index, seat: null, ws: null, state: null, playing: false, seq: 0, pending: new Map(), timer: null, script }
  bots.push(bot)
  return new Promise((resolve, reject) => {
    const url = `${seatTicket.url}?v=1&ticket=${encodeURIComponent(seatTicket.ticket)}`
    const ws = new WebSocket(url, { perMessageDeflate: false })
    bot.ws = ws
    let welcomed = false
    ws.on('message', (data, isBinary) => {
      counters.messages += 1
      counters.bytes += data.length
      const frame = JSON.parse(isBinary ? data.toString('utf8') : data.toString())
      count(counters.byType, frame.type)
      switch (frame.type) {
        case 'welcome':
          bot.seat = frame.you.seat
          welcomed = true
          resolve(bot)
          break
        case 'snapshot':
          bot.state = frame.state
          if (!bot.playing) {
            bot.playing = true
            schedule(bot, settings.periodMs)
          }
          break
        case 'patch':
          if (frame.p && bot.state) bot.state = applyPatch(bot.state, frame.p)
          if (frame.fb) {
            counters.feedback += frame.fb.length
            for (const entry of frame.fb) {
              if (entry.seat !== bot.seat) continue
              const sentAt = bot.pending.get(entry.seq)
              if (sentAt === undefined) continue
              bot.pending.delete(entry.seq)
              counters.ownFeedback += 1
              rtt.push(Math.round((performance.now() - sentAt) * 1000))
            }
          }
          break
        case 'error':
          count(counters.errors, frame.code)
          if (frame.seq !== undefined) bot.pending.delete(frame.seq)
          break
        case 'ended':
          bot.ended = true
          counters.ended += 1
          count(counters.outcomes, frame.outcome)
          bot.playing = false
          break
      }
    })
    ws.on('close', (code, reason) => {
      // After `ended` the hub closes with 1000: the match is over, not an error.
      if (bot.ended) counters.closesAfterEnd += 1
      else count(counters.closes, String(code))
      bot.playing = false
      if (bot.timer) clearTimeout(bot.timer)
      if (!welcomed) reject(new Error(`socket closed before welcome (${code} ${reason})`))
    })
    ws.on('error', (error) => {
      count(counters.errors, `socket: ${error.code ?? error.message}`)
      if (!welcomed) reject(error)
    })
  })
}

/** One command every period, on a fixed schedule from the bot's phase (no drift). */
function schedule(bot, periodMs) {
  const first = performance.now() + bot.script.phaseMs
  let k = 0
  const fire = () => {
    if (!bot.playing || stopping) return
    if (bot.ws.readyState === WebSocket.OPEN) {
      const seq = ++bot.seq
      bot.pending.set(seq, performance.now())
      // A command never answered (the socket closed, the match ended) must not grow the map.
      if (bot.pending.size > 16) bot.pending.delete(bot.pending.keys().next().value)
      bot.ws.send(JSON.stringify({ type: 'command', seq, utterance: bot.script.phrase(), inputMode: 'text' }))
      counters.commandsSent += 1
    }
    k += 1
    bot.timer = setTimeout(fire, Math.max(0, first + k * periodMs - performance.now()))
  }
  bot.timer = setTimeout(fire, Math.max(0, first - performance.now()))
}

async function joinRoom(settings, room) {
  const tokens = settings.tokens.slice(room.local * 4, room.local * 4 + 4)
  const opened = await api(settings.baseUrl, tokens[0], '/api/coop/rooms', { game: GAME, level: LEVEL })
  const code = opened.room.code
  const tickets = [opened]
  for (const token of tokens.slice(1)) tickets.push(await api(settings.baseUrl, token, '/api/coop/tickets', { room: code }))
  const seated = await Promise.all(tickets.map((ticket, place) => openBot(settings, room.global * 4 + place, ticket)))
  // Ready once the four are in: the hub counts down as soon as every *connected* player is ready,
  // and a player whose socket arrives during the countdown is refused (4409), reservation or not.
  for (const bot of seated) bot.ws.send(JSON.stringify({ type: 'ready', ready: true }))
}

function progress() {
  return { type: 'progress', clients: bots.filter((bot) => bot.seat !== null).length, playing: bots.filter((bot) => bot.playing).length, errors: counters.httpErrors }
}

answerRequests({
  async start(settings) {
    ;({ applyPatch } = await import(settings.protocolUrl))
    const rooms = Array.from({ length: settings.rooms }, (_, local) => ({ local, global: settings.firstRoom + local }))
    const ticker = setInterval(() => process.send?.(progress()), 1000)
    let next = 0
    const failures = []
    await Promise.all(
      Array.from({ length: Math.min(settings.joinConcurrency, rooms.length) }, async () => {
        while (next < rooms.length && !stopping) {
          const room = rooms[next++]
          await joinRoom(settings, room).catch((error) => failures.push(`room ${room.global}: ${error.message}`))
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
      open: bots.filter((bot) => bot.ws?.readyState === WebSocket.OPEN).length,
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
      bot.ws?.terminate()
    }
    setTimeout(() => process.exit(0), 100)
    return {}
  },
})

process.send?.({ type: 'ready', pid: process.pid })
