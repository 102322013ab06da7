#!/usr/bin/env node
/**
 * Leaderboard benchmark: 100,000 players and 1,000,000 XP events, the full recompute of the
 * six current boards, and "my rank" p50/p99 against a primary-key read of the same row.
 *
 *   npm run bench:leaderboard                        build, SQLite (SQL store)
 *   npm run bench:leaderboard -- --pg                PostgreSQL, SQL store
 *   npm run bench:leaderboard -- --redis             PostgreSQL + Redis store (LEADERBOARD_STORE=redis, REDIS_DB=1)
 *   npm run bench:leaderboard -- --all               the three, one after the other
 *   npm run bench:leaderboard -- --no-build --samples 2000 --players 20000 --events 200000
 *   npm run bench:leaderboard -- --help              all options
 *
 * Steps: `node ace build` → a private copy of build/ in tmp/bench/leaderboard/app (node_modules
 * symlinked) → per mode: a fresh database (an SQLite file in tmp/bench/leaderboard/data-<mode>,
 * or the PostgreSQL database `parley_bench` dropped and re-created) → `node ace.js migration:run
 * --force` → bench/leaderboard/measure.mjs, which boots the app in-process and seeds, recomputes
 * and measures (see there) → the database and the run's Redis keys are removed.
 *
 * Prints the figures as it goes and a table at the end; writes tmp/bench/leaderboard-<mode>.json.
 * Never asserts timings: exit code 0 whenever the benchmark ran (goals missed included), 1 when
 * it could not run.
 */

import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BUILD = join(ROOT, 'build')
const OUT = join(ROOT, 'tmp', 'bench')
const WORK = join(OUT, 'leaderboard')
const APP = join(WORK, 'app')
const LOCK = join(WORK, 'run.lock')
const execFileAsync = promisify(execFile)

const GOALS = { recomputeMs: 10_000, myRankMs: 5 }
const MODES = {
  sqlite: 'SQLite, SQL store',
  pg: 'PostgreSQL, SQL store',
  redis: 'PostgreSQL + Redis store',
}
/** The app's keys in Redis are `parley:…`; the leaderboard index is `parley:leaderboard:*`. */
const REDIS_PATTERN = 'parley:leaderboard:*'

/* ------------------------------------------------------------------------------------------ */
/* Options                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const { values: opts } = parseArgs({
  options: {
    'pg': { type: 'boolean', default: false },
    'redis': { type: 'boolean', default: false },
    'sqlite': { type: 'boolean', default: false },
    'all': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'ignore-ts-errors': { type: 'boolean', default: false },
    'players': { type: 'string', default: '100000' },
    'events': { type: 'string', default: '1000000' },
    'samples': { type: 'string', default: '5000' },
    'warmup': { type: 'string', default: '200' },
    'seed': { type: 'string', default: '42' },
    'pg-host': { type: 'string', default: '127.0.0.1' },
    'pg-port': { type: 'string', default: '5432' },
    'pg-user': { type: 'string', default: 'postgres' },
    'pg-password': { type: 'string' },
    'pg-database': { type: 'string', default: 'parley_bench' },
    'redis-host': { type: 'string', default: '127.0.0.1' },
    'redis-port': { type: 'string', default: '6379' },
    'redis-db': { type: 'string', default: '1' },
    'keep': { type: 'boolean', default: false },
    'quiet-wait': { type: 'string', default: '120' },
    'help': { type: 'boolean', short: 'h', default: false },
  },
})

if (opts.help) {
  console.log(readUsage())
  process.exit(0)
}
for (const name of ['players', 'events', 'samples', 'warmup', 'seed', 'quiet-wait']) positiveInt(name, ['warmup', 'quiet-wait'].includes(name) ? 0 : 1)
if (opts['redis-db'] === '0') {
  console.error('[bench] --redis-db 0 is the database the tests flush: use another one')
  process.exit(1)
}
const modes = opts.all ? ['sqlite', 'pg', 'redis'] : ['sqlite', 'pg', 'redis'].filter((m) => opts[m])
if (modes.length === 0) modes.push('sqlite')

/* ------------------------------------------------------------------------------------------ */
/* Resources to release on every exit path                                                    */
/* ------------------------------------------------------------------------------------------ */

const state = {
  child: null, // measure.mjs / ace, own process group
  dataDir: null, // SQLite DATA_DIR of the current mode
  pgCreated: false,
  redisUsed: false,
  stopping: false,
}

