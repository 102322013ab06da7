#!/usr/bin/env node
/**
 * Load benchmark of the solo-attempt endpoint, against the production build.
 *
 *   npm run bench:attempts                       build, embedded mode (SQLite, in-process queue worker)
 *   npm run bench:attempts -- --pg               PostgreSQL + Redis, plus one `node ace queue:work`
 *   npm run bench:attempts -- --no-build --connections 32 --duration 15 --users 2000
 *   npm run bench:attempts -- --profile          also write a CPU profile of the server (top functions)
 *   npm run bench:attempts -- --sql-census       (SQLite) every SQL statement of the attempts run, counted and timed
 *   npm run bench:attempts -- --help             all options
 *
 * Steps: `node ace build` → a private copy of build/ in tmp/bench/attempts/app (so another bench
 * rebuilding build/ cannot pull the files from under the server) with node_modules symlinked →
 * fresh database (SQLite file under tmp/, or a re-created PostgreSQL database) → `node ace setup` →
 * N players with one API token each (bench/attempts/make_tokens.mjs, through the app) →
 * `node bin/server.js` (NODE_ENV=production) → warm-up → autocannon against GET /health/live
 * (the bare JSON route, same middleware stack), then against
 * POST /api/games/farm/levels/1/attempts with every request under the next player's bearer token →
 * created vs awarded attempts (queue lag), read with sqlite3 / psql.
 *
 * Prints attempts/s, p50, p99, non-2xx (429s apart), bare/s, the ratio, and writes
 * tmp/bench/attempts[-pg].json and tmp/bench/attempts[-pg]-server.log.
 * Exit code: 0 whenever the benchmark ran (under goal included); 1 when it could not run.
 */

import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BUILD = join(ROOT, 'build')
const OUT = join(ROOT, 'tmp', 'bench')
const WORK = join(OUT, 'attempts')
const APP = join(WORK, 'app')
const execFileAsync = promisify(execFile)

const GOALS = { attemptsPerSecond: 2000, p99Ms: 50, ratio: 0.3 }
const ATTEMPTS_PATH = '/api/games/farm/levels/1/attempts'
/** One round of the utterance mix: mostly the model answer, some variants and mistakes. */
const UTTERANCES = [
  'Plant carrots',
  'Plant carrots',
  'Plant carrots',
  'Plant carrots',
  'Plant carrots',
  'Plant carrots',
  'Plant three carrots',
  'Plant carots',
  'Plant carrot',
  'plant carrots',
]
/** Solo attempts per player and minute (config/parley.ts attemptsPerMinute). */
const ATTEMPTS_PER_MINUTE = 120

/* ------------------------------------------------------------------------------------------ */
/* Options                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const { values: opts } = parseArgs({
  options: {
    'pg': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'ignore-ts-errors': { type: 'boolean', default: false },
    'port': { type: 'string', default: process.env.BENCH_PORT ?? '3420' },
    'users': { type: 'string', default: '2000' },
    'connections': { type: 'string', default: '32' },
    'duration': { type: 'string', default: '15' },
    'warmup': { type: 'string', default: '5' },
    'drain-timeout': { type: 'string', default: '120' },
    'quiet-wait': { type: 'string', default: '120' },
    'bare-path': { type: 'string', default: '/health/live' },
    'pg-host': { type: 'string', default: '127.0.0.1' },
    'pg-port': { type: 'string', default: '5432' },
    'pg-user': { type: 'string', default: 'postgres' },
    'pg-password': { type: 'string' },
    'pg-database': { type: 'string', default: 'parley_bench' },
    'redis-host': { type: 'string', default: '127.0.0.1' },
    'redis-port': { type: 'string', default: '6379' },
    'profile': { type: 'boolean', default: false },
    'sql-census': { type: 'boolean', default: false },
    'keep': { type: 'boolean', default: false },
    'env': { type: 'string', multiple: true, default: [] },
    'node-flags': { type: 'string', default: '' },
    'help': { type: 'boolean', short: 'h', default: false },
  },
})

if (opts.help) {
  console.log(readUsage())
  process.exit(0)
}

const mode = opts.pg ? 'pg' : 'sqlite'
const users = positiveInt('users')
const connections = positiveInt('connections')
const duration = positiveInt('duration')
const warmup = positiveInt('warmup')
const drainTimeout = positiveInt('drain-timeout', 0)
const quietWait = positiveInt('quiet-wait', 0)
const suffix = opts.pg ? '-pg' : ''

/* ------------------------------------------------------------------------------------------ */
/* Resources to release on every exit path                                                    */
/* ------------------------------------------------------------------------------------------ */

const state = {
  server: null, // ChildProcess of bin/server.js (own process group)
  worker: null, // ChildProcess of `node ace queue:work` (--pg)
  logs: [], // write streams
  serverTail: [],
  dataDir: null, // SQLite DATA_DIR (under tmp/bench/attempts/)
  pgCreated: false,
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
  for (const key of ['server', 'worker']) {
    if (state[key]) {
      const child = state[key]
      await attempt(`stop the ${key}`, () => stopChild(child))
      state[key] = null
    }
  }
  for (const stream of state.logs) await attempt('close a log', () => stream.end())
  state.logs = []
  if (state.dataDir && !opts.keep) {
    const dir = state.dataDir
    await attempt(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }))
    state.dataDir = null
  }
  if (state.pgCreated && !opts.keep) {
    await attempt(`drop database ${opts['pg-database']}`, () => pg(['dropdb', '--if-exists', opts['pg-database']]))
    await attempt('remove the run\'s Redis keys', () => cleanRedis('left by this run'))
    state.pgCreated = false
  }
}

