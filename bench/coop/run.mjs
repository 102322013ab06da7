#!/usr/bin/env node
/**
 * Co-op hub benchmark: N rooms × 4 bot clients at 20 Hz over loopback, on our hub (the real app)
 * and on Colyseus (an equivalent room doing the same work: our language engine, our strategy
 * co-op rules, a Schema mirror of the state), one after the other in the same run; prints CPU,
 * tick p99, event-loop delay p99, bytes/s, and ours ÷ Colyseus.
 *
 *   npm run bench:coop                                  build, 250 rooms, 30 s per target
 *   npm run bench:coop -- --rooms 50 --seconds 15 --no-build
 *   npm run bench:coop -- --only hub --profile          our hub alone, with a CPU profile
 *   npm run bench:coop -- --help                        all options
 *
 * Steps: `node ace build` (retried with --ignore-ts-errors, else the app runs from source in
 * development mode) → a private copy in tmp/bench/coop/app (node_modules symlinked) → a fresh
 * SQLite DATA_DIR → `node ace setup` → rooms × 4 players with one API token each
 * (bench/attempts/make_tokens.mjs) → per target: the server pinned to core 0 (`taskset -c 0`),
 * an idle baseline, the bots pinned to core 1 (several processes), joining, warm-up, the
 * measured window, the server and bots stopped. Server figures are read inside the server
 * process (bench/coop/hub_server.mjs, bench/coop/colyseus_server.mjs) over IPC.
 *
 * Writes tmp/bench/coop.json and tmp/bench/coop/<target>-server.log. Exit code 0 whenever the
 * benchmark ran (goals missed included), 1 when it could not run.
 */

import { execFile, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs, promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const HERE = join(ROOT, 'bench', 'coop')
const BUILD = join(ROOT, 'build')
const OUT = join(ROOT, 'tmp', 'bench')
const WORK = join(OUT, 'coop')
const APP = join(WORK, 'app')
const execFileAsync = promisify(execFile)

const GOALS = { rooms: 250, tickP99Ms: 10, throughputRatio: 1 }
const TARGETS = {
  'hub': 'our hub',
  'colyseus': 'Colyseus (inline patch)',
  'colyseus-auto': 'Colyseus (default timers)',
}
const SERVER_CORE = 0
const BOTS_CORE = 1
/** The strategy game's co-op time limit: every window must end before the first rooms time out. */
const MATCH_SECONDS = 300
/** A window is measured again when other processes used this many cores, or this much of the server's core. */
const BUSY_OTHERS = 0.2
const BUSY_SHARED_CORE = 0.1
const SETTLE_SECONDS = 5

/* ------------------------------------------------------------------------------------------ */
/* Options                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const { values: opts } = parseArgs({
  options: {
    'rooms': { type: 'string', default: '250' },
    'seconds': { type: 'string', default: '30' },
    'warmup': { type: 'string', default: '10' },
    'idle-seconds': { type: 'string', default: '5' },
    'tick-rate': { type: 'string', default: '20' },
    'command-ms': { type: 'string', default: '1000' },
    'only': { type: 'string', default: 'hub,colyseus,colyseus-auto' },
    'bot-procs': { type: 'string', default: '0' },
    'join-concurrency': { type: 'string', default: '8' },
    'seed': { type: 'string', default: '1' },
    'attempts': { type: 'string', default: '3' },
    'eld-resolution': { type: 'string', default: '10' },
    'port': { type: 'string', default: process.env.BENCH_PORT ?? '3450' },
    'colyseus-port': { type: 'string', default: '2567' },
    'quiet-wait': { type: 'string', default: '120' },
    'no-build': { type: 'boolean', default: false },
    'no-copy': { type: 'boolean', default: false },
    'ignore-ts-errors': { type: 'boolean', default: false },
    'source': { type: 'boolean', default: false },
    'profile': { type: 'boolean', default: false },
    'no-pin': { type: 'boolean', default: false },
    'env': { type: 'string', multiple: true, default: [] },
    'keep': { type: 'boolean', default: false },
    'help': { type: 'boolean', short: 'h', default: false },
  },
})

if (opts.help) {
  console.log(readUsage())
  process.exit(0)
}

const rooms = positiveInt('rooms')
const seconds = positiveInt('seconds')
const warmup = positiveInt('warmup', 0)
const idleSeconds = positiveInt('idle-seconds', 0)
const tickRate = positiveInt('tick-rate')
const commandMs = positiveInt('command-ms', 50)
const seed = positiveInt('seed', 0)
const joinConcurrency = positiveInt('join-concurrency')
const quietWait = positiveInt('quiet-wait', 0)
const eldResolution = positiveInt('eld-resolution')
const attempts = positiveInt('attempts')
const clients = rooms * 4
const botProcs = Number(opts['bot-procs']) > 0 ? positiveInt('bot-procs') : Math.max(1, Math.ceil(clients / 250))
const targets = opts.only.split(',').map((name) => name.trim()).filter(Boolean)
for (const target of targets) {
  if (!TARGETS[target]) {
    console.error(`[bench] --only: "${target}" is not one of ${Object.keys(TARGETS).join(', ')}`)
    process.exit(1)
  }
}
if (tickRate > 60) {
  console.error('[bench] --tick-rate: the hub runs 1–60 Hz')
  process.exit(1)
}
// A match lasts 300 s (the strategy game's time limit): the window must end before the first
// rooms time out. Joining 250 rooms takes ≈ 10–30 s here.
if (warmup + seconds > 240) {
  console.error('[bench] --warmup + --seconds must stay under 240 s: matches end at 300 s (the time limit)')
  process.exit(1)
}

/* ------------------------------------------------------------------------------------------ */
/* Resources to release on every exit path                                                    */
/* ------------------------------------------------------------------------------------------ */

const state = {
  children: new Set(), // every process we started (own process group each)
  logs: [],
  dataDir: null,
  stopping: false,
}

async function cleanup() {
  for (const child of [...state.children]) await stopChild(child).catch(() => {})
  for (const log of state.logs) log.end()
  state.logs = []
  if (state.dataDir && !opts.keep) {
    rmSync(state.dataDir, { recursive: true, force: true })
    state.dataDir = null
  }
}

process.on('exit', () => {
  for (const child of state.children) killGroup(child, 'SIGKILL')
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (state.stopping) return
    state.stopping = true
    console.error(`\n[bench] ${signal}: stopping`)
    cleanup().finally(() => process.exit(130))
  })
}

/* ------------------------------------------------------------------------------------------ */
/* Main                                                                                       */
/* ------------------------------------------------------------------------------------------ */

try {
  await main()
  await cleanup()
  process.exitCode = 0
} catch (error) {
  console.error(`\n[bench] could not run: ${error?.message ?? error}`)
  if (error?.details) console.error(error.details)
  await cleanup()
  process.exitCode = 1
}

async function main() {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) throw new Error(`Node ${process.version}: the app needs Node 24 (put a Node 24 first on PATH)`)
  mkdirSync(WORK, { recursive: true })
  const startedAt = new Date()
  const pin = pinning()
  console.log(
    `bench/coop: ${rooms} rooms × 4 bots = ${clients} clients, ${tickRate} Hz, a command every ${commandMs} ms per bot; ` +
      `${seconds} s measured after ${warmup} s of warm-up; targets ${targets.join(', ')}`
  )
  console.log(`  ${pin.note}`)

  let app = null
  if (targets.includes('hub')) app = await prepareApp()
  const git = await gitState()

  const results = []
  for (const target of targets) {
    if (state.stopping) break
    results.push(await runTarget(target, app, pin))
  }
  const comparison = compare(results)
  printTable(results, comparison)

  const summary = {
    benchmark: 'coop',
    date: startedAt.toISOString(),
    git,
    machine: machineInfo(),
    versions: versions(),
    settings: {
      rooms,
      clients,
      tickRate,
      commandMs,
      seconds,
      warmupSeconds: warmup,
      idleSeconds,
      botProcesses: botProcs,
      joinConcurrency,
      seed,
      eventLoopDelayResolutionMs: eldResolution,
      pinning: pin,
      targets,
      extraEnv: opts.env,
      app: app ? { mode: app.mode, note: app.note } : null,
    },
    goals: GOALS,
    results,
    comparison,
  }
  const file = join(OUT, 'coop.json')
  writeFileSync(file, JSON.stringify(summary, null, 2) + '\n')
  console.log(`\nSummary: ${relative(ROOT, file)}   server logs: ${relative(ROOT, WORK)}/<target>-server.log`)
}

