#!/usr/bin/env node
/**
 * Our hub's server for bench/coop: boots the app like bin/server.js (the `web` environment: the
 * HTTP server, the co-op hub on it, the in-process queue worker), then answers run.mjs over the
 * IPC channel with the figures of a measurement window, read inside this process:
 * `coopHub().figures()` (tick duration and lateness, traffic), `process.cpuUsage()`, the
 * event-loop delay, GC and the wire bytes of the HTTP server's sockets. Bench-only: it changes
 * nothing in the app, it only reads.
 *
 *   node bench/coop/hub_server.mjs --app <build dir or repository root> [--eld-resolution 10]
 *   (from source: node --import @poppinss/ts-exec bench/coop/hub_server.mjs --app . --source)
 *
 * Started by bench/coop/run.mjs with an IPC channel and its own environment.
 */

import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { answerRequests, intervalRecorder, serverMeter, summary } from './common.mjs'

const { values: opts } = parseArgs({
  options: {
    'app': { type: 'string' },
    'source': { type: 'boolean', default: false },
    'eld-resolution': { type: 'string', default: '10' },
    'tick-rate': { type: 'string', default: '20' },
  },
})
if (!opts.app) {
  console.error('usage: hub_server.mjs --app <build dir> [--source]')
  process.exit(2)
}

const appDir = resolve(opts.app)
const extension = opts.source ? 'ts' : 'js'
const { APP_ROOT, IMPORTER } = await import(pathToFileURL(join(appDir, 'bin', `app_root.${extension}`)).href)
await import('reflect-metadata')
const { Ignitor, prettyPrintError } = await import('@adonisjs/core')

// As bin/server.ts does, with the app's own modules taken by URL from the app root: the same
// module instances as the app's `#start/env` and `#realtime/main`.
const ignitor = new Ignitor(APP_ROOT, { importer: IMPORTER }).tap((app) => {
  app.booting(async () => {
    await import(new URL(`start/env.${extension}`, APP_ROOT).href)
  })
})
try {
  await ignitor.httpServer().start()
} catch (error) {
  process.exitCode = 1
  prettyPrintError(error)
  process.exit(1)
}
const app = ignitor.getApp()
const server = await app.container.make('server')
const nodeServer = server.getNodeServer()
const { coopHub } = await import(new URL(`app/realtime/main.${extension}`, APP_ROOT).href)
const hub = coopHub()
if (!hub) {
  console.error('the co-op hub did not start (no coopHub() after the web server started)')
  process.exit(1)
}

const meter = serverMeter(nodeServer, { resolutionMs: Number(opts['eld-resolution']) })
const period = 1000 / Number(opts['tick-rate'])
const intervals = intervalRecorder(period)
// Each room reports its ticks to the hub through `room.onTick` (duration, lateness): wrapped
// here, once per room, to time the interval between two ticks' starts as the Colyseus side does.
const wrapped = new WeakSet()
const wrapRooms = () => {
  for (const room of hub.rooms) {
    if (wrapped.has(room) || !room.onTick) continue
    wrapped.add(room)
    const report = room.onTick
    room.onTick = (durationMs, lateMs) => {
      intervals.tickStarted(room, performance.now() - durationMs)
      report(durationMs, lateMs)
    }
  }
}
setInterval(wrapRooms, 250).unref()

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  // app.terminate() stops the hub first (rooms interrupted, results stored), then the server.
  const timer = setTimeout(() => process.exit(0), 20_000)
  try {
    await app.terminate()
  } finally {
    clearTimeout(timer)
    process.exit(0)
  }
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

answerRequests({
  status() {
    const figures = hub.figures()
    return { rooms: figures.rooms, playing: figures.playing, connections: figures.connections }
  },
  mark() {
    wrapRooms()
    hub.resetFigures()
    intervals.reset()
    meter.mark()
    return { at: performance.now(), playing: hub.figures().playing }
  },
  read() {
    const measured = meter.read()
    const figures = hub.figures()
    return {
      process: measured,
      rooms: figures.rooms,
      playing: figures.playing,
      connections: figures.connections,
      ticks: figures.ticks,
      tickMs: figures.tickMs,
      lateMs: figures.lateMs,
      intervalExcessMs: summary(intervals.histogram),
      traffic: figures.traffic,
      // Frames in after the lobby are the bots' commands (pongs are control frames, not counted).
      commands: figures.traffic.framesIn,
    }
  },
  stop() {
    setImmediate(stop)
    return {}
  },
})

process.send?.({ type: 'ready', pid: process.pid, address: nodeServer.address() })