async function cleanup() {
  const attempt = async (what, fn) => {
    try {
      await fn()
    } catch (error) {
      console.error(`[bench] cleanup: could not ${what}: ${error?.message ?? error}`)
    }
  }
  if (state.child) {
    const child = state.child
    await attempt('stop the child process', () => stopChild(child))
    state.child = null
  }
  if (state.redisUsed) {
    await attempt(`remove the run's Redis keys (db ${opts['redis-db']})`, () => cleanRedis())
    state.redisUsed = false
  }
  if (opts.keep) return
  if (state.dataDir) {
    const dir = state.dataDir
    await attempt(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }))
    state.dataDir = null
  }
  if (state.pgCreated) {
    await attempt(`drop database ${opts['pg-database']}`, () => pg(['dropdb', '--if-exists', opts['pg-database']]))
    state.pgCreated = false
  }
}

process.on('exit', () => {
  if (state.child) killGroup(state.child, 'SIGKILL')
  releaseLock()
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (state.stopping) return
    state.stopping = true
    console.error(`\n[bench] ${signal}: cleaning up`)
    cleanup().finally(() => process.exit(130))
  })
}

/* ------------------------------------------------------------------------------------------ */
/* Main                                                                                       */
/* ------------------------------------------------------------------------------------------ */

try {
  await main()
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
  takeLock()

  // 1. Production build, copied aside
  if (!opts['no-build']) {
    step('Building the production app (node ace build)')
    const link = join(BUILD, 'node_modules')
    try {
      if (lstatSync(link).isSymbolicLink()) unlinkSync(link) // bench:pages' symlink: never let the build clean walk into it
    } catch {}
    const args = ['ace', 'build', ...(opts['ignore-ts-errors'] ? ['--ignore-ts-errors'] : [])]
    const t = performance.now()
    await run(process.execPath, args, { cwd: ROOT, label: `node ${args.join(' ')}`, capture: true }).catch((error) => {
      if (!opts['ignore-ts-errors']) error.details = `${error.details ?? ''}\n  (--ignore-ts-errors builds despite TypeScript errors)`
      throw error
    })
    console.log(`  built in ${sec(performance.now() - t)}`)
  } else {
    step('Skipping the build (--no-build): copying the existing build/')
  }
  if (!existsSync(join(BUILD, 'ace.js'))) throw new Error('build/ace.js is missing: run without --no-build')
  const git = await gitState()
  rmSync(APP, { recursive: true, force: true })
  cpSync(BUILD, APP, { recursive: true, filter: (src) => src !== join(BUILD, 'node_modules') })
  symlinkSync(join(ROOT, 'node_modules'), join(APP, 'node_modules'), 'dir')
  console.log(`  build/ → ${relative(ROOT, APP)} (node_modules → the repository's)`)

  const results = []
  for (const mode of modes) {
    const figures = await runMode(mode, git)
    results.push(figures)
  }
  printTable(results)
}