/* ------------------------------------------------------------------------------------------ */
/* The app (our hub)                                                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * A production build in a private copy (so a concurrent bench or build cannot pull the files
 * from under the server). When the build fails (the front end being edited, say), once more
 * with --ignore-ts-errors (type errors only: the JavaScript is emitted), and when that fails too,
 * the app runs from source in development mode. Then a fresh database and the players.
 */
async function prepareApp() {
  let mode = 'build'
  let note = 'production build (node ace build)'
  if (opts.source) {
    mode = 'source'
    note = 'from source, development mode (--source)'
  } else if (opts['no-copy']) {
    mode = 'copy'
    note = `the copy in ${relative(ROOT, APP)} as it is (--no-copy)`
  } else if (!opts['no-build']) {
    step('Building the production app (node ace build)')
    const link = join(BUILD, 'node_modules')
    try {
      if (lstatSync(link).isSymbolicLink()) unlinkSync(link) // bench:pages' symlink: never let the build clean walk into it
    } catch {}
    const build = (extra) => run(process.execPath, ['ace', 'build', ...extra], { cwd: ROOT, label: `node ace build ${extra.join(' ')}`.trim() })
    const t0 = performance.now()
    try {
      await build(opts['ignore-ts-errors'] ? ['--ignore-ts-errors'] : [])
      if (opts['ignore-ts-errors']) {
        mode = 'build-ignore-ts-errors'
        note = 'production build with --ignore-ts-errors'
      }
    } catch (error) {
      const reason = firstErrorLine(error.details)
      console.log(`  the build failed: ${reason}`)
      try {
        console.log('  building again with --ignore-ts-errors (type errors only: the JavaScript is still emitted)')
        await build(['--ignore-ts-errors'])
        mode = 'build-ignore-ts-errors'
        note = `production build with --ignore-ts-errors (plain build failed: ${reason})`
      } catch (again) {
        console.log(`  that failed too (${firstErrorLine(again.details)}): running the app from source, development mode`)
        mode = 'source'
        note = `from source, development mode (the build failed: ${reason})`
      }
    }
    if (mode !== 'source') console.log(`  built in ${sec(performance.now() - t0)}`)
  } else {
    step('Skipping the build (--no-build): copying the existing build/')
    note = 'production build (the existing build/, --no-build)'
  }

  let dir = ROOT
  if (mode === 'copy') {
    if (!existsSync(join(APP, 'bin', 'server.js'))) throw new Error(`--no-copy: ${relative(ROOT, APP)} holds no build; run once without it`)
    step(`Using ${relative(ROOT, APP)} as it is (--no-copy)`)
    dir = APP
  } else if (mode !== 'source') {
    if (!existsSync(join(BUILD, 'bin', 'server.js')) || !existsSync(join(BUILD, 'app', 'realtime', 'main.js'))) {
      throw new Error('build/ has no bin/server.js or app/realtime/main.js: run without --no-build')
    }
    rmSync(APP, { recursive: true, force: true })
    cpSync(BUILD, APP, { recursive: true, filter: (src) => src !== join(BUILD, 'node_modules') })
    symlinkSync(join(ROOT, 'node_modules'), join(APP, 'node_modules'), 'dir')
    console.log(`  build/ → ${relative(ROOT, APP)} (node_modules → the repository's)`)
    dir = APP
  }
  const source = mode === 'source'

  // The environment: nothing from the shell decides where the app connects or how it ticks.
  const port = await findFreePort(Number(opts.port))
  const baseUrl = `http://127.0.0.1:${port}`
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    if (/^(DB_|REDIS_|SMTP_|QUEUE_|LIMITER_|SESSION_|LEADERBOARD_|COOP_|PG|DATA_DIR$|APP_KEY$|APP_URL$|HOST$|PORT$|LOG_LEVEL$|NODE_OPTIONS$)/.test(key)) delete env[key]
  }
  state.dataDir = join(WORK, `data-${process.pid}`)
  rmSync(state.dataDir, { recursive: true, force: true })
  mkdirSync(state.dataDir, { recursive: true })
  Object.assign(env, {
    NODE_ENV: source ? 'development' : 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_URL: baseUrl,
    APP_KEY: randomBytes(32).toString('base64url'),
    DATA_DIR: state.dataDir,
    LOG_LEVEL: 'warn',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    COOP_TICK_RATE: String(tickRate),
    COOP_MAX_ROOMS: String(Math.max(500, rooms + 10)),
    COOP_DIRECTORY: 'memory',
  })
  const extraEnv = parseEnv(opts.env)
  Object.assign(env, extraEnv)
  if (opts.env.length) console.log(`  extra environment: ${opts.env.join(' ')}`)

  step(`Migrating and seeding (${relative(ROOT, join(state.dataDir, 'parley.sqlite3'))})`)
  await run(process.execPath, ['ace', 'setup'], { cwd: dir, env, label: 'node ace setup' })
  step(`Creating ${clients} players with one API token each`)
  const tokensFile = join(WORK, 'tokens.json')
  await run(
    process.execPath,
    [...(source ? ['--import', '@poppinss/ts-exec'] : []), join(ROOT, 'bench', 'attempts', 'make_tokens.mjs'), '--app', dir, '--users', String(clients), '--out', tokensFile, '--prefix', 'coop'],
    { cwd: dir, env, tee: true, label: 'make_tokens.mjs' }
  )
  const tokens = JSON.parse(readFileSync(tokensFile, 'utf8'))
  rmSync(tokensFile)
  return { mode, note, dir, source, env, port, baseUrl, tokens, protocolUrl: pathToFileURL(join(dir, 'app', 'realtime', source ? 'protocol.ts' : 'protocol.js')).href }
}

/* ------------------------------------------------------------------------------------------ */
/* One target                                                                                 */
/* ------------------------------------------------------------------------------------------ */