process.on('exit', () => {
  if (state.server) killGroup(state.server, 'SIGKILL')
  if (state.worker) killGroup(state.worker, 'SIGKILL')
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (state.stopping) return
    state.stopping = true
    console.error(`\n[bench] ${signal}: stopping the server`)
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
  const { default: autocannon } = await import('autocannon').catch(() => {
    throw new Error('autocannon is missing: npm install')
  })
  mkdirSync(WORK, { recursive: true })
  const startedAt = new Date()

  // 1. Production build, copied aside
  if (!opts['no-build']) {
    step('Building the production app (node ace build)')
    const link = join(BUILD, 'node_modules')
    try {
      if (lstatSync(link).isSymbolicLink()) unlinkSync(link) // bench:pages' symlink: never let the build clean walk into it
    } catch {}
    const args = ['ace', 'build', ...(opts['ignore-ts-errors'] ? ['--ignore-ts-errors'] : [])]
    await run(process.execPath, args, { cwd: ROOT, label: `node ${args.join(' ')}`, capture: true }).catch((error) => {
      if (!opts['ignore-ts-errors']) error.details = `${error.details ?? ''}\n  (--ignore-ts-errors builds despite TypeScript errors)`
      throw error
    })
  } else {
    step('Skipping the build (--no-build): copying the existing build/')
  }
  if (!existsSync(join(BUILD, 'bin', 'server.js'))) throw new Error('build/bin/server.js is missing: run without --no-build')
  const git = await gitState() // what was built (with --no-build: what the tree is now)
  rmSync(APP, { recursive: true, force: true })
  cpSync(BUILD, APP, { recursive: true, filter: (src) => src !== join(BUILD, 'node_modules') })
  symlinkSync(join(ROOT, 'node_modules'), join(APP, 'node_modules'), 'dir')
  console.log(`  build/ → ${relative(ROOT, APP)} (node_modules → ../../../../node_modules)`)

  // 2. Environment
  const port = await findFreePort(Number(opts.port))
  const baseUrl = `http://127.0.0.1:${port}`
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    if (/^(DB_|REDIS_|SMTP_|QUEUE_|LIMITER_|SESSION_|PG)/.test(key)) delete env[key]
  }
  state.dataDir = join(WORK, `data-${process.pid}`)
  rmSync(state.dataDir, { recursive: true, force: true })
  mkdirSync(state.dataDir, { recursive: true })
  Object.assign(env, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_URL: baseUrl,
    APP_KEY: randomBytes(32).toString('base64url'),
    DATA_DIR: state.dataDir,
    LOG_LEVEL: 'warn',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  })
  if (opts.pg) {
    Object.assign(env, {
      DB_CONNECTION: 'pg',
      DB_HOST: opts['pg-host'],
      DB_PORT: opts['pg-port'],
      DB_USER: opts['pg-user'],
      DB_DATABASE: opts['pg-database'],
      REDIS_HOST: opts['redis-host'],
      REDIS_PORT: opts['redis-port'],
    })
    if (opts['pg-password']) env.DB_PASSWORD = opts['pg-password']
  }
  // Experiments: --env QUEUE_WORKER_IN_WEB=false and the like, applied last.
  const extraEnv = {}
  for (const pair of opts.env) {
    const at = pair.indexOf('=')
    if (at < 1) throw new Error(`--env ${pair}: expected KEY=VALUE`)
    extraEnv[pair.slice(0, at)] = pair.slice(at + 1)
  }
  Object.assign(env, extraEnv)
  if (opts.env.length) console.log(`  extra environment: ${opts.env.join(' ')}`)
  const sqliteFile = join(state.dataDir, 'parley.sqlite3')

  // 3. Database
  if (opts.pg) {
    step(`PostgreSQL: re-creating ${opts['pg-database']} on ${opts['pg-host']}:${opts['pg-port']}; Redis ${opts['redis-host']}:${opts['redis-port']}`)
    await pg(['dropdb', '--if-exists', opts['pg-database']])
    await pg(['createdb', opts['pg-database']])
    state.pgCreated = true
    await cleanRedis()
  }
  step(`Migrating and seeding (${opts.pg ? `pg ${opts['pg-database']}` : relative(ROOT, sqliteFile)})`)
  await run(process.execPath, ['ace', 'setup'], { cwd: APP, env, capture: true, label: 'node ace setup' })
  step(`Creating ${users} players with one API token each`)
  const tokensFile = join(WORK, 'tokens.json')
  await run(process.execPath, [join(ROOT, 'bench', 'attempts', 'make_tokens.mjs'), '--app', APP, '--users', String(users), '--out', tokensFile], {
    cwd: APP,
    env,
    tee: true,
    label: 'make_tokens.mjs',
  })
  const tokens = JSON.parse(readFileSync(tokensFile, 'utf8'))
  rmSync(tokensFile)

  // 4. Server (and, with Redis, one queue worker process)
  const profileDir = join(WORK, `profile${suffix}`)
  if (opts.profile) {
    rmSync(profileDir, { recursive: true, force: true })
    mkdirSync(profileDir, { recursive: true })
  }
  step(`Starting node bin/server.js on ${baseUrl}${opts.profile ? ' (--cpu-prof)' : ''}`)
  const nodeFlags = opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
  nodeFlags.push(...opts['node-flags'].split(/\s+/).filter(Boolean))
  const censusFile = join(WORK, 'sql-census.json')
  const census = opts['sql-census'] && !opts.pg
  if (census) {
    rmSync(censusFile, { force: true })
    nodeFlags.push('--require', join(ROOT, 'bench', 'attempts', 'sql_census.cjs'))
  }
  state.server = startChild([...nodeFlags, 'bin/server.js'], census ? { ...env, SQL_CENSUS_FILE: censusFile } : env, join(OUT, `attempts${suffix}-server.log`))
  await waitForServer(baseUrl)
  if (opts.pg) {
    console.log('  starting one queue worker: node ace queue:work (QUEUE_WORKER_IN_WEB is off with Redis)')
    state.worker = startChild(['ace', 'queue:work'], env, join(OUT, `attempts${suffix}-worker.log`))
    await sleep(1500)
    if (state.worker.exitCode !== null) throw new Error(`queue:work exited (code ${state.worker.exitCode}); see tmp/bench/attempts${suffix}-worker.log`)
  }
  const counts = () => attemptCounts(opts.pg ? null : sqliteFile)

  // 5. One request per utterance: the endpoint answers, and what it answers
  step('Checking the endpoint')
  const samples = []
  for (const [i, utterance] of [...new Set(UTTERANCES)].entries()) {
    const res = await fetch(baseUrl + ATTEMPTS_PATH, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${tokens[i]}`, 'content-type': 'application/json', 'accept': 'application/json' },
      body: JSON.stringify({ utterance, inputMode: 'text' }),
    })
    const body = await res.json().catch(() => null)
    if (res.status !== 200) throw new Error(`POST ${ATTEMPTS_PATH} "${utterance}" → HTTP ${res.status}: ${JSON.stringify(body)?.slice(0, 300)}\n${tail(20)}`)
    const a = body.attempt
    const line = `passed ${a.passed}, score ${a.score}, feedback [${a.feedback.map((f) => f.kind).join(', ')}], game accepted ${body.game.accepted}`
    samples.push({ utterance, status: res.status, passed: a.passed, score: a.score, feedback: a.feedback.map((f) => f.kind), gameAccepted: body.game.accepted })
    console.log(`  ${pad(JSON.stringify(utterance), 22)} 200  ${line}`)
  }
  const bare = await fetch(baseUrl + opts['bare-path'], { headers: { accept: 'application/json' } })
  console.log(`  ${pad(opts['bare-path'], 22)} ${bare.status}  ${(await bare.text()).slice(0, 60)}`)

  // 6. Load: warm-up, then measured runs. Tokens in turn: every player gets the same share.
  let sent = 0
  const perToken = new Uint32Array(tokens.length)
  const attemptsRequest = {
    method: 'POST',
    path: ATTEMPTS_PATH,
    setupRequest(req) {
      const i = sent++
      const t = i % tokens.length
      perToken[t]++
      // The mix shifts by one each round over the players: no player always says the same thing.
      const utterance = UTTERANCES[(i + Math.floor(i / tokens.length)) % UTTERANCES.length]
      req.headers = { ...req.headers, authorization: `Bearer ${tokens[t]}` }
      req.body = `{"utterance":"${utterance}","inputMode":"text"}`
      return req
    },
  }
  const load = (title, seconds, target, conns = connections) =>
    new Promise((resolve, reject) => {
      const instance = autocannon(
        {
          // autocannon takes the path from the URL (a top-level `path` option is ignored).
          url: target === 'attempts' ? baseUrl + ATTEMPTS_PATH : baseUrl + opts['bare-path'],
          connections: conns,
          pipelining: 1,
          duration: seconds,
          timeout: 10,
          headers: { 'accept': 'application/json', 'content-type': 'application/json' },
          ...(target === 'attempts' ? { requests: [attemptsRequest] } : { method: 'GET' }),
        },
        (error, result) => (error ? reject(error) : resolve(result))
      )
      void instance
    }).then((result) => {
      if (state.stopping) throw new Error('interrupted')
      return result
    })

  const cpu = cpuMeter()
  step(`Warm-up: ${warmup} s of ${opts['bare-path']}, ${warmup} s of attempts (${connections} connections)`)
  await load('warm-up bare', warmup, 'bare')
  const warmAttempts = await load('warm-up attempts', warmup, 'attempts')
  console.log(`  attempts warm-up: ${fmt(warmAttempts.requests.average)} req/s, p99 ${fmtMs(warmAttempts.latency.p99)}`)
  const drainWarm = await drain(counts, drainTimeout)
  console.log(`  queue after warm-up: ${drainWarm.awarded}/${drainWarm.created} awarded (${drainWarm.drained ? `drained in ${drainWarm.seconds} s` : `not drained after ${drainWarm.seconds} s`})`)

  await waitForQuiet(cpu, quietWait)
  step(`Measuring ${opts['bare-path']}: ${duration} s, ${connections} connections`)
  cpu.mark()
  const bareWindow = [monotonicUs()]
  const bareResult = await load('bare', duration, 'bare')
  bareWindow.push(monotonicUs())
  const bareCpu = cpu.mark()
  printRun(bareResult, bareCpu)

  await waitForQuiet(cpu, quietWait)
  step(`Measuring POST ${ATTEMPTS_PATH}: ${duration} s, ${connections} connections, ${tokens.length} players`)
  const before = await counts()
  const sentBefore = sent
  cpu.mark()
  if (census) process.kill(state.server.pid, 'SIGUSR2') // start counting statements
  const attemptsWindow = [monotonicUs()]
  const attemptsResult = await load('attempts', duration, 'attempts')
  attemptsWindow.push(monotonicUs())
  if (census) process.kill(state.server.pid, 'SIGUSR2') // stop, write the counts
  const attemptsCpu = cpu.mark()
  const after = await counts()
  printRun(attemptsResult, attemptsCpu)
  const maxPerPlayer = Math.max(...perToken)
  const measuredPerPlayer = Math.ceil((sent - sentBefore) / tokens.length)
  console.log(`  per player: at most ${maxPerPlayer} attempt(s) in all (warm-up, checks, run), ≈ ${measuredPerPlayer} in this run; limit ${ATTEMPTS_PER_MINUTE}/minute`)

  // 7. Queue lag: created vs awarded at the end of the run, then how long the backlog takes
  const createdInRun = after.created - before.created
  const awardedInRun = after.awarded - before.awarded
  console.log(
    `  queue at the end of the run: ${after.awarded}/${after.created} attempts awarded, ${after.created - after.awarded} waiting` +
      ` (during the run: ${createdInRun} created, ${awardedInRun} awarded = ${fmt(awardedInRun / duration)} awards/s)`
  )
  const redisAtEnd = opts.pg ? await redisQueueState().catch(() => null) : null
  const drainEnd = await drain(counts, drainTimeout)
  console.log(`  backlog: ${drainEnd.drained ? `drained in ${drainEnd.seconds} s` : `${drainEnd.created - drainEnd.awarded} still waiting after ${drainEnd.seconds} s`}`)
  const redisAfterDrain = opts.pg ? await redisQueueState().catch(() => null) : null
  if (redisAfterDrain) {
    const show = (r) => `pending ${r.pending}, active ${r.active}, delayed ${r.delayed}, failed ${r.failed}`
    console.log(`  Redis queue: at the end of the run ${redisAtEnd ? show(redisAtEnd) : '?'}; after the wait ${show(redisAfterDrain)}`)
    console.log(`  Redis dedup keys: ${redisAfterDrain.dedupKeys} (TTL ${redisAfterDrain.dedupTtl === -1 ? 'none: one key per attempt, kept for ever' : `${redisAfterDrain.dedupTtl} s`})`)
  }
  const sqlCensus = census ? await printCensus(censusFile, createdInRun, attemptsResult.duration) : null

  // 8. Service time: one connection, no queueing in front of the server
  await waitForQuiet(cpu, Math.min(quietWait, 30))
  step('Unloaded latency: attempts over 1 connection, 5 s (no queueing)')
  const single = await load('attempts, 1 connection', 5, 'attempts', 1)
  console.log(`  ${fmt(single.requests.average)} req/s, p50 ${fmtMs(single.latency.p50)}, p90 ${fmtMs(single.latency.p90)}, p99 ${fmtMs(single.latency.p99)}; non-2xx ${single.non2xx}`)
  await drain(counts, drainTimeout)

  // 9. Summary
  const summaryRow = (result) => {
    const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, v]) => [code, Number(v.count)]))
    return {
      requestsPerSecond: round1(result.requests.average),
      completedPerSecond: round1(result.requests.total / result.duration),
      total: result.requests.total,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: round1(result.latency.average) },
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCodes: codes,
      tooManyRequests: codes['429'] ?? 0,
      durationSeconds: result.duration,
    }
  }
  const a = summaryRow(attemptsResult)
  const b = summaryRow(bareResult)
  // An attempt is done when it is answered and awarded: a queue left growing does not count.
  const awardsPerSecond = round1(awardedInRun / duration)
  const sustained = Math.min(a.requestsPerSecond, awardsPerSecond)
  const ratio = a.requestsPerSecond / b.requestsPerSecond
  const goals = {
    attemptsPerSecond: sustained >= GOALS.attemptsPerSecond,
    p99: a.latencyMs.p99 <= GOALS.p99Ms,
    ratio: ratio >= GOALS.ratio,
    no429: a.tooManyRequests === 0,
    allOk: a.non2xx === 0 && a.errors === 0,
  }

  const label =
    (opts.pg ? 'PostgreSQL + Redis (one queue:work process)' : 'SQLite (embedded, queue worker in the web process)') +
    (opts.env.length ? ` [${opts.env.join(' ')}]` : '')
  console.log(`\n${label}, ${connections} connections, ${duration} s, ${tokens.length} players`)
  const rows = [
    ['', 'req/s', 'p50', 'p99', 'max', 'non-2xx', 'errors', '429'],
    ['attempts', fmt(a.requestsPerSecond), fmtMs(a.latencyMs.p50), fmtMs(a.latencyMs.p99), fmtMs(a.latencyMs.max), a.non2xx, a.errors, a.tooManyRequests],
    [opts['bare-path'], fmt(b.requestsPerSecond), fmtMs(b.latencyMs.p50), fmtMs(b.latencyMs.p99), fmtMs(b.latencyMs.max), b.non2xx, b.errors, b.tooManyRequests],
  ]
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  for (const r of rows) console.log('  ' + r.map((c, i) => (i === 0 ? pad(c, widths[i]) : String(c).padStart(widths[i]))).join('  '))
  const cpuRatio = cpuPerRequest(bareCpu, bareResult) / cpuPerRequest(attemptsCpu, attemptsResult)
  console.log(`  ratio attempts/s ÷ bare/s: ${ratio.toFixed(2)}   (by server CPU per request: ${cpuRatio.toFixed(2)})`)
  console.log(`  awarded vs created at the end of the run: ${after.awarded} / ${after.created}; awarded during the run: ${fmt(awardsPerSecond)}/s`)
  console.log(`  sustained (answered and awarded, the lower): ${fmt(sustained)} attempts/s`)
  console.log(`  attempts over 1 connection: p50 ${fmtMs(single.latency.p50)}, p99 ${fmtMs(single.latency.p99)} (${fmt(single.requests.average)} req/s)`)
  const mark = (ok) => (ok ? 'met' : 'NOT met')
  console.log(
    `\nGoals: ≥ ${GOALS.attemptsPerSecond} attempts/s sustained ${mark(goals.attemptsPerSecond)}; p99 ≤ ${GOALS.p99Ms} ms ${mark(goals.p99)}; ` +
      `ratio ≥ ${GOALS.ratio} ${mark(goals.ratio)}; no 429 ${mark(goals.no429)}; no errors/non-2xx ${mark(goals.allOk)}`
  )

  // Stop the server now, so a CPU profile gets written
  await stopChild(state.server)
  state.server = null
  if (state.worker) {
    await stopChild(state.worker)
    state.worker = null
  }
  let profile = null
  if (opts.profile) profile = summarizeProfile(profileDir, { [opts['bare-path']]: bareWindow, attempts: attemptsWindow })

  // 10. The database queue's own ceiling (embedded mode): empty award jobs, dispatched then worked
  let queueCeiling = null
  if (!opts.pg) {
    step('The database queue alone: 5,000 empty award jobs in one process (queue_ceiling.mjs)')
    // Its failure must not lose the run's figures: it is reported instead.
    queueCeiling = await run(process.execPath, [join(ROOT, 'bench', 'attempts', 'queue_ceiling.mjs'), '--app', APP, '--jobs', '5000'], {
      cwd: APP,
      env,
      tee: true,
      label: 'queue_ceiling.mjs',
    })
      .then(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)))
      .catch((error) => {
        console.log(`  could not measure: ${error.message}`)
        return { error: error.message }
      })
  }

  const summary = {
    date: startedAt.toISOString(),
    mode,
    git,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    settings: { extraEnv, nodeFlags: opts['node-flags'] || null, users: tokens.length, connections, durationSeconds: duration, warmupSeconds: warmup, utterances: UTTERANCES, barePath: opts['bare-path'] },
    samples,
    attempts: a,
    bare: b,
    awardsPerSecond,
    sustainedPerSecond: sustained,
    ratio: Number(ratio.toFixed(3)),
    ratioByServerCpu: Number(cpuRatio.toFixed(3)),
    unloaded: { connections: 1, requestsPerSecond: round1(single.requests.average), latencyMs: { p50: single.latency.p50, p90: single.latency.p90, p99: single.latency.p99 }, non2xx: single.non2xx },
    cpu: {
      bare: { ...bareCpu, serverMsPerRequest: Number(cpuPerRequest(bareCpu, bareResult).toFixed(3)) },
      attempts: { ...attemptsCpu, serverMsPerRequest: Number(cpuPerRequest(attemptsCpu, attemptsResult).toFixed(3)) },
    },
    queue: { atEnd: after, createdInRun, awardedInRun, drain: drainEnd, warmUpDrain: drainWarm, redisAtEnd, redisAfterDrain },
    perPlayer: { maxInAll: maxPerPlayer, inMeasuredRun: measuredPerPlayer, limitPerMinute: ATTEMPTS_PER_MINUTE },
    goals: { ...GOALS, met: goals },
    queueCeiling,
    profile,
    sqlCensus,
  }
  const jsonFile = join(OUT, `attempts${suffix}.json`)
  writeFileSync(jsonFile, JSON.stringify(summary, null, 2) + '\n')
  console.log(`\nSummary: ${relative(ROOT, jsonFile)}   server log: tmp/bench/attempts${suffix}-server.log`)
}

/* ------------------------------------------------------------------------------------------ */
/* Database, Redis, queue                                                                     */
/* ------------------------------------------------------------------------------------------ */

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
  const { stdout } = await execFileAsync('redis-cli', ['-h', opts['redis-host'], '-p', opts['redis-port'], ...args]).catch((error) => {
    throw new Error(`redis-cli ${args.join(' ')}: ${(error.stderr || error.message).trim()}`)
  })
  return stdout
}

/**
 * The app's Redis keys are `parley:…` in db 0 whatever the database: jobs left by an earlier run
 * (and their dedup keys, `award_progress:<attempt id>`) would be taken for this run's. Removed
 * when no other client is connected; otherwise left alone, with a warning.
 */
async function cleanRedis(what = 'stale') {
  const clients = (await redisCli(['client', 'list'])).trim().split('\n').filter(Boolean)
  const others = clients.length - 1 // this redis-cli
  const keys = async (pattern) => (await redisCli(['--scan', '--pattern', pattern])).split('\n').filter(Boolean)
  const found = [...(await keys('parley:jobs::*')), ...(await keys('parley:*attempts:*'))]
  if (others > 0) {
    console.log(`  ⚠ ${others} other Redis client(s) connected: not touching ${found.length} parley:* queue/limiter key(s)${what === 'stale' ? "; another Parley worker could take this run's jobs" : ''}`)
    return
  }
  for (let i = 0; i < found.length; i += 500) await redisCli(['del', ...found.slice(i, i + 500)])
  if (found.length) console.log(`  removed ${found.length} ${what} parley:jobs::* / attempts limiter key(s)`)
}

/**
 * The Redis queue's state (jobs in each set of `parley:jobs::default::…`, and the dedup keys,
 * with the TTL of one): lets a stuck backlog be told apart from a slow one.
 */
async function redisQueueState() {
  const prefix = 'parley:jobs::default::'
  const result = {}
  for (const name of ['pending', 'active', 'delayed', 'failed', 'completed', 'data']) {
    const key = prefix + name
    const type = (await redisCli(['type', key])).trim()
    const command = { zset: 'zcard', list: 'llen', hash: 'hlen', set: 'scard' }[type]
    result[name] = command ? Number((await redisCli([command, key])).trim()) : 0
  }
  const dedup = (await redisCli(['--scan', '--pattern', `${prefix}dedup::*`])).split('\n').filter(Boolean)
  result.dedupKeys = dedup.length
  result.dedupTtl = dedup.length ? Number((await redisCli(['ttl', dedup[0]])).trim()) : null
  return result
}

/** Attempts created and awarded so far, read outside the app (sqlite3 / psql). */
async function attemptCounts(sqliteFile) {
  const sql = 'select count(*), count(awarded_at) from attempts'
  const out = sqliteFile
    ? (await execFileAsync('sqlite3', ['-readonly', '-cmd', '.timeout 5000', sqliteFile, sql])).stdout
    : await pg(['psql', '-d', opts['pg-database'], '-At', '-F', '|', '-c', sql])
  const [created, awarded] = out.trim().split('|').map(Number)
  return { created, awarded }
}

async function drain(counts, timeoutSeconds) {
  const t0 = Date.now()
  let c = await counts()
  while (c.awarded < c.created && Date.now() - t0 < timeoutSeconds * 1000) {
    if (state.stopping) throw new Error('interrupted')
    await sleep(1000)
    c = await counts()
  }
  return { ...c, drained: c.awarded >= c.created, seconds: Math.round((Date.now() - t0) / 100) / 10 }
}

/* ------------------------------------------------------------------------------------------ */
/* Processes                                                                                  */
/* ------------------------------------------------------------------------------------------ */

function startChild(args, env, logFile) {
  const log = createWriteStream(logFile)
  state.logs.push(log)
  const child = spawn(process.execPath, args, { cwd: APP, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const onData = (chunk) => {
    log.write(chunk)
    for (const line of chunk.toString().split('\n')) if (line.trim()) state.serverTail.push(line)
    if (state.serverTail.length > 200) state.serverTail.splice(0, state.serverTail.length - 200)
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  return child
}

async function waitForServer(baseUrl) {
  const server = state.server
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      const error = new Error(`the server exited during start-up (code ${server.exitCode ?? server.signalCode})`)
      error.details = tail(40)
      throw error
    }
    try {
      const res = await fetch(`${baseUrl}/health/live`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return console.log(`  /health/live → ${res.status} (pid ${server.pid})`)
    } catch {}
    await sleep(300)
  }
  const error = new Error(`${baseUrl}/health/live did not answer 2xx within 60 s`)
  error.details = tail(40)
  throw error
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  killGroup(child, 'SIGTERM')
  const timedOut = await Promise.race([exited.then(() => false), sleep(15_000).then(() => true)])
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

/**
 * CPU time (user + system, from /proc) between two marks, as a share of one core: the server,
 * the queue worker, this process (autocannon), PostgreSQL + Redis, the whole machine, and what
 * is left: other work on the machine, which makes the figures low when it is not near 0.
 */
function cpuMeter() {
  const ticksOf = (pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      return Number(fields[11]) + Number(fields[12]) // utime + stime, in clock ticks (1/100 s)
    } catch {
      return null
    }
  }
  const databaseTicks = () => {
    let sum = 0
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
        if (comm === 'postgres' || comm.startsWith('redis-server')) {
          const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ')
          sum += Number(fields[11]) + Number(fields[12])
        }
      } catch {}
    }
    return sum
  }
  const machineTicks = () => {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number)
    return user + nice + system + irq + softirq + steal
  }
  let last = null
  const sample = () => ({
    at: performance.now(),
    server: state.server ? ticksOf(state.server.pid) : null,
    worker: state.worker ? ticksOf(state.worker.pid) : null,
    loader: ticksOf(process.pid),
    database: opts.pg ? databaseTicks() : null,
    machine: machineTicks(),
  })
  return {
    mark() {
      const now = sample()
      const prev = last
      last = now
      if (!prev) return null
      const seconds = (now.at - prev.at) / 1000
      const share = (key) => (now[key] === null || prev[key] === null ? null : Math.round((now[key] - prev[key]) / seconds) / 100)
      const result = {
        server: share('server'),
        worker: share('worker'),
        loader: share('loader'),
        database: share('database'),
        machine: share('machine'),
        loadAverage: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]),
      }
      result.others = Math.max(0, Math.round((result.machine - result.server - (result.worker ?? 0) - result.loader - (result.database ?? 0)) * 100) / 100)
      return result
    },
  }
}

/**
 * Other people's work on a shared 2-core machine (tests, builds, browsers) halves the figures:
 * waits, up to `seconds`, for 3 s in which processes other than ours used < 15 % of a core.
 */
async function waitForQuiet(cpu, seconds) {
  if (seconds <= 0) return
  const t0 = Date.now()
  let quietSince = null
  let last = null
  cpu.mark()
  while (Date.now() - t0 < seconds * 1000) {
    await sleep(1000)
    last = cpu.mark()
    if (last.others < 0.15) {
      quietSince ??= Date.now() - 1000
      if (Date.now() - quietSince >= 3000) break
    } else {
      quietSince = null
    }
  }
  const waited = Math.round((Date.now() - t0) / 1000)
  if (quietSince && Date.now() - quietSince >= 3000) {
    if (waited > 5) console.log(`  (waited ${waited} s for other work on the machine to stop)`)
  } else {
    console.log(`  ⚠ the machine stayed busy with other work for ${waited} s (other processes ${Math.round((last?.others ?? 0) * 100)} % of a core): measuring anyway`)
  }
}

/**
 * The server's CPU profile (main thread), per measured run: self time by package and by
 * function, and inclusive time of the app's and the framework's middleware/handlers. Samples are
 * picked by time: V8's profile clock and process.hrtime() both read CLOCK_MONOTONIC.
 */
function summarizeProfile(dir, windows) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
  if (!files.length) {
    console.log(`  no CPU profile in ${relative(ROOT, dir)}`)
    return null
  }
  // One profile per thread (pino's transport runs in a worker thread): the main thread's is `.0.`.
  const file = join(dir, files.find((f) => /\.0\.\d+\.cpuprofile$/.test(f)) ?? files.sort().at(0))
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame
    const where = shortUrl(url)
    return `${functionName || '(anonymous)'}${where ? ` ${where}:${lineNumber + 1}` : ''}`
  }
  const result = { file: relative(ROOT, file), windows: {} }
  for (const [name, [from, to]] of Object.entries(windows)) {
    const self = new Map()
    let t = profile.startTime
    let total = 0
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i] ?? 0
      if (t < from || t > to) continue
      const us = profile.timeDeltas[i + 1] ?? 0 // a sample's weight: the time until the next one
      total += us
      self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + us)
    }
    const byFunction = new Map()
    const byPackage = new Map()
    const inclusive = new Map()
    let idle = 0
    for (const [id, us] of self) {
      const node = byId.get(id)
      if (node.callFrame.functionName === '(idle)') {
        idle += us
        continue
      }
      byFunction.set(label(node), (byFunction.get(label(node)) ?? 0) + us)
      const pkg = packageOf(node.callFrame.url, node.callFrame.functionName)
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us)
      const seen = new Set()
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const frame = byId.get(cur).callFrame
        const isApp = frame.url.startsWith(`file://${APP}/`) && !frame.url.includes('/node_modules/') && !frame.url.includes('/public/assets/')
        const isFrameworkStep =
          /\/node_modules\/(@adonisjs\/[^/]+|compression|knex|better-sqlite3|pg|ioredis|rate-limiter-flexible)\//.test(frame.url) &&
          /^(handle|authenticate\w*|check|commit|verify|consume|encrypt|transaction|_query|query|prepare|execute|dispatch|push)$/.test(frame.functionName)
        if (!isApp && !isFrameworkStep) continue
        const key = label(byId.get(cur))
        if (seen.has(key)) continue
        seen.add(key)
        inclusive.set(key, (inclusive.get(key) ?? 0) + us)
      }
    }
    const busy = total - idle
    const top = (map, n) =>
      [...map.entries()]
        .sort((x, y) => y[1] - x[1])
        .slice(0, n)
        .map(([key, us]) => ({ name: key, ms: Math.round(us / 1000), shareOfBusy: Number(((us / busy) * 100).toFixed(1)) }))
    const w = {
      range: [from, to],
      wallMs: Math.round(total / 1000),
      busyMs: Math.round(busy / 1000),
      busyShare: Number((busy / total).toFixed(3)),
      packages: top(byPackage, 15),
      functions: top(byFunction, 30),
      handlers: top(inclusive, 25),
    }
    result.windows[name] = w
    console.log(`\nCPU profile of the server during the ${name} run (main thread busy ${Math.round(w.busyShare * 100)} % of ${fmt(w.wallMs)} ms); share of busy time:`)
    console.log('  by package (self):')
    for (const p of w.packages.slice(0, 12)) console.log(`    ${String(p.shareOfBusy).padStart(5)} %  ${p.name}`)
    console.log('  by function (self):')
    for (const f of w.functions.slice(0, 20)) console.log(`    ${String(f.shareOfBusy).padStart(5)} %  ${f.name}`)
    console.log('  middleware, handlers, queries (inclusive):')
    for (const f of w.handlers.slice(0, 25)) console.log(`    ${String(f.shareOfBusy).padStart(5)} %  ${f.name}`)
  }
  console.log(`  profile: ${relative(ROOT, file)} (open in Chrome DevTools → Performance, or speedscope)`)
  return result
}