async function runMode(mode, git) {
  const started = performance.now()
  const startedAt = new Date()
  console.log(`\n━━━━ ${MODES[mode]} ━━━━`)

  // Environment: nothing from the shell decides where the app connects.
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    if (/^(DB_|REDIS_|SMTP_|QUEUE_|LIMITER_|SESSION_|LEADERBOARD_|PG|DATA_DIR$|APP_KEY$)/.test(key)) delete env[key]
  }
  state.dataDir = join(WORK, `data-${mode}`)
  rmSync(state.dataDir, { recursive: true, force: true })
  mkdirSync(state.dataDir, { recursive: true })
  Object.assign(env, {
    NODE_ENV: 'production',
    APP_KEY: randomBytes(32).toString('base64url'),
    DATA_DIR: state.dataDir,
    LOG_LEVEL: 'warn',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    LEADERBOARD_STORE: mode === 'redis' ? 'redis' : 'sql',
    QUEUE_WORKER_IN_WEB: 'false',
  })
  if (mode !== 'sqlite') {
    Object.assign(env, {
      DB_CONNECTION: 'pg',
      DB_HOST: opts['pg-host'],
      DB_PORT: opts['pg-port'],
      DB_USER: opts['pg-user'],
      DB_DATABASE: opts['pg-database'],
    })
    if (opts['pg-password']) env.DB_PASSWORD = opts['pg-password']
  }
  if (mode === 'redis') {
    Object.assign(env, { REDIS_HOST: opts['redis-host'], REDIS_PORT: opts['redis-port'], REDIS_DB: opts['redis-db'] })
  }

  // Database
  if (mode === 'sqlite') {
    step(`SQLite: ${relative(ROOT, join(state.dataDir, 'parley.sqlite3'))}`)
  } else {
    step(`PostgreSQL: re-creating ${opts['pg-database']} on ${opts['pg-host']}:${opts['pg-port']}`)
    await pg(['dropdb', '--if-exists', opts['pg-database']])
    await pg(['createdb', opts['pg-database']])
    state.pgCreated = true
  }
  if (mode === 'redis') {
    state.redisUsed = true
    const removed = await cleanRedis()
    console.log(`  Redis ${opts['redis-host']}:${opts['redis-port']} db ${opts['redis-db']}: ${removed} stale ${REDIS_PATTERN} key(s) removed`)
  }
  let t = performance.now()
  await run(process.execPath, ['ace.js', 'migration:run', '--force'], { cwd: APP, env, capture: true, label: 'node ace.js migration:run --force' })
  console.log(`  migrated in ${sec(performance.now() - t)}`)

  // A quieter machine first: other work on the two cores moves every figure.
  const quiet = await waitForQuiet(Number(opts['quiet-wait']))

  // Measure, in a child process booting the app with this environment
  const figuresFile = join(WORK, `figures-${mode}.json`)
  rmSync(figuresFile, { force: true })
  t = performance.now()
  await run(
    process.execPath,
    [
      join(ROOT, 'bench', 'leaderboard', 'measure.mjs'),
      '--app',
      APP,
      '--mode',
      mode,
      '--out',
      figuresFile,
      ...['players', 'events', 'samples', 'warmup', 'seed'].flatMap((k) => [`--${k}`, opts[k]]),
    ],
    { cwd: APP, env, tee: true, label: 'measure.mjs' }
  )
  const measured = JSON.parse(readFileSync(figuresFile, 'utf8'))
  rmSync(figuresFile, { force: true })

  let redisAfter = null
  if (mode === 'redis') {
    redisAfter = Number((await redisCli(['dbsize'])).trim())
  }
  await cleanup()
  const wallMs = performance.now() - started

  const summary = {
    benchmark: 'leaderboard',
    mode,
    label: MODES[mode],
    startedAt: startedAt.toISOString(),
    wallSeconds: Math.round(wallMs / 100) / 10,
    goals: GOALS,
    met: {
      recompute: !measured.recompute.failure && measured.recompute.totalMs <= GOALS.recomputeMs && (measured.recompute.again?.totalMs ?? 0) <= GOALS.recomputeMs,
      myRank: Object.values(measured.myRank).every((m) => m.standing.p50 <= GOALS.myRankMs && m.standing.p99 <= GOALS.myRankMs),
    },
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` },
    versions: await versions(mode),
    git,
    settings: { players: Number(opts.players), events: Number(opts.events), samples: Number(opts.samples), warmup: Number(opts.warmup), seed: Number(opts.seed), redisDb: mode === 'redis' ? Number(opts['redis-db']) : null },
    redisKeysInDbAfterRun: redisAfter,
    busyBeforeStart: quiet,
    ...measured,
  }
  const jsonFile = join(OUT, `leaderboard-${mode}.json`)
  writeFileSync(jsonFile, JSON.stringify(summary, null, 2) + '\n')
  console.log(`\n  ${MODES[mode]}: done in ${sec(wallMs)} → ${relative(ROOT, jsonFile)}`)
  return summary
}

/* ------------------------------------------------------------------------------------------ */
/* Report                                                                                     */
/* ------------------------------------------------------------------------------------------ */

function printTable(results) {
  console.log(`\n━━━━ Summary (${results[0]?.settings.players.toLocaleString('en-US')} players, ${results[0]?.settings.events.toLocaleString('en-US')} XP events; goals: recompute ≤ ${GOALS.recomputeMs / 1000} s, my rank p50 and p99 ≤ ${GOALS.myRankMs} ms) ━━━━\n`)
  const rows = [['mode', 'seed', 'recompute: first / again', 'board', 'my rank p50 / p99 / max', 'standings/s', 'PK read p50 / p99', 'ratio p50 / p99', 'top 100 p50 / p99', 'run', 'goal']]
  for (const r of results) {
    const boards = Object.entries(r.myRank)
    boards.forEach(([board, m], i) => {
      const first = i === 0
      rows.push([
        first ? r.label : '',
        first ? sec(r.seed.ms) : '',
        first ? `${sec(r.recompute.totalMs)}${r.recompute.failure ? ' ⚠' : ''} / ${r.recompute.again ? sec(r.recompute.again.totalMs) : '–'}` : '',
        board,
        `${ms(m.standing.p50)} / ${ms(m.standing.p99)} / ${ms(m.standing.max)}`,
        m.standing.perSecond.toLocaleString('en-US'),
        `${ms(m.baseline.p50)} / ${ms(m.baseline.p99)}`,
        `${m.ratio.p50}× / ${m.ratio.p99}×`,
        `${ms(r.top[board].p50)} / ${ms(r.top[board].p99)}`,
        first ? `${Math.round(r.wallSeconds)} s` : '',
        `${first ? `recompute ${r.met.recompute ? 'yes' : 'no'}, ` : ''}my rank ${m.standing.p50 <= GOALS.myRankMs && m.standing.p99 <= GOALS.myRankMs ? 'yes' : 'no'}`,
      ])
    })
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)))
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join('  '))
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '))
  }
  for (const r of results) {
    if (r.recompute.failure) {
      const f = r.recompute.failure
      console.log(`\n⚠ ${r.label}: the app's rebuildBoards FAILED on ${f.board} (${f.error}); the recompute above was measured with a ${f.workaround}.`)
    }
    if (r.recompute.redisLoadBiggestMs) console.log(`\n${r.label}: RedisLeaderboardStore.load(all/global) alone ${r.recompute.redisLoadBiggestMs.map(ms).join(', ')}`)
  }
  console.log('\nRecompute: rebuildBoards + refreshSnapshots on empty boards (first), then over the boards just built (again).')
  console.log('Ratio: standing() time ÷ the primary-key read of the same player\'s leaderboard_scores row, same players, same run.')
}

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/**
 * One run at a time: runs share the PostgreSQL database, the Redis keys and the build copy, and
 * one would drop the other's database from under it.
 */