async function runTarget(target, app, pin) {
  const isHub = target === 'hub'
  console.log(`\n━━━━ ${TARGETS[target]}${isHub ? ` (${app.note})` : ''}: ${rooms} rooms × 4 bots, ${tickRate} Hz ━━━━`)
  const logFile = join(WORK, `${target}-server.log`)
  const profileDir = join(WORK, `profile-${target}`)
  const nodeFlags = []
  if (opts.profile) {
    rmSync(profileDir, { recursive: true, force: true })
    mkdirSync(profileDir, { recursive: true })
    nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`)
  }

  // 1. The server, alone on its core
  let server
  let baseUrl
  if (isHub) {
    baseUrl = app.baseUrl
    step(`Starting the app (web environment) on ${baseUrl}${pin.enabled ? `, pinned to core ${SERVER_CORE}` : ''}${opts.profile ? ', --cpu-prof' : ''}`)
    const args = [...nodeFlags, ...(app.source ? ['--import', '@poppinss/ts-exec'] : []), join(HERE, 'hub_server.mjs'), '--app', app.dir, '--eld-resolution', String(eldResolution), '--tick-rate', String(tickRate)]
    if (app.source) args.push('--source')
    server = startNode(args, { cwd: app.dir, env: app.env, core: pin.enabled ? SERVER_CORE : null, logFile, name: `${target} server` })
  } else {
    const port = await findFreePort(Number(opts['colyseus-port']))
    baseUrl = `http://127.0.0.1:${port}`
    const env = colyseusEnv()
    step(`Starting the Colyseus server on ${baseUrl} (patch ${target === 'colyseus' ? 'inline' : 'auto'})${pin.enabled ? `, pinned to core ${SERVER_CORE}` : ''}${opts.profile ? ', --cpu-prof' : ''}`)
    server = startNode(
      [
        ...nodeFlags,
        '--import',
        '@poppinss/ts-exec',
        join(HERE, 'colyseus_server.mjs'),
        '--port',
        String(port),
        '--patch',
        target === 'colyseus' ? 'inline' : 'auto',
        '--tick-rate',
        String(tickRate),
        '--eld-resolution',
        String(eldResolution),
        '--ping-interval',
        '15000',
      ],
      { cwd: ROOT, env, core: pin.enabled ? SERVER_CORE : null, logFile, name: `${target} server` }
    )
  }
  const ready = await server.ready(120_000)
  console.log(`  ready (pid ${server.child.pid}${ready.address ? `, ${ready.address.address}:${ready.address.port}` : ''})`)

  // 2. What an idle server costs (no client), on a quiet machine
  const ours = () => [server.child.pid, process.pid, ...state.botPids]
  state.botPids = []
  const quiet = await waitForQuiet(quietWait, ours)
  let idle = null
  if (idleSeconds > 0) {
    await server.request('mark')
    await sleep(idleSeconds * 1000)
    const figures = await server.request('read')
    idle = figures.process
    console.log(
      `  idle server (no client, ${idleSeconds} s): ${cores(idle.cpu.cores)}, event-loop delay p99 ${ms(idle.eventLoopDelay.p99)} ` +
        `(resolution ${eldResolution} ms), ${idle.memory.rssMb} MB RSS`
    )
  }

  // 3. The bots, on the other core, in several processes
  step(`Joining ${rooms} rooms × 4 bots (${botProcs} bot process${botProcs === 1 ? '' : 'es'}${pin.enabled ? `, pinned to core ${BOTS_CORE}` : ''})`)
  const botScript = join(HERE, isHub ? 'hub_bots.mjs' : 'colyseus_bots.mjs')
  const bots = []
  let firstRoom = 0
  for (let k = 0; k < botProcs; k++) {
    const share = Math.floor(rooms / botProcs) + (k < rooms % botProcs ? 1 : 0)
    if (share === 0) continue
    const args = [...(isHub && app.source ? ['--import', '@poppinss/ts-exec'] : []), botScript]
    const bot = startNode(args, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, core: pin.enabled ? BOTS_CORE : null, logFile: join(WORK, `${target}-bots-${k}.log`), name: `${target} bots ${k}` })
    bot.share = { firstRoom, rooms: share }
    firstRoom += share
    bots.push(bot)
  }
  state.botPids = bots.map((bot) => bot.child.pid)
  await Promise.all(bots.map((bot) => bot.ready(60_000)))
  const joinStarted = performance.now()
  const progress = new Map()
  for (const bot of bots) bot.onProgress = (message) => progress.set(bot, message)
  const started = bots.map((bot) =>
    bot.request(
      'start',
      {
        baseUrl,
        rooms: bot.share.rooms,
        firstRoom: bot.share.firstRoom,
        tokens: isHub ? app.tokens.slice(bot.share.firstRoom * 4, (bot.share.firstRoom + bot.share.rooms) * 4) : undefined,
        protocolUrl: isHub ? app.protocolUrl : undefined,
        seed,
        periodMs: commandMs,
        joinConcurrency,
      },
      600_000
    )
  )
  let joined = null
  const allStarted = Promise.all(started).then((answers) => (joined = answers))
  let lastPrint = 0
  while (!joined) {
    await Promise.race([allStarted, sleep(1000)])
    if (state.stopping) throw new Error('interrupted')
    const elapsed = performance.now() - joinStarted
    if (joined || elapsed - lastPrint >= 2000) {
      lastPrint = elapsed
      const status = await server.request('status').catch(() => null)
      const connected = [...progress.values()].reduce((sum, p) => sum + p.clients, 0)
      console.log(`  ${sec(elapsed).padStart(7)}: ${connected}/${clients} bots seated, server ${status?.rooms ?? '?'} rooms (${status?.playing ?? '?'} playing), ${status?.connections ?? '?'} sockets`)
    }
  }
  const failed = joined.reduce((sum, answer) => sum + answer.failed, 0)
  if (failed > 0) {
    console.log(`  ⚠ ${failed} room(s) could not be joined: ${joined.flatMap((answer) => answer.failures).slice(0, 3).join('; ')}`)
  }
  // The ready check's countdown (3 s), then every room plays
  const deadline = performance.now() + 30_000
  let status = await server.request('status')
  while (status.playing < rooms - failed && performance.now() < deadline) {
    await sleep(500)
    status = await server.request('status')
  }
  const joinSeconds = (performance.now() - joinStarted) / 1000
  console.log(`  ${status.playing}/${rooms} rooms playing, ${status.connections} sockets, after ${joinSeconds.toFixed(1)} s`)
  if (status.playing === 0) throw new Error(`${TARGETS[target]}: no room is playing; see ${relative(ROOT, logFile)}`)

  // 4. Warm-up, then the measured window: measured again (up to --attempts) when other work
  // shared the machine, as long as the matches' time limit leaves room for another window.
  const playingAt = performance.now()
  if (warmup > 0) {
    step(`Warm-up: ${warmup} s`)
    await sleep(warmup * 1000)
  }
  const windows = []
  for (let attempt = 1; ; attempt++) {
    step(`Measuring: ${seconds} s${attempt > 1 ? ` (attempt ${attempt} of ${attempts})` : ''}`)
    const measured = await measureWindow(server, bots)
    measured.attempt = attempt
    measured.matchAgeSeconds = Math.round((measured.startedAt - playingAt) / 1000) // since every room played
    windows.push(measured)
    const { machine } = measured
    const sharedCore = pin.enabled ? Math.max(0, (machine.cores[SERVER_CORE] ?? 0) - machine.server) : 0
    measured.busy = machine.others >= BUSY_OTHERS || sharedCore >= BUSY_SHARED_CORE
    measured.sharedServerCore = Math.round(sharedCore * 1000) / 1000
    if (!measured.busy) break
    const reason = `other processes ${cores(machine.others)}, of which ≈ ${cores(sharedCore)} on the server's core`
    const elapsed = (performance.now() - playingAt) / 1000
    if (attempt >= attempts || elapsed + SETTLE_SECONDS + seconds + 20 > MATCH_SECONDS - 15) {
      console.log(`  ⚠ the machine was busy (${reason}); ${attempt >= attempts ? 'no attempt left' : 'the matches\' time limit leaves no room for another window'}: keeping the quietest window`)
      break
    }
    console.log(`  ⚠ the machine was busy (${reason}): measuring again after a quieter moment`)
    await waitForQuiet(Math.min(quietWait, Math.max(0, MATCH_SECONDS - 15 - elapsed - SETTLE_SECONDS - seconds - 5)), () => [server.child.pid, process.pid, ...state.botPids])
    await sleep(SETTLE_SECONDS * 1000) // a server that fell behind catches up first
  }
  const chosen = windows.find((candidate) => !candidate.busy) ?? [...windows].sort((a, b) => a.machine.others + a.sharedServerCore - (b.machine.others + b.sharedServerCore))[0]

  // 5. Stop: the server first (its CPU profile is written at exit), then the bots
  await stopChild(server.child)
  for (const bot of bots) await bot.request('stop', {}, 5000).catch(() => {})
  for (const bot of bots) await stopChild(bot.child)
  state.botPids = []

  const result = figuresOf(target, { ...chosen, idle, quiet, joinSeconds, failed, isHub })
  result.playingAfterJoin = status.playing
  result.window = { attempt: chosen.attempt, of: windows.length, matchAgeSeconds: chosen.matchAgeSeconds, busy: chosen.busy, sharedServerCore: chosen.sharedServerCore }
  result.otherWindows = windows
    .filter((candidate) => candidate !== chosen)
    .map((candidate) => {
      const other = figuresOf(target, { ...candidate, idle: null, quiet: null, joinSeconds, failed, isHub })
      return { attempt: candidate.attempt, busy: candidate.busy, others: candidate.machine.others, sharedServerCore: candidate.sharedServerCore, serverCores: other.server.cores, ticksShare: other.server.ticksShare, tickP99: other.server.tickMs.p99, roomTicksPerCoreSecond: other.throughput.roomTicksPerCoreSecond }
    })
  printTarget(result)
  if (opts.profile) result.profile = summarizeProfile(profileDir, chosen.range, target)
  return result
}