function shortUrl(url) {
  if (!url) return ''
  const path = url.replace(/^file:\/\//, '')
  const nm = path.lastIndexOf('/node_modules/')
  if (nm >= 0) return path.slice(nm + 14)
  if (path.startsWith(APP)) return 'app:' + path.slice(APP.length + 1)
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
  if (path.startsWith(APP)) return 'app: ' + path.slice(APP.length + 1).split('/').slice(0, 2).join('/')
  return path
}

/** SQLite statements during the measured attempts run (bench/attempts/sql_census.cjs). */
async function printCensus(file, attempts, seconds) {
  for (let i = 0; i < 30 && !existsSync(file); i++) await sleep(100) // the server writes it on the signal
  if (!existsSync(file)) {
    console.log('  (no SQL census written)')
    return null
  }
  const rows = JSON.parse(readFileSync(file, 'utf8'))
  const sum = (key) => rows.reduce((s, r) => s + r[key], 0)
  const runs = sum('runs')
  const ms = sum('prepareMs') + sum('runMs')
  const per = (n) => (attempts ? (n / attempts).toFixed(2) : '–')
  console.log(
    `\nSQLite statements during the attempts run: ${fmt(runs)} executed (${per(runs)} per attempt), ${fmt(sum('prepares'))} prepared; ` +
      `${fmt(ms)} ms in SQLite on the main thread = ${Math.round((ms / (seconds * 1000)) * 100)} % of the run (prepare ${fmt(sum('prepareMs'))} ms, run ${fmt(sum('runMs'))} ms)`
  )
  console.log('  per attempt  ms/exec  max ms  total ms  statement')
  for (const r of rows.slice(0, 25)) {
    console.log(
      `  ${per(r.runs).padStart(11)}  ${(r.runs ? (r.prepareMs + r.runMs) / r.runs : 0).toFixed(3).padStart(7)}  ${(r.maxRunMs ?? 0).toFixed(1).padStart(6)}  ${fmt(r.prepareMs + r.runMs).padStart(8)}  ${truncate(r.sql.replace(/\s+/g, ' '), 140)}`
    )
  }
  return { executed: runs, perAttempt: attempts ? runs / attempts : null, sqliteMs: Math.round(ms), statements: rows.slice(0, 40) }
}

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                    */
/* ------------------------------------------------------------------------------------------ */

function printRun(result, cpu) {
  const codes = Object.entries(result.statusCodeStats ?? {}).map(([c, v]) => `${c}×${v.count}`).join(', ')
  console.log(
    `  ${fmt(result.requests.average)} req/s (${result.requests.total} in ${result.duration} s), p50 ${fmtMs(result.latency.p50)}, ` +
      `p99 ${fmtMs(result.latency.p99)}, max ${fmtMs(result.latency.max)}; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts} [${codes}]`
  )
  if (cpu) {
    const part = (name, v) => (v === null || v === undefined ? '' : `${name} ${Math.round(v * 100)} %`)
    const parts = [part('server', cpu.server), part('queue:work', cpu.worker), part('autocannon', cpu.loader), part('postgres+redis', cpu.database), part('other processes', cpu.others)]
    console.log(`  CPU (100 % = one core; ${os.cpus().length} cores): ${parts.filter(Boolean).join(', ')}; load average ${cpu.loadAverage}`)
    const perRequest = cpuPerRequest(cpu, result)
    console.log(`  server CPU per request: ${perRequest.toFixed(2)} ms (one busy core would serve ≈ ${fmt(1000 / perRequest)} req/s)`)
    if (cpu.others > 0.15) console.log(`  ⚠ other work took ${Math.round(cpu.others * 100)} % of a core during this run: figures are lower than on a quiet machine`)
  }
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

/** Milliseconds of server CPU (all its threads) per completed request: steadier than req/s on a shared machine. */
function cpuPerRequest(cpu, result) {
  return (cpu.server * result.duration * 1000) / Math.max(1, result.requests.total)
}

function run(cmd, args, { cwd, env = process.env, capture = false, tee = false, label }) {
  return new Promise((resolve, reject) => {
    const piped = capture || tee
    const child = spawn(cmd, args, { cwd, env, stdio: piped ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    let stdout = ''
    let stderr = ''
    if (piped) {
      child.stdout.on('data', (d) => {
        stdout += d
        if (tee) process.stdout.write(d)
      })
      child.stderr.on('data', (d) => {
        stderr += d
        if (tee) process.stderr.write(d)
      })
    }
    child.on('error', (error) => reject(new Error(`${label}: ${error.message}`)))
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve({ stdout, stderr })
      const error = new Error(`\`${label}\` failed (exit ${code ?? signal}) in ${relative(ROOT, cwd) || '.'}`)
      error.details = (stderr + '\n' + stdout).trim().split('\n').slice(-40).join('\n')
      reject(error)
    })
  })
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

function positiveInt(name, min = 1) {
  const n = Number(opts[name])
  if (!Number.isInteger(n) || n < min) {
    console.error(`[bench] --${name} must be an integer ≥ ${min}`)
    process.exit(1)
  }
  return n
}

/** CLOCK_MONOTONIC in µs, the clock of V8's CPU profiles. */
function monotonicUs() {
  return Number(process.hrtime.bigint() / 1000n)
}

function step(message) {
  console.log(`\n▶ ${message}`)
}
function tail(n) {
  return state.serverTail.slice(-n).map((l) => `  server: ${l}`).join('\n')
}
function truncate(s, n) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
function pad(s, n) {
  return String(s).padEnd(n)
}
function round1(n) {
  return Math.round(n * 10) / 10
}
function fmt(n) {
  return Math.round(n).toLocaleString('en-US')
}
function fmtMs(n) {
  return n === null || n === undefined ? '–' : `${Number(n).toFixed(n < 10 ? 1 : 0)} ms`
}

function readUsage() {
  return `Usage: node bench/attempts/run.mjs [options]   (npm run bench:attempts -- [options])

  --pg                    PostgreSQL + Redis instead of the embedded SQLite default; starts one
                          \`node ace queue:work\` next to the server
  --no-build              reuse build/ instead of running \`node ace build\`
  --ignore-ts-errors      pass --ignore-ts-errors to \`node ace build\`
  --users N               players, one token each (default 2000); requests go to them in turn
  --connections N         concurrent connections (default 32)
  --duration S            seconds per measured run (default 15); --warmup S (default 5)
  --drain-timeout S       how long to wait for the award queue to empty (default 120)
  --quiet-wait S          before each measured run, wait up to S s for other processes to leave the
                          CPU alone (default 120; 0 = do not wait)
  --bare-path PATH        the bare JSON route to compare with (default /health/live)
  --port N                first port to try (default 3420, env BENCH_PORT)
  --profile               run the server with --cpu-prof and print its top functions
  --sql-census            (SQLite) count and time every SQL statement of the measured attempts run
  --keep                  keep the SQLite folder / the PostgreSQL database afterwards
  --node-flags=…          extra flags for the server's node (e.g. --node-flags=--trace-gc; output in the server log)
  --env KEY=VALUE         extra environment for the server and ace commands (repeatable), for
                          experiments such as --env QUEUE_WORKER_IN_WEB=false
  --pg-host/--pg-port/--pg-user/--pg-password/--pg-database (default 127.0.0.1:5432, postgres, parley_bench)
  --redis-host/--redis-port (default 127.0.0.1:6379)

Writes tmp/bench/attempts[-pg].json and tmp/bench/attempts[-pg]-server.log.`
}