function takeLock() {
  try {
    const held = JSON.parse(readFileSync(LOCK, 'utf8'))
    let alive = false
    try {
      process.kill(held.pid, 0)
      alive = true
    } catch {}
    if (alive && held.pid !== process.pid) {
      throw new Error(`another bench:leaderboard is running (pid ${held.pid}, since ${held.startedAt}, modes ${held.modes.join(', ')}); it uses the same database and folder. Wait for it, or stop it.`)
    }
  } catch (error) {
    if (error.code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error
  }
  writeFileSync(LOCK, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), modes }) + '\n')
  state.locked = true
}

function releaseLock() {
  if (!state.locked) return
  try {
    if (JSON.parse(readFileSync(LOCK, 'utf8')).pid === process.pid) unlinkSync(LOCK)
  } catch {}
  state.locked = false
}

/** Busy cores of the whole machine over `ms` (/proc/stat). */
async function busyCores(ms) {
  const read = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) }
  }
  const a = read()
  await new Promise((resolve) => setTimeout(resolve, ms))
  const b = read()
  const ticks = b.total - a.total
  return ticks > 0 ? ((ticks - (b.idle - a.idle)) / ticks) * os.cpus().length : 0
}

/** Waits up to `seconds` for other processes to use less than 0.3 of a core (3-second samples). */
async function waitForQuiet(seconds) {
  if (seconds === 0) return null
  const deadline = performance.now() + seconds * 1000
  let busy = await busyCores(3000)
  if (busy < 0.3) return Math.round(busy * 100) / 100
  process.stdout.write(`  waiting for a quieter machine (${busy.toFixed(2)} cores busy)`)
  while (busy >= 0.3 && performance.now() < deadline) {
    busy = await busyCores(3000)
    process.stdout.write('.')
  }
  console.log(busy < 0.3 ? ` ${busy.toFixed(2)} cores busy: going on` : ` still ${busy.toFixed(2)} cores busy after ${seconds} s: measuring anyway (figures may be low)`)
  return Math.round(busy * 100) / 100
}

function pgEnv() {
  const env = { ...process.env, PGHOST: opts['pg-host'], PGPORT: opts['pg-port'], PGUSER: opts['pg-user'] }
  if (opts['pg-password']) env.PGPASSWORD = opts['pg-password']
  return env
}

async function pg(args) {
  const [cmd, ...rest] = args
  const { stdout } = await execFileAsync(cmd, rest, { env: pgEnv() }).catch((error) => {
    throw new Error(`${args.join(' ')}: ${(error.stderr || error.message).trim()}`)
  })
  return stdout
}