/** One measured window: every process marks, progress every few seconds, every process reads. */
async function measureWindow(server, bots) {
  const cpu = cpuMeter(() => ({ server: [server.child.pid], bots: bots.map((bot) => bot.child.pid), self: [process.pid] }))
  const [marked] = await Promise.all([server.request('mark'), ...bots.map((bot) => bot.request('mark'))])
  cpu.mark()
  const range = [monotonicUs()]
  const t0 = performance.now()
  const every = Math.min(10, Math.max(5, Math.round(seconds / 3)))
  for (let elapsed = every; elapsed < seconds; elapsed += every) {
    await sleep(t0 + elapsed * 1000 - performance.now())
    const partial = await server.request('read')
    const s = partial.process.wallMs / 1000
    console.log(
      `  ${String(elapsed).padStart(4)} s: ${fmt(partial.ticks / s)} room-ticks/s (expected ${fmt(partial.playing * tickRate)}), server ${cores(partial.process.cpu.cores)}, ` +
        `tick p99 ${ms(partial.tickMs.p99)}, event-loop delay p99 ${ms(partial.process.eventLoopDelay.p99)}`
    )
  }
  await sleep(t0 + seconds * 1000 - performance.now())
  const [serverFigures, ...botFigures] = await Promise.all([server.request('read'), ...bots.map((bot) => bot.request('read'))])
  const machine = cpu.read()
  range.push(monotonicUs())
  return { serverFigures, botFigures, machine, range, startedAt: t0, playingAtStart: marked.playing }
}

function colyseusEnv() {
  const env = { ...process.env }
  for (const key of Object.keys(env)) if (/^(COOP_|NODE_OPTIONS$)/.test(key)) delete env[key]
  return { ...env, NODE_ENV: 'production', NO_COLOR: '1' }
}

/* ------------------------------------------------------------------------------------------ */
/* Figures                                                                                    */
/* ------------------------------------------------------------------------------------------ */

function figuresOf(target, { serverFigures: s, botFigures, machine, playingAtStart, idle, quiet, joinSeconds, failed, isHub }) {
  const windowSeconds = s.process.wallMs / 1000
  const serverCores = s.process.cpu.cores
  const ticksPerSecond = s.ticks / windowSeconds
  // A room that ended during the window (its castle fell) ticked for part of it: the mean.
  const expectedTicksPerSecond = Math.round((((playingAtStart ?? s.playing) + s.playing) / 2) * tickRate)
  const commandsPerSecond = s.commands / windowSeconds
  const sum = (key) => botFigures.reduce((total, figures) => total + (figures[key] ?? 0), 0)
  const merge = (key) => {
    const out = {}
    for (const figures of botFigures) for (const [name, n] of Object.entries(figures[key] ?? {})) out[name] = (out[name] ?? 0) + n
    return out
  }
  const botSeconds = Math.max(...botFigures.map((figures) => figures.wallMs)) / 1000
  const rtt = botFigures.flatMap((figures) => figures.rttUs).sort((a, b) => a - b)
  const rttPercentile = (p) => (rtt.length ? Math.round(rtt[Math.min(rtt.length - 1, Math.floor((rtt.length * p) / 100))] / 10) / 100 : null)
  const errors = merge('errors')
  const closes = merge('closes')
  return {
    target,
    label: TARGETS[target],
    joinSeconds: Math.round(joinSeconds * 10) / 10,
    roomsFailed: failed,
    rooms: s.rooms,
    playingAtStart: playingAtStart ?? s.playing,
    playing: s.playing,
    connections: s.connections,
    windowSeconds: Math.round(windowSeconds * 100) / 100,
    server: {
      cores: serverCores,
      userMs: s.process.cpu.userMs,
      systemMs: s.process.cpu.systemMs,
      msPerRoomTick: ticksPerSecond > 0 ? Math.round(((serverCores * 1000) / ticksPerSecond) * 10000) / 10000 : null,
      ticks: s.ticks,
      ticksPerSecond: Math.round(ticksPerSecond),
      expectedTicksPerSecond,
      ticksShare: expectedTicksPerSecond ? Math.round((ticksPerSecond / expectedTicksPerSecond) * 10000) / 10000 : null,
      tickMs: s.tickMs,
      simMs: s.simMs ?? null,
      patchMs: s.patchMs ?? null,
      lateMs: s.lateMs,
      intervalExcessMs: s.intervalExcessMs,
      eventLoopDelay: s.process.eventLoopDelay,
      gc: s.process.gc,
      stalls: s.process.stalls,
      memory: s.process.memory,
      wire: s.process.wire,
      commands: s.commands,
      commandsPerSecond: Math.round(commandsPerSecond),
      traffic: s.traffic ?? null,
      feedbackSent: s.feedbackSent ?? null,
      patchesWithChanges: s.patchesWithChanges ?? null,
    },
    throughput: {
      roomTicksPerCoreSecond: serverCores > 0 ? Math.round(ticksPerSecond / serverCores) : null,
      commandsPerCoreSecond: serverCores > 0 ? Math.round(commandsPerSecond / serverCores) : null,
    },
    clients: {
      processes: botFigures.length,
      clients: sum('clients'),
      open: sum('open'),
      playing: sum('playing'),
      messagesPerSecond: Math.round(sum('messages') / botSeconds),
      payloadBytesPerSecond: Math.round(sum('bytes') / botSeconds),
      byType: merge('byType'),
      commandsSent: sum('commandsSent'),
      feedbackEntries: sum('feedback'),
      ownFeedback: sum('ownFeedback'),
      statePatches: isHub ? null : sum('statePatches'),
      rttMs: { count: rtt.length, p50: rttPercentile(50), p99: rttPercentile(99), max: rtt.length ? Math.round(rtt.at(-1) / 10) / 100 : null },
      errors,
      closes,
      ended: sum('ended'),
      closesAfterEnd: sum('closesAfterEnd'),
      outcomes: merge('outcomes'),
      botCores: Math.round(botFigures.reduce((total, figures) => total + figures.cpuCores, 0) * 1000) / 1000,
      botEventLoopDelayP99Ms: Math.max(...botFigures.map((figures) => figures.eventLoopDelayP99Ms)),
    },
    idle,
    machine,
    quietBeforeStart: quiet,
  }
}

function printTarget(r) {
  const s = r.server
  const c = r.clients
  const w = r.window
  console.log(
    `\n  ${r.label}: ${r.playing} rooms playing, ${r.connections} sockets, ${r.windowSeconds} s` +
      (w ? ` (window ${w.attempt} of ${w.of}, from ${w.matchAgeSeconds} s after every room played${w.busy ? '; ⚠ busy machine' : ''})` : '')
  )
  console.log(`  server CPU: ${cores(s.cores)} (user ${fmt(s.userMs)} ms, system ${fmt(s.systemMs)} ms) = ${s.msPerRoomTick?.toFixed(4) ?? '–'} ms per room-tick`)
  console.log(`  ticks: ${fmt(s.ticks)} = ${fmt(s.ticksPerSecond)}/s of ${fmt(s.expectedTicksPerSecond)} expected (${pct(s.ticksShare)})`)
  console.log(
    `  tick duration p50 / p99 / max: ${ms(s.tickMs.p50)} / ${ms(s.tickMs.p99)} / ${ms(s.tickMs.max)}` +
      (s.simMs ? ` (simulation p99 ${ms(s.simMs.p99)}, patch p99 ${ms(s.patchMs.p99)})` : '')
  )
  console.log(
    `  tick lateness against the room's schedule p99 ${ms(s.lateMs.p99)} (max ${ms(s.lateMs.max)})${r.target === 'hub' ? '' : ' — setInterval re-arms from when a tick ran, so this is the drift: the ticks it lost'}; ` +
      `interval over ${Math.round(1000 / tickRate)} ms p99 ${ms(s.intervalExcessMs.p99)} (max ${ms(s.intervalExcessMs.max)})`
  )
  console.log(
    `  event-loop delay p99 ${ms(s.eventLoopDelay.p99)} raw, ${ms(s.eventLoopDelay.p99OverResolution)} over the ${s.eventLoopDelay.resolutionMs} ms resolution (max ${ms(s.eventLoopDelay.max)}); ` +
      `GC ${s.gc.count} pauses, ${fmt(s.gc.ms)} ms (${pct(s.gc.ms / (r.windowSeconds * 1000))} of the window), max ${ms(s.gc.maxMs)}`
  )
  if (s.stalls?.count) {
    const longGc = s.gc.long.length ? `; GC pauses ≥ 20 ms: ${s.gc.long.slice(0, 6).map((g) => `${g.kind} ${g.ms} ms at ${sec(g.atMs)}`).join(', ')}` : ''
    console.log(`  stalls (a 20 ms timer > 50 ms late): ${s.stalls.count}, ${fmt(s.stalls.ms)} ms in all; longest ${s.stalls.list.slice(0, 5).map((x) => `${x.ms} ms at ${sec(x.atMs)}`).join(', ')}${longGc}`)
  }
  console.log(`  wire (server sockets): out ${bytes(s.wire.outPerSecond)}/s, in ${bytes(s.wire.inPerSecond)}/s; RSS ${s.memory.rssMb} MB`)
  console.log(
    `  at the clients: ${fmt(c.messagesPerSecond)} messages/s, ${bytes(c.payloadBytesPerSecond)}/s of payload; command → feedback p50 ${ms(c.rttMs.p50)}, p99 ${ms(c.rttMs.p99)}, max ${ms(c.rttMs.max)} (${fmt(c.rttMs.count)} commands)`
  )
  console.log(`  commands: ${fmt(s.commandsPerSecond)}/s processed = ${fmt(r.throughput.commandsPerCoreSecond)} per CPU-second`)
  console.log(`  throughput per CPU: ${fmt(r.throughput.roomTicksPerCoreSecond)} room-ticks per core-second`)
  const problems = [
    ...Object.entries(c.errors).map(([code, n]) => `${n}× error ${code}`),
    ...Object.entries(c.closes).map(([code, n]) => `${n}× closed ${code}`),
    ...(c.ended ? [`matches ended for ${c.ended} bots (${Object.entries(c.outcomes).map(([outcome, n]) => `${outcome} ${n / 4} rooms`).join(', ')})`] : []),
    ...(r.roomsFailed ? [`${r.roomsFailed} room(s) not joined`] : []),
  ]
  console.log(`  bots: ${c.processes} process(es), ${cores(c.botCores)} in all, event-loop delay p99 ≤ ${ms(c.botEventLoopDelayP99Ms)}; ${problems.length ? problems.join(', ') : 'no errors, no closes'}`)
  const m = r.machine
  console.log(
    `  machine: core ${SERVER_CORE} busy ${pct(m.cores[SERVER_CORE])} (others there ≈ ${cores(w?.sharedServerCore ?? 0)}), core ${BOTS_CORE} busy ${pct(m.cores[BOTS_CORE])}; other processes ${cores(m.others)}` +
      (m.topOthers.length ? ` (${m.topOthers.map((p) => `${p.name} ${p.pid} ${cores(p.cores)}`).join(', ')})` : '')
  )
  console.log(
    `  server process: ${fmt(m.serverMajorFaults)} major page faults, ${fmt(m.serverPreemptions)} involuntary context switches (all threads); ` +
      `steal time core ${SERVER_CORE} ${pct(m.steal?.[SERVER_CORE])}, core ${BOTS_CORE} ${pct(m.steal?.[BOTS_CORE])}`
  )
  if (m.others >= BUSY_OTHERS) console.log(`  ⚠ other work took ${cores(m.others)} during the window: the figures are lower than on a quiet machine`)
  if ((m.steal?.[SERVER_CORE] ?? 0) >= 0.05) console.log(`  ⚠ the hypervisor took ${pct(m.steal[SERVER_CORE])} of the server's core (steal time): stalls and lateness include it`)
  if (c.botCores > 0.9) console.log(`  ⚠ the bots used ${cores(c.botCores)} of their core: client-side figures (round trip) include their own queueing`)
}

/** Ours ÷ Colyseus (inline patch: the same unit of work per tick). */
function compare(results) {
  const hub = results.find((r) => r.target === 'hub')
  const colyseus = results.find((r) => r.target === 'colyseus') ?? results.find((r) => r.target === 'colyseus-auto')
  const out = { against: colyseus?.target ?? null }
  if (hub && colyseus) {
    const ratio = (a, b) => (a && b ? Math.round((a / b) * 1000) / 1000 : null)
    out.roomTicksPerCoreSecond = ratio(hub.throughput.roomTicksPerCoreSecond, colyseus.throughput.roomTicksPerCoreSecond)
    out.commandsPerCoreSecond = ratio(hub.throughput.commandsPerCoreSecond, colyseus.throughput.commandsPerCoreSecond)
    out.serverCores = ratio(hub.server.cores, colyseus.server.cores)
    out.wireOut = ratio(hub.server.wire.outPerSecond, colyseus.server.wire.outPerSecond)
    out.wireIn = ratio(hub.server.wire.inPerSecond, colyseus.server.wire.inPerSecond)
    out.tickP99 = ratio(hub.server.tickMs.p99, colyseus.server.tickMs.p99)
  }
  if (hub) {
    const fullScale = rooms >= GOALS.rooms
    // Every room joined and played (a castle may fall later: the game's doing, not the hub's), and
    // the window ran ≥ 99 % of the ticks due in the rooms still playing.
    const allPlaying = hub.roomsFailed === 0 && hub.playingAfterJoin >= GOALS.rooms && hub.server.ticksShare >= 0.99
    out.goals = {
      oneCore: fullScale ? allPlaying : null,
      tickP99: fullScale ? hub.server.tickMs.p99 <= GOALS.tickP99Ms : null,
      tickP99AtThisScale: hub.server.tickMs.p99 <= GOALS.tickP99Ms,
      latenessP99: hub.server.lateMs.p99 <= GOALS.tickP99Ms,
      throughputPerCpu: out.roomTicksPerCoreSecond === undefined || out.roomTicksPerCoreSecond === null ? null : out.roomTicksPerCoreSecond >= GOALS.throughputRatio,
    }
  }
  return out
}