async function redisCli(args) {
  const { stdout } = await execFileAsync('redis-cli', ['-h', opts['redis-host'], '-p', opts['redis-port'], '-n', opts['redis-db'], ...args]).catch((error) => {
    throw new Error(`redis-cli ${args.join(' ')}: ${(error.stderr || error.message).trim()}`)
  })
  return stdout
}

/** Removes the leaderboard index keys from the bench's Redis database (never db 0). */
async function cleanRedis() {
  if (opts['redis-db'] === '0') throw new Error('refusing to touch Redis db 0')
  const found = (await redisCli(['--scan', '--pattern', REDIS_PATTERN])).split('\n').filter(Boolean)
  for (let i = 0; i < found.length; i += 500) await redisCli(['del', ...found.slice(i, i + 500)])
  return found.length
}

async function versions(mode) {
  const out = { node: process.version }
  try {
    out.betterSqlite3 = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version
  } catch {}
  if (mode !== 'sqlite') {
    try {
      out.postgres = (await pg(['psql', '-d', 'postgres', '-Atc', 'show server_version'])).trim()
    } catch {}
  }
  if (mode === 'redis') {
    try {
      out.redis = /redis_version:(\S+)/.exec(await redisCli(['info', 'server']))?.[1]
    } catch {}
  }
  return out
}

/** The commit the build came from, and whether the working tree had changes (read-only git). */
async function gitState() {
  try {
    const head = (await execFileAsync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })).stdout.trim()
    const dirty = (await execFileAsync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT })).stdout.trim().split('\n').filter(Boolean).length
    return { head, changedFiles: dirty }
  } catch {
    return null
  }
}

function run(cmd, args, { cwd, env = process.env, capture = false, tee = false, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    state.child = child
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
    child.on('error', (error) => {
      state.child = null
      reject(new Error(`${label}: ${error.message}`))
    })
    child.on('exit', (code, signal) => {
      state.child = null
      if (code === 0) return resolve({ stdout, stderr })
      const error = new Error(`\`${label}\` failed (exit ${code ?? signal}) in ${relative(ROOT, cwd) || '.'}`)
      if (!tee || capture) error.details = (stderr + '\n' + stdout).trim().split('\n').slice(-40).join('\n')
      reject(error)
    })
  })
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {}
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    killGroup(child, 'SIGTERM')
  })
}

function positiveInt(name, min = 1) {
  const n = Number(opts[name])
  if (!Number.isInteger(n) || n < min) {
    console.error(`[bench] --${name} must be an integer ≥ ${min}`)
    process.exit(1)
  }
  return n
}

function step(message) {
  console.log(`\n▶ ${message}`)
}
function sec(n) {
  return `${(n / 1000).toFixed(2)} s`
}
function ms(n) {
  return n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(n < 10 ? 2 : 1)} ms`
}

function readUsage() {
  return `Usage: node bench/leaderboard/run.mjs [options]   (npm run bench:leaderboard -- [options])

  (no mode flag)          SQLite, SQL store (the embedded default)
  --pg                    PostgreSQL, SQL store (LEADERBOARD_STORE=sql, no Redis)
  --redis                 PostgreSQL + Redis store (LEADERBOARD_STORE=redis, Redis db --redis-db)
  --all                   the three, one after the other (mode flags combine too: --pg --redis)
  --no-build              reuse build/ instead of running \`node ace build\`
  --ignore-ts-errors      pass --ignore-ts-errors to \`node ace build\`
  --players N             players (default 100000)
  --events N              XP events (default 1000000)
  --samples N             players whose rank is read, per board (default 5000)
  --warmup N              reads before the timed ones, per board (default 200)
  --seed N                seed of the data and of the sampled players (default 42)
  --quiet-wait S          before each mode, wait up to S s for other processes to use < 0.3 core
                          (default 120; 0 = do not wait)
  --keep                  keep the SQLite folder / the PostgreSQL database (the Redis keys are
                          always removed)
  --pg-host/--pg-port/--pg-user/--pg-password/--pg-database (default 127.0.0.1:5432, postgres, parley_bench)
  --redis-host/--redis-port/--redis-db (default 127.0.0.1:6379, db 1 — never 0, the tests flush it)

Writes tmp/bench/leaderboard-<mode>.json (sqlite, pg, redis).`
}