function printTable(results, comparison) {
  console.log(`\n━━━━ Summary: ${rooms} rooms × 4 bots = ${clients} clients, ${tickRate} Hz, ${seconds} s; servers pinned to one core ━━━━\n`)
  const rows = [
    ['target', 'rooms', 'server CPU', 'ms/room-tick', 'tick p50 / p99 / max', 'late p99 (schedule)', 'interval+ p99', 'ELD p99 (− res.)', 'wire out / in', 'msgs/s', 'RTT p50 / p99', 'ticks/s (expected)', 'room-ticks/core-s', 'cmds/core-s', 'errors'],
  ]
  for (const r of results) {
    const s = r.server
    const errors = Object.values(r.clients.errors).reduce((a, b) => a + b, 0) + Object.values(r.clients.closes).reduce((a, b) => a + b, 0)
    rows.push([
      r.label,
      String(r.playing),
      cores(s.cores),
      s.msPerRoomTick?.toFixed(4) ?? '–',
      `${ms(s.tickMs.p50)} / ${ms(s.tickMs.p99)} / ${ms(s.tickMs.max)}`,
      ms(s.lateMs.p99),
      ms(s.intervalExcessMs.p99),
      `${ms(s.eventLoopDelay.p99)} (${ms(s.eventLoopDelay.p99OverResolution)})`,
      `${bytes(s.wire.outPerSecond)}/s / ${bytes(s.wire.inPerSecond)}/s`,
      fmt(r.clients.messagesPerSecond),
      `${ms(r.clients.rttMs.p50)} / ${ms(r.clients.rttMs.p99)}`,
      `${fmt(s.ticksPerSecond)} (${fmt(s.expectedTicksPerSecond)})`,
      fmt(r.throughput.roomTicksPerCoreSecond),
      fmt(r.throughput.commandsPerCoreSecond),
      String(errors),
    ])
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)))
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join('  '))
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '))
  }
  if (comparison.roomTicksPerCoreSecond !== undefined) {
    console.log(
      `\nOurs ÷ ${TARGETS[comparison.against]}: room-ticks per CPU ${comparison.roomTicksPerCoreSecond}×, commands per CPU ${comparison.commandsPerCoreSecond}×, ` +
        `server CPU ${comparison.serverCores}×, wire out ${comparison.wireOut}×, wire in ${comparison.wireIn}×, tick p99 ${comparison.tickP99}×`
    )
  }
  const g = comparison.goals
  if (g) {
    const mark = (value) => (value === null ? `not assessed (needs --rooms ${GOALS.rooms} and a Colyseus run)` : value ? 'met' : 'NOT met')
    console.log(`\nGoals (issue):`)
    console.log(`  ${GOALS.rooms} rooms × 4 = ${GOALS.rooms * 4} clients on one core, every room joined and playing, ≥ 99 % of the ticks run: ${g.oneCore === null ? `not assessed (this run: ${rooms} rooms)` : mark(g.oneCore)}`)
    console.log(`  tick p99 ≤ ${GOALS.tickP99Ms} ms at that scale: ${g.tickP99 === null ? `not assessed (at ${rooms} rooms: ${g.tickP99AtThisScale ? 'within' : 'over'})` : mark(g.tickP99)} (stricter, tick lateness p99 ≤ ${GOALS.tickP99Ms} ms: ${g.latenessP99 ? 'yes' : 'no'})`)
    console.log(`  at least Colyseus's throughput per CPU (room-ticks per core-second, ours ÷ Colyseus ≥ ${GOALS.throughputRatio}): ${g.throughputPerCpu === null ? 'not assessed (no Colyseus run)' : mark(g.throughputPerCpu)}`)
  }
  console.log('\nTick: one room\'s tick as the hub times it (Room.step: commands, rules, diff, patch out); Colyseus: the simulation callback plus broadcastPatch (inline).')
  console.log('Late: against the room\'s schedule (ours keeps to the wall clock; Colyseus\'s setInterval drifts, so its figure is the ticks it lost). Interval+: time between two ticks\' starts over the period.')
  console.log('Throughput per CPU: room-ticks run per second ÷ server CPU in cores. Wire: bytes written/read on the server\'s sockets.')
}

/* ------------------------------------------------------------------------------------------ */
/* CPU of the machine, our processes and the others                                           */
/* ------------------------------------------------------------------------------------------ */

function procStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ')
    return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: Number(fields[11]) + Number(fields[12]), majorFaults: Number(fields[9]) }
  } catch {
    return null
  }
}

/** Context switches of every thread of a process (/proc/<pid>/task/<tid>/status). */
function contextSwitches(pid) {
  try {
    let voluntary = 0
    let involuntary = 0
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8')
      voluntary += Number(/voluntary_ctxt_switches:\s*(\d+)/.exec(status)?.[1] ?? 0)
      involuntary += Number(/nonvoluntary_ctxt_switches:\s*(\d+)/.exec(status)?.[1] ?? 0)
    }
    return { voluntary, involuntary }
  } catch {
    return null
  }
}

/** What a process runs, shortened: `node bin/test.ts`, `kdamond.0`… */
function commandLine(pid) {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    if (!argv.length) return null
    const words = [argv[0].split('/').at(-1), ...argv.slice(1).filter((word) => !word.startsWith('-')).map((word) => word.split('/').slice(-2).join('/'))]
    return words.slice(0, 3).join(' ').slice(0, 60)
  } catch {
    return null
  }
}

function allProcs() {
  const out = new Map()
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    const stat = procStat(pid)
    if (stat) out.set(Number(pid), stat)
  }
  return out
}

/** Busy share of each core and of the machine (/proc/stat), between two reads. */
function coreTicks() {
  const out = {}
  for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d*)\s+(.*)$/.exec(line)
    if (!match) continue
    const [user, nice, system, idle, iowait, irq, softirq, steal] = match[2].trim().split(/\s+/).map(Number)
    out[match[1] === '' ? 'all' : match[1]] = { busy: user + nice + system + irq + softirq + steal, steal, total: user + nice + system + idle + iowait + irq + softirq + steal }
  }
  return out
}

/**
 * CPU between mark() and read(), in cores: our server, our bots, this process, everything
 * else (other people's work on the machine, which lowers the figures when it is not near 0),
 * each core's busy share, and the busiest other processes.
 */
function cpuMeter(ours) {
  let start = null
  return {
    mark() {
      const serverPid = ours().server[0]
      start = { at: performance.now(), procs: allProcs(), cores: coreTicks(), switches: serverPid ? contextSwitches(serverPid) : null }
    },
    read() {
      const seconds = (performance.now() - start.at) / 1000
      const procs = allProcs()
      const coresNow = coreTicks()
      const hz = 100
      // A process started during the window counts with all its CPU; one that ended is not seen.
      const delta = (pid) => {
        const before = start.procs.get(pid)
        const after = procs.get(pid)
        if (!after) return 0
        return (after.ticks - (before?.ticks ?? 0)) / hz / seconds
      }
      const mine = ours()
      const group = (pids) => Math.round(pids.reduce((sum, pid) => sum + delta(pid), 0) * 1000) / 1000
      const minePids = new Set([...mine.server, ...mine.bots, ...mine.self])
      const others = []
      for (const [pid, stat] of procs) {
        if (minePids.has(pid)) continue
        const used = delta(pid)
        if (used > 0.005) others.push({ pid, name: commandLine(pid) ?? stat.name, cores: Math.round(used * 1000) / 1000 })
      }
      others.sort((a, b) => b.cores - a.cores)
      const perCore = {}
      const steal = {}
      for (const [key, now] of Object.entries(coresNow)) {
        const before = start.cores[key]
        if (!before || key === 'all') continue
        perCore[key] = Math.round(((now.busy - before.busy) / Math.max(1, now.total - before.total)) * 1000) / 1000
        // Time the hypervisor gave this virtual CPU to someone else: a stall nobody here caused.
        steal[key] = Math.round(((now.steal - before.steal) / Math.max(1, now.total - before.total)) * 10000) / 10000
      }
      const all = coresNow.all
      const machine = ((all.busy - start.cores.all.busy) / Math.max(1, all.total - start.cores.all.total)) * os.cpus().length
      const server = group(mine.server)
      const bots = group(mine.bots)
      // The server's major page faults and involuntary context switches (preempted: another
      // thread or process took its core) during the window, over all its threads.
      const serverPid = mine.server[0]
      const faults = (procs.get(serverPid)?.majorFaults ?? 0) - (start.procs.get(serverPid)?.majorFaults ?? 0)
      const switches = contextSwitches(serverPid)
      const preempted = switches && start.switches ? switches.involuntary - start.switches.involuntary : null
      const self = group(mine.self)
      return {
        server,
        bots,
        self,
        machine: Math.round(machine * 1000) / 1000,
        others: Math.max(0, Math.round((machine - server - bots - self) * 1000) / 1000),
        cores: perCore,
        steal,
        topOthers: others.slice(0, 4),
        serverMajorFaults: faults,
        serverPreemptions: preempted,
      }
    },
  }
}

/** Waits up to `seconds` for the processes other than ours to use < 0.3 of a core (3-second samples). */
async function waitForQuiet(seconds, ours) {
  if (seconds === 0) return null
  const sample = async () => {
    const meter = cpuMeter(() => ({ server: ours(), bots: [], self: [] }))
    meter.mark()
    await sleep(3000)
    return meter.read()
  }
  const deadline = performance.now() + seconds * 1000
  let last = await sample()
  if (last.others < 0.3) return last.others
  process.stdout.write(`  waiting for a quieter machine (other processes ${cores(last.others)}: ${last.topOthers.map((p) => `${p.name} ${p.pid}`).join(', ')})`)
  while (last.others >= 0.3 && performance.now() < deadline) {
    last = await sample()
    process.stdout.write('.')
  }
  console.log(last.others < 0.3 ? ` ${cores(last.others)}: going on` : ` still ${cores(last.others)} after ${seconds} s: measuring anyway (figures may be low)`)
  return last.others
}

/* ------------------------------------------------------------------------------------------ */
/* CPU profile                                                                                */
/* ------------------------------------------------------------------------------------------ */

/**
 * The server's CPU profile (main thread) over the measured window: self time by package or app
 * folder, by function, and inclusive time of the functions a tick and a command go through.
 * V8's profile clock and process.hrtime() both read CLOCK_MONOTONIC.
 */
function summarizeProfile(dir, [from, to], target) {
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.cpuprofile')) : []
  if (!files.length) {
    console.log(`  no CPU profile in ${relative(ROOT, dir)}`)
    return null
  }
  const file = join(dir, files.find((name) => /\.0\.\d+\.cpuprofile$/.test(name)) ?? files.sort()[0])
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map()
  let t = profile.startTime
  let total = 0
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0
    if (t < from || t > to) continue
    const us = profile.timeDeltas[i + 1] ?? 0
    total += us
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + us)
  }
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame
    const where = shortUrl(url)
    return `${functionName || '(anonymous)'}${where ? ` ${where}:${lineNumber + 1}` : ''}`
  }
  const byFunction = new Map()
  const byPackage = new Map()
  const inclusive = new Map()
  let idle = 0
  const WATCH = /^(#?runTick|step|#?onFrame|#?dispatch|command|check|diffState|applyPatch|sendText|send|validate|describeVerdict|#?feedbackView|broadcastPatch|encode|encodeAll|mirror|#?pingRound|stringify|parse|tick|advance|admit|emit|write|writev|_write|sendFrame|processTicksAndRejections|listOnTimeout)$/
  for (const [id, us] of self) {
    const node = byId.get(id)
    const name = node.callFrame.functionName
    if (name === '(idle)') {
      idle += us
      continue
    }
    byFunction.set(label(node), (byFunction.get(label(node)) ?? 0) + us)
    const pkg = packageOf(node.callFrame.url, name)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us)
    const seen = new Set()
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)
      if (!WATCH.test(frame.callFrame.functionName)) continue
      const key = label(frame)
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + us)
    }
  }
  const busy = total - idle
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), shareOfBusy: Number(((us / busy) * 100).toFixed(1)) }))
  const summary = {
    file: relative(ROOT, file),
    wallMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    busyShare: Number((busy / Math.max(1, total)).toFixed(3)),
    packages: top(byPackage, 20),
    functions: top(byFunction, 40),
    inclusive: top(inclusive, 30),
  }
  console.log(`\n  CPU profile of the ${TARGETS[target]} server over the window (main thread busy ${Math.round(summary.busyShare * 100)} % of ${fmt(summary.wallMs)} ms); share of busy time:`)
  console.log('  by package or app folder (self):')
  for (const p of summary.packages.slice(0, 14)) console.log(`    ${String(p.shareOfBusy).padStart(5)} %  ${p.name}`)
  console.log('  by function (self):')
  for (const f of summary.functions.slice(0, 25)) console.log(`    ${String(f.shareOfBusy).padStart(5)} %  ${f.name}`)
  console.log('  a tick, a frame, a command (inclusive):')
  for (const f of summary.inclusive.slice(0, 22)) console.log(`    ${String(f.shareOfBusy).padStart(5)} %  ${f.name}`)
  console.log(`  profile: ${summary.file} (Chrome DevTools → Performance, or speedscope)`)
  return summary
}

function shortUrl(url) {
  if (!url) return ''
  const path = url.replace(/^file:\/\//, '')
  const nm = path.lastIndexOf('/node_modules/')
  if (nm >= 0) return path.slice(nm + 14)
  for (const base of [APP, ROOT]) if (path.startsWith(base)) return path.slice(base.length).replace(/^\//, '')
  return path
}

function packageOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native/builtin)'
  const path = url.replace(/^file:\/\//, '')
  if (path.startsWith('node:')) return 'node:' + path.slice(5).split('/')[0]
  const nm = path.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const parts = path.slice(nm + 14).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  for (const base of [APP, ROOT]) {
    if (path.startsWith(base)) {
      const parts = path.slice(base.length).replace(/^\//, '').split('/')
      return `app: ${parts.slice(0, parts[0] === 'games' ? 3 : 2).join('/')}`
    }
  }
  return path
}

/* ------------------------------------------------------------------------------------------ */
/* Processes                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** taskset (util-linux) pins the server and the bots to one core each, when there are two. */
function pinning() {
  if (opts['no-pin']) return { enabled: false, note: 'not pinned (--no-pin): server and bots share every core' }
  const cpus = os.cpus().length
  const taskset = spawnSync('taskset', ['--version'], { encoding: 'utf8' })
  if (taskset.error) return { enabled: false, note: '⚠ taskset not found (Debian: apt-get install util-linux): server and bots NOT pinned' }
  if (cpus < 2) return { enabled: false, note: `⚠ ${cpus} core: server and bots NOT pinned` }
  return { enabled: true, serverCore: SERVER_CORE, botsCore: BOTS_CORE, note: `server pinned to core ${SERVER_CORE}, bots to core ${BOTS_CORE} (${taskset.stdout.trim()}; ${cpus} cores)` }
}

/**
 * A Node child with an IPC channel, in its own process group, optionally pinned to a core
 * (`taskset -c N node …`: the channel's file descriptor passes through the exec).
 */
function startNode(args, { cwd, env, core, logFile, name }) {
  const command = core === null ? process.execPath : 'taskset'
  const argv = core === null ? args : ['-c', String(core), process.execPath, ...args]
  const log = createWriteStream(logFile)
  state.logs.push(log)
  const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true })
  state.children.add(child)
  const tail = []
  const onData = (chunk) => {
    log.write(chunk)
    for (const line of chunk.toString().split('\n')) if (line.trim()) tail.push(line)
    if (tail.length > 60) tail.splice(0, tail.length - 60)
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const pending = new Map()
  let nextId = 0
  let readyMessage = null
  const readyWaiters = []
  const handle = {
    child,
    tail,
    onProgress: null,
    request(cmd, args = {}, timeoutMs = 60_000) {
      if (child.exitCode !== null || child.signalCode !== null || !child.connected) return Promise.reject(new Error(`${name} is not running`))
      const id = ++nextId
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id)
          reject(new Error(`${name}: no answer to ${cmd} within ${timeoutMs / 1000} s`))
        }, timeoutMs)
        pending.set(id, { resolve, reject, timer })
        child.send({ id, cmd, args })
      })
    },
    ready(timeoutMs) {
      if (readyMessage) return Promise.resolve(readyMessage)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const error = new Error(`${name} did not start within ${timeoutMs / 1000} s; see ${relative(ROOT, logFile)}`)
          error.details = tail.slice(-30).join('\n')
          reject(error)
        }, timeoutMs)
        readyWaiters.push({ resolve, reject, timer })
      })
    },
  }
  child.on('message', (message) => {
    if (message?.id !== undefined) {
      const waiter = pending.get(message.id)
      if (!waiter) return
      pending.delete(message.id)
      clearTimeout(waiter.timer)
      if (message.ok) waiter.resolve(message.data)
      else waiter.reject(new Error(`${name}: ${message.error}`))
    } else if (message?.type === 'ready') {
      readyMessage = message
      for (const waiter of readyWaiters.splice(0)) {
        clearTimeout(waiter.timer)
        waiter.resolve(message)
      }
    } else if (message?.type === 'progress') {
      handle.onProgress?.(message)
    }
  })
  child.on('exit', (code, signal) => {
    state.children.delete(child)
    const error = new Error(`${name} exited (${code ?? signal}); see ${relative(ROOT, logFile)}`)
    error.details = tail.slice(-30).join('\n')
    for (const waiter of pending.values()) {
      clearTimeout(waiter.timer)
      waiter.reject(error)
    }
    pending.clear()
    for (const waiter of readyWaiters.splice(0)) {
      clearTimeout(waiter.timer)
      waiter.reject(error)
    }
  })
  return handle
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  killGroup(child, 'SIGTERM')
  const timedOut = await Promise.race([exited.then(() => false), sleep(30_000).then(() => true)])
  if (timedOut) {
    killGroup(child, 'SIGKILL')
    await Promise.race([exited, sleep(2000)])
  }
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    try {
      child.kill(signal)
    } catch {}
  }
}

function run(cmd, args, { cwd, env = process.env, tee = false, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    state.children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
      if (tee) process.stdout.write(d)
    })
    child.stderr.on('data', (d) => {
      stderr += d
      if (tee) process.stderr.write(d)
    })
    child.on('error', (error) => reject(new Error(`${label}: ${error.message}`)))
    child.on('exit', (code, signal) => {
      state.children.delete(child)
      if (code === 0) return resolve({ stdout, stderr })
      const error = new Error(`\`${label}\` failed (exit ${code ?? signal}) in ${relative(ROOT, cwd) || '.'}`)
      error.details = (stderr + '\n' + stdout).trim().split('\n').slice(-40).join('\n')
      reject(error)
    })
  })
}

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                    */
/* ------------------------------------------------------------------------------------------ */

function firstErrorLine(details = '') {
  const line = details.split('\n').find((candidate) => /error TS\d+|Error:|error/.test(candidate)) ?? details.split('\n')[0] ?? ''
  return line.trim().slice(0, 160)
}

function parseEnv(pairs) {
  const out = {}
  for (const pair of pairs) {
    const at = pair.indexOf('=')
    if (at < 1) throw new Error(`--env ${pair}: expected KEY=VALUE`)
    out[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return out
}

async function findFreePort(start) {
  for (let port = start; port < start + 50; port++) {
    const free = await new Promise((resolve) => {
      const srv = createServer()
      srv.once('error', () => resolve(false))
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error(`no free port in ${start}–${start + 49}`)
}

async function gitState() {
  try {
    const head = (await execFileAsync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })).stdout.trim()
    const dirty = (await execFileAsync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT })).stdout.trim().split('\n').filter(Boolean).length
    return { head, changedFiles: dirty }
  } catch {
    return null
  }
}

function machineInfo() {
  return { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` }
}

function versions() {
  const version = (name) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version
    } catch {
      return null
    }
  }
  return Object.fromEntries(['@colyseus/core', '@colyseus/ws-transport', '@colyseus/schema', '@colyseus/sdk', 'ws', '@adonisjs/core', 'msgpackr'].map((name) => [name, version(name)]))
}

function positiveInt(name, min = 1) {
  const n = Number(opts[name])
  if (!Number.isInteger(n) || n < min) {
    console.error(`[bench] --${name} must be an integer ≥ ${min}`)
    process.exit(1)
  }
  return n
}

function monotonicUs() {
  return Number(process.hrtime.bigint() / 1000n)
}

function step(message) {
  console.log(`\n▶ ${message}`)
}
function sleep(msValue) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, msValue)))
}
function fmt(n) {
  return n === null || n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US')
}
function sec(n) {
  return `${(n / 1000).toFixed(1)} s`
}
function ms(n) {
  if (n === null || n === undefined) return '–'
  return n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(n < 10 ? 2 : 1)} ms`
}
function cores(n) {
  return n === null || n === undefined ? '–' : `${n.toFixed(3)} cores`
}
function pct(n) {
  return n === null || n === undefined ? '–' : `${(n * 100).toFixed(1)} %`
}
function bytes(n) {
  if (n === null || n === undefined) return '–'
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} MB`
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`
  return `${Math.round(n)} B`
}

function readUsage() {
  return `Usage: node bench/coop/run.mjs [options]   (npm run bench:coop -- [options])

  --rooms N               rooms of 4 bots (default 250: the issue's 1,000 clients)
  --seconds S             measured seconds per target (default 30); --warmup S (default 10)
                          (warm-up + measured < 240 s: matches end at their 300 s time limit)
  --idle-seconds S        the idle baseline: the server with no client (default 5; 0 = skip)
  --tick-rate HZ          room ticks per second, both targets (default 20; COOP_TICK_RATE for ours)
  --command-ms MS         each bot sends a command this often (default 1000)
  --only LIST             targets, in order: hub, colyseus, colyseus-auto
                          (default hub,colyseus,colyseus-auto; the ratio is against colyseus)
  --bot-procs N           bot processes, all on the bots' core (default: one per 250 clients)
  --join-concurrency N    rooms joined at once per bot process (default 8)
  --seed N                seed of the bots' phrases and phases (default 1)
  --attempts N            windows per target at most: a window during which other processes used
                          ≥ 0.2 core (or ≥ 0.1 of the server's core) is measured again while the
                          matches' time limit allows (default 3); the quietest one is reported
  --eld-resolution MS     monitorEventLoopDelay resolution on both servers (default 10)
  --no-build              reuse build/ instead of running \`node ace build\`
  --no-copy               reuse tmp/bench/coop/app as it is (no build, no copy): to measure an
                          edited copy of the app, never the app itself
  --ignore-ts-errors      build with --ignore-ts-errors from the start
  --source                run the app from source in development mode (no build)
  --profile               run each server with --cpu-prof and print its top functions over the window
  --no-pin                do not pin the server and the bots to cores (taskset)
  --quiet-wait S          before each target, wait up to S s for other processes to use < 0.3 core
                          (default 120; 0 = do not wait)
  --port N                first port to try for the app (default 3450); --colyseus-port N (2567)
  --env KEY=VALUE         extra environment for the app (repeatable), for experiments
  --keep                  keep the SQLite folder afterwards

Writes tmp/bench/coop.json and tmp/bench/coop/<target>-server.log.`
}
