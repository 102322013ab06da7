#!/usr/bin/env node
/**
 * Lighthouse benchmark of the public pages, against the production build.
 *
 *   npm run bench:pages                      build, serve, audit /, /pricing, /blog (mobile + desktop)
 *   npm run bench:pages -- --no-build        reuse the existing build/
 *   npm run bench:pages -- --port 3400 --pages /,/faq --form-factors desktop
 *   npm run bench:pages -- --install         `npm ci --omit=dev` in build/ instead of a symlink
 *   npm run bench:pages -- --ignore-ts-errors  build even when tsc reports errors
 *
 * Steps: `node ace build` → build/node_modules (symlink to the root's) → temp DATA_DIR + APP_KEY →
 * migrate + seed → `node bin/server.js` (NODE_ENV=production, embedded SQLite mode) → wait for
 * /health/live → Lighthouse (performance, accessibility, best-practices, seo) in headless Chromium.
 *
 * Prints a table and the failing audits of every category under goal, writes
 * tmp/bench/pages.json and one HTML report per run in tmp/bench/lighthouse/.
 * Exit code: 0 whenever the benchmark ran (scores under goal included); 1 when it could not run.
 */

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BUILD = join(ROOT, 'build')
const OUT = join(ROOT, 'tmp', 'bench')
const REPORTS = join(OUT, 'lighthouse')

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const GOALS = { 'performance': 90, 'accessibility': 95, 'best-practices': 95, 'seo': 95 }
const SHORT = { 'performance': 'perf', 'accessibility': 'a11y', 'best-practices': 'bp', 'seo': 'seo' }
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]
/** A Lighthouse run that takes longer than this is abandoned (and Chrome restarted). */
const RUN_TIMEOUT_MS = 180_000

/* ------------------------------------------------------------------------------------------ */
/* Options                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'install': { type: 'boolean', default: false },
    'ignore-ts-errors': { type: 'boolean', default: false },
    'port': { type: 'string', default: process.env.BENCH_PORT ?? '3390' },
    'pages': { type: 'string', default: '/,/pricing,/blog' },
    'form-factors': { type: 'string', default: 'mobile,desktop' },
    'help': { type: 'boolean', short: 'h', default: false },
  },
})

if (opts.help) {
  console.log(readUsage())
  process.exit(0)
}

const doBuild = !opts['no-build']
const pages = opts.pages.split(',').map((p) => p.trim()).filter(Boolean)
const formFactors = opts['form-factors'].split(',').map((f) => f.trim()).filter(Boolean)
for (const ff of formFactors) {
  if (!['mobile', 'desktop'].includes(ff)) fatal(`unknown form factor "${ff}" (mobile, desktop)`)
}
const chromePath = process.env.CHROME_PATH || '/usr/lib/chromium/chromium'

/* ------------------------------------------------------------------------------------------ */
/* Resources to release on every exit path                                                    */
/* ------------------------------------------------------------------------------------------ */

const state = {
  server: null, // ChildProcess of bin/server.js (own process group)
  serverLog: null, // write stream of tmp/bench/server.log
  serverTail: [], // last lines of server output
  chrome: null, // chrome-launcher handle
  dataDir: null, // temp DATA_DIR
  linkedNodeModules: false, // build/node_modules symlink created by this run
  stopping: false, // set on SIGINT/SIGTERM: start nothing new
}

async function cleanup() {
  // Each step on its own: one failing must not leave the others undone.
  const attempt = async (what, fn) => {
    try {
      await fn()
    } catch (error) {
      console.error(`[bench] cleanup: could not ${what}: ${error?.message ?? error}`)
    }
  }
  if (state.chrome) {
    const chrome = state.chrome
    await attempt('stop Chromium', () => chrome.kill())
    state.chrome = null
  }
  if (state.server) {
    const server = state.server
    await attempt('stop the server', () => stopServer(server))
    state.server = null
  }
  await attempt('close the server log', () => state.serverLog?.end())
  if (state.dataDir) {
    const dir = state.dataDir
    await attempt(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }))
    state.dataDir = null
  }
  if (state.linkedNodeModules) {
    // Leave build/ as `node ace build` made it.
    await attempt('remove build/node_modules', () => unlinkSync(join(BUILD, 'node_modules')))
    state.linkedNodeModules = false
  }
}

// Last resort if the process goes down without reaching cleanup(): no orphan server or Chrome.
process.on('exit', () => {
  if (state.server) killGroup(state.server, 'SIGKILL')
  if (state.chrome) {
    try {
      process.kill(state.chrome.pid, 'SIGKILL')
    } catch {}
  }
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (state.stopping) return
    state.stopping = true
    console.error(`\n[bench] ${signal}: stopping the server and Chrome`)
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
  if (major < 24) {
    throw new Error(`Node ${process.version}: the app needs Node 24 (put a Node 24 first on PATH)`)
  }
  if (!existsSync(chromePath)) {
    throw new Error(`Chrome/Chromium not found at ${chromePath} (set CHROME_PATH or apt-get install chromium)`)
  }
  mkdirSync(REPORTS, { recursive: true })
  const startedAt = new Date()

  // 1. Production build
  if (doBuild) {
    step('Building the production app (node ace build)')
    removeNodeModulesLink() // never let the build's clean-up walk into a linked node_modules
    const args = ['ace', 'build', ...(opts['ignore-ts-errors'] ? ['--ignore-ts-errors'] : [])]
    await run(process.execPath, args, { cwd: ROOT, label: `node ${args.join(' ')}` }).catch((error) => {
      if (!opts['ignore-ts-errors']) {
        error.details = '  (if the output above reports TypeScript errors, `npm run bench:pages -- --ignore-ts-errors` still builds)'
      }
      throw error
    })
  } else {
    step('Skipping the build (--no-build)')
  }
  if (!existsSync(join(BUILD, 'bin', 'server.js'))) {
    throw new Error(`${relative(ROOT, BUILD)}/bin/server.js is missing: run without --no-build`)
  }

  // 2. Dependencies of build/
  step('Preparing build/ dependencies')
  prepareNodeModules()
  if (opts.install) {
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: BUILD, label: 'npm ci --omit=dev' })
  }

  // 3. Environment: production, embedded SQLite in a temp folder, fixed key
  const port = await findFreePort(Number(opts.port))
  state.dataDir = mkdtempSync(join(os.tmpdir(), 'parley-bench-'))
  const baseUrl = `http://127.0.0.1:${port}`
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    // The benchmark measures the embedded default: ignore the shell's database/Redis settings.
    if (/^(DB_|REDIS_|SMTP_)/.test(key)) delete env[key]
  }
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

  // 4. Database
  step(`Migrating and seeding (DATA_DIR=${state.dataDir})`)
  const setupWarnings = await prepareDatabase(env)
  for (const w of setupWarnings) console.log(`  ⚠ ${w}`)

  // 5. Server
  step(`Starting node bin/server.js on ${baseUrl}`)
  await startServer(env, baseUrl)

  // 6. Plain HTTP check of every page: status, compression, size (and server errors on failure)
  step('Checking the pages over HTTP')
  const pageChecks = []
  for (const path of pages) {
    const check = await checkPage(baseUrl, path)
    pageChecks.push(check)
    const enc = check.contentEncoding ?? 'none'
    console.log(
      `  ${pad(path, Math.max(12, ...pages.map((p) => p.length)))} ${check.status ?? 'ERR'}  ${check.ms ?? '-'} ms  ${fmtBytes(check.bytes)}  content-encoding: ${enc}` +
        (check.ok ? '' : `  ← ${check.problem}`)
    )
    if (check.ogImage?.problem) console.log(`      og:image ${check.ogImage.url ?? ''} → ${check.ogImage.problem}`)
    for (const line of check.serverLines ?? []) console.log(`      server: ${line}`)
  }

  // 7. Lighthouse
  const { default: lighthouse } = await import('lighthouse')
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js')
  const lighthouseVersion = await import('lighthouse/package.json', { with: { type: 'json' } }).then(
    (m) => m.default.version,
    () => 'unknown'
  )
  step(`Lighthouse ${lighthouseVersion}: ${pages.length} page(s) × ${formFactors.join(' + ')}`)
  await launchChrome()

  const results = []
  const labelWidth = Math.max(...pages.map((p) => p.length)) + 9
  for (const check of pageChecks) {
    for (const formFactor of formFactors) {
      if (state.stopping) throw new Error('interrupted')
      const label = `${check.path} ${formFactor}`
      if (!check.ok) {
        results.push(emptyResult(check, formFactor, `skipped: ${check.problem}`))
        console.log(`  ${pad(label, labelWidth)} skipped (${check.problem})`)
        continue
      }
      // Lighthouse itself sometimes fails a load ("NO_NAVSTART … run Lighthouse again"): one retry.
      for (let attempt = 1; attempt <= 2; attempt++) {
        const retry = attempt < 2
        const t0 = Date.now()
        try {
          const result = await withTimeout(
            lighthouse(
              check.url,
              { port: state.chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES },
              formFactor === 'desktop' ? desktopConfig : undefined
            ),
            RUN_TIMEOUT_MS,
            `Lighthouse did not finish within ${RUN_TIMEOUT_MS / 1000} s`
          )
          if (!result?.lhr) throw new Error('Lighthouse returned no result')
          const seconds = ((Date.now() - t0) / 1000).toFixed(0)
          if (result.lhr.runtimeError && retry) {
            console.log(`  ${pad(label, labelWidth)} ${seconds} s  ← ${result.lhr.runtimeError.code}, retrying`)
            continue
          }
          const reportFile = join(REPORTS, `${slug(check.path)}-${formFactor}.html`)
          writeFileSync(reportFile, result.report)
          const summary = summarize(check, formFactor, result.lhr, reportFile)
          results.push(summary)
          console.log(`  ${pad(label, labelWidth)} ${seconds} s` + (summary.error ? `  ← ${summary.error}` : ''))
          break
        } catch (error) {
          if (state.stopping) throw new Error('interrupted')
          const message = error?.message ?? String(error)
          console.log(`  ${pad(label, labelWidth)} FAILED: ${message}${retry ? ', retrying' : ''}`)
          // A stuck or crashed run can leave Chrome unusable: start a fresh one.
          await relaunchChrome()
          if (!retry) results.push(emptyResult(check, formFactor, `lighthouse failed: ${message}`))
        }
      }
    }
  }

  // 8. Report
  printTable(results)
  printFailingAudits(results)
  printUncompressed(results)

  const environment = results.find((r) => r.environment)?.environment ?? null
  const summary = {
    date: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      benchmarkIndex: environment?.benchmarkIndex ?? null,
      browser: environment?.hostUserAgent ?? null,
    },
    lighthouseVersion,
    chromePath,
    baseUrl,
    goals: GOALS,
    setupWarnings,
    pages: pageChecks.map(({ serverLines, ...rest }) => ({ ...rest, serverErrors: serverLines ?? [] })),
    results: results.map(({ environment: _e, ...rest }) => rest),
    allMeetGoal: results.length > 0 && results.every((r) => r.meetsGoal),
  }
  const jsonFile = join(OUT, 'pages.json')
  writeFileSync(jsonFile, JSON.stringify(summary, null, 2) + '\n')
  console.log(`\nSummary: ${relative(ROOT, jsonFile)}   HTML reports: ${relative(ROOT, REPORTS)}/`)

  const audited = results.filter((r) => r.scores && Object.values(r.scores).some((s) => s !== null))
  if (audited.length === 0 && results.some((r) => !r.skipped)) {
    // Pages answered but no Lighthouse run produced a score: the benchmark itself did not work.
    throw new Error('no Lighthouse run produced scores (see the errors above)')
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Build, database, server                                                                    */
/* ------------------------------------------------------------------------------------------ */

function removeNodeModulesLink() {
  const link = join(BUILD, 'node_modules')
  try {
    if (lstatSync(link).isSymbolicLink()) unlinkSync(link)
  } catch {}
}

function prepareNodeModules() {
  const target = join(BUILD, 'node_modules')
  let exists = false
  try {
    lstatSync(target)
    exists = true
  } catch {}
  if (opts.install) {
    if (exists && lstatSync(target).isSymbolicLink()) unlinkSync(target)
    return
  }
  if (exists) {
    console.log(`  ${relative(ROOT, target)} already present: reusing it`)
    return
  }
  if (!existsSync(join(ROOT, 'node_modules'))) {
    throw new Error('node_modules is missing in the repository root: run npm install (or use --install)')
  }
  // The root node_modules holds every production dependency (plus dev ones, unused at run time).
  symlinkSync(join(ROOT, 'node_modules'), target, 'dir')
  state.linkedNodeModules = true
  console.log(`  ${relative(ROOT, target)} → ../node_modules (symlink)`)
}

async function prepareDatabase(env) {
  const list = await run(process.execPath, ['ace', 'list'], { cwd: BUILD, env, capture: true, label: 'node ace list' })
  const commands = []
  if (/^\s*setup\s/m.test(list.stdout)) {
    const help = await run(process.execPath, ['ace', 'setup', '--help'], { cwd: BUILD, env, capture: true, label: 'node ace setup --help' })
    commands.push(/--force\b/.test(help.stdout) ? ['setup', '--force'] : ['setup'])
  } else {
    console.log('  (no `setup` command: migrating and seeding separately)')
    commands.push(['migration:run', '--force'], ['db:seed'])
  }
  // Seeders may report an error and still exit 0: keep those lines, they explain empty pages.
  const warnings = []
  for (const args of commands) {
    const label = `node ace ${args.join(' ')}`
    console.log(`  ${label}`)
    const { stdout, stderr } = await run(process.execPath, ['ace', ...args], { cwd: BUILD, env, tee: true, label })
    const lines = stripAnsi(stdout + '\n' + stderr).split('\n')
    lines.forEach((line, i) => {
      if (/^\s*(❯\s*)?error\b/i.test(line)) warnings.push(`${label}: ${line.replace(/^\s*❯\s*/, '').trim()} ${lines[i + 1]?.trim() ?? ''}`.trim())
    })
  }
  return warnings
}

async function startServer(env, baseUrl) {
  state.serverLog = createWriteStream(join(OUT, 'server.log'))
  const server = spawn(process.execPath, ['bin/server.js'], {
    cwd: BUILD,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: cleanup kills everything it may have started
  })
  state.server = server
  let exited = null
  server.on('exit', (code, signal) => {
    exited = { code, signal }
  })
  const onData = (chunk) => {
    state.serverLog?.write(chunk)
    for (const line of chunk.toString().split('\n')) {
      if (line.trim()) state.serverTail.push(line)
    }
    if (state.serverTail.length > 200) state.serverTail.splice(0, state.serverTail.length - 200)
  }
  server.stdout.on('data', onData)
  server.stderr.on('data', onData)

  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (exited) {
      const error = new Error(`the server exited during start-up (code ${exited.code ?? exited.signal})`)
      error.details = tail(40)
      throw error
    }
    try {
      const res = await fetch(`${baseUrl}/health/live`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) {
        console.log(`  /health/live → ${res.status}`)
        return
      }
    } catch {}
    await sleep(300)
  }
  const error = new Error(`${baseUrl}/health/live did not answer 2xx within 60 s`)
  error.details = tail(40)
  throw error
}

async function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  killGroup(server, 'SIGTERM')
  const timedOut = await Promise.race([exited.then(() => false), sleep(8000).then(() => true)])
  if (timedOut) {
    killGroup(server, 'SIGKILL')
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

async function checkPage(baseUrl, path) {
  const url = new URL(path, baseUrl).href
  const before = state.serverTail.length
  const check = { path, url, ok: false, status: null, ms: null, bytes: null, contentType: null, contentEncoding: null, problem: null }
  const t0 = performance.now()
  try {
    const res = await fetch(url, {
      headers: { 'accept': 'text/html', 'accept-encoding': 'br, gzip' },
      redirect: 'follow',
      signal: AbortSignal.timeout(30_000),
    })
    const body = await res.text()
    check.ms = Math.round(performance.now() - t0)
    check.status = res.status
    check.bytes = Buffer.byteLength(body)
    check.contentType = res.headers.get('content-type')
    check.contentEncoding = res.headers.get('content-encoding')
    check.finalUrl = res.url
    check.ogImage = await checkOgImage(body, url)
    if (!res.ok) {
      check.problem = `HTTP ${res.status}`
    } else if (!check.contentType?.includes('text/html')) {
      check.problem = `not HTML (${check.contentType})`
    } else {
      check.ok = true
    }
  } catch (error) {
    check.problem = `request failed: ${error?.cause?.message ?? error?.message ?? error}`
  }
  await sleep(100) // let the server flush its log lines for this request
  if (!check.ok) check.serverLines = state.serverTail.slice(Math.min(before, state.serverTail.length)).slice(-15)
  return check
}

/** The page's og:image (Lighthouse does not look at it): present, and does it load? */
async function checkOgImage(html, pageUrl) {
  const tag = html.match(/<meta\b[^>]*property=["']og:image["'][^>]*>/i)?.[0]
  const content = tag?.match(/content=["']([^"']*)["']/i)?.[1]
  if (!content) return { url: null, status: null, problem: 'no og:image meta tag' }
  const url = new URL(content.replaceAll('&amp;', '&'), pageUrl).href
  try {
    const res = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(10_000) })
    await res.arrayBuffer()
    const type = res.headers.get('content-type')
    const problem = !res.ok ? `HTTP ${res.status}` : !type?.startsWith('image/') ? `not an image (${type})` : null
    return { url, status: res.status, contentType: type, problem }
  } catch (error) {
    return { url, status: null, problem: `request failed: ${error?.cause?.message ?? error?.message ?? error}` }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Chrome                                                                                     */
/* ------------------------------------------------------------------------------------------ */

async function launchChrome() {
  if (state.stopping) throw new Error('interrupted')
  const { launch } = await import('chrome-launcher')
  const chrome = await launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false, // cleanup() owns shutdown
    logLevel: 'silent',
  })
  if (state.stopping) {
    // Interrupted while Chrome was starting: do not leave it behind.
    await chrome.kill()
    throw new Error('interrupted')
  }
  state.chrome = chrome
  console.log(`  Chromium ${chromePath} (pid ${state.chrome.pid}, port ${state.chrome.port})`)
}

async function relaunchChrome() {
  if (state.chrome) {
    try {
      await state.chrome.kill()
    } catch {}
    state.chrome = null
  }
  try {
    await launchChrome()
  } catch (error) {
    throw new Error(`could not restart Chromium: ${error?.message ?? error}`)
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Results                                                                                    */
/* ------------------------------------------------------------------------------------------ */

function emptyResult(check, formFactor, error) {
  return {
    page: check.path,
    formFactor,
    url: check.url,
    httpStatus: check.status,
    skipped: !check.ok,
    error,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, null])),
    metrics: null,
    meetsGoal: false,
    misses: [...CATEGORIES],
    failingAudits: {},
    uncompressed: [],
    report: null,
  }
}

function summarize(check, formFactor, lhr, reportFile) {
  const scores = {}
  for (const cat of CATEGORIES) {
    const score = lhr.categories[cat]?.score
    scores[cat] = typeof score === 'number' ? Math.round(score * 100) : null
  }
  const num = (id) => lhr.audits[id]?.numericValue ?? null
  const metrics = {
    fcpMs: round(num('first-contentful-paint')),
    lcpMs: round(num('largest-contentful-paint')),
    tbtMs: round(num('total-blocking-time')),
    cls: num('cumulative-layout-shift') === null ? null : Number(num('cumulative-layout-shift').toFixed(3)),
    speedIndexMs: round(num('speed-index')),
    totalBytes: round(num('total-byte-weight')),
  }
  const misses = CATEGORIES.filter((c) => scores[c] === null || scores[c] < GOALS[c])

  // For each category under goal: the weighted audits that did not fully pass, and (for
  // performance, whose audits besides the metrics have weight 0) the insights that flag savings.
  const failingAudits = {}
  for (const cat of misses) {
    const category = lhr.categories[cat]
    if (!category) continue
    const failing = []
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id]
      if (!audit || audit.score === null || audit.score >= 1) continue
      if (['notApplicable', 'manual', 'informative', 'error'].includes(audit.scoreDisplayMode)) continue
      const weighted = ref.weight > 0
      // Weight-0 performance audits in "metricSavings" mode are the opportunities (savings in ms/bytes).
      const hint = cat === 'performance' && !weighted && audit.scoreDisplayMode === 'metricSavings'
      if (!weighted && !hint) continue
      failing.push({
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue ?? null,
        kind: weighted ? 'weighted' : 'opportunity',
        items: failingItems(audit),
      })
    }
    failingAudits[cat] = failing
  }

  const runtimeError = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null
  return {
    page: check.path,
    formFactor,
    url: check.url,
    finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl ?? null,
    httpStatus: check.status,
    skipped: false,
    error: runtimeError,
    runWarnings: lhr.runWarnings ?? [],
    scores,
    metrics,
    meetsGoal: misses.length === 0,
    misses,
    failingAudits,
    uncompressed: uncompressedResponses(lhr),
    report: relative(ROOT, reportFile),
    environment: lhr.environment,
  }
}

/** A few offending elements / URLs / failed checks of an audit, so the output says where to look. */
function failingItems(audit) {
  const details = audit.details
  if (!details) return []
  if (details.type === 'checklist') {
    return Object.values(details.items ?? {}).filter((c) => c.value === false).map((c) => c.label)
  }
  const items = details.items
  if (!Array.isArray(items)) return []
  return items
    .slice(0, 5)
    .map((item) => {
      if (item.node?.snippet) return item.node.snippet.slice(0, 200)
      if (typeof item.issueType === 'string') {
        const urls = (item.subItems?.items ?? []).map((i) => i.url).filter(Boolean).slice(0, 2)
        return urls.length ? `${item.issueType}: ${urls.join(', ')}` : item.issueType
      }
      if (typeof item.description === 'string') {
        const where = item.sourceLocation?.url ? ` (${item.sourceLocation.url})` : ''
        return item.description.slice(0, 200) + where
      }
      if (typeof item.url === 'string') {
        return item.wastedBytes ? `${item.url} (${fmtBytes(Math.round(item.wastedBytes))} to save)` : item.url
      }
      if (typeof item.source?.url === 'string') return item.source.url
      return null
    })
    .filter(Boolean)
}

/**
 * Text responses that arrived without compression (transfer size ≥ decoded size). Lighthouse 13
 * only flags this for the document; the scripts and stylesheets matter as much on mobile.
 */
function uncompressedResponses(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? []
  const textual = new Set(['Document', 'Script', 'Stylesheet', 'Fetch', 'XHR', 'Manifest'])
  return items
    .filter((i) => textual.has(i.resourceType) && i.resourceSize > 1400 && i.transferSize >= i.resourceSize)
    .map((i) => ({ url: i.url, bytes: i.resourceSize }))
}

function printTable(results) {
  const header = ['page', 'form', 'perf', 'a11y', 'bp', 'seo', 'LCP', 'TBT', 'CLS', 'bytes', 'goal']
  const rows = results.map((r) => {
    const score = (cat) => {
      const s = r.scores?.[cat]
      if (s === null || s === undefined) return '–'
      return s >= GOALS[cat] ? String(s) : `${s}!`
    }
    let goal
    if (r.skipped) goal = r.error
    else if (r.error && r.scores && Object.values(r.scores).every((s) => s === null)) goal = `error: ${truncate(r.error, 60)}`
    else if (r.meetsGoal) goal = 'yes'
    else goal = `no (${r.misses.map((c) => SHORT[c]).join(', ')}${r.error ? `; ${truncate(r.error.split(':')[0], 30)}` : ''})`
    return [
      r.page,
      r.formFactor,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      r.metrics?.lcpMs != null ? `${(r.metrics.lcpMs / 1000).toFixed(2)} s` : '–',
      r.metrics?.tbtMs != null ? `${r.metrics.tbtMs} ms` : '–',
      r.metrics?.cls != null ? r.metrics.cls.toFixed(3) : '–',
      r.metrics?.totalBytes != null ? fmtBytes(r.metrics.totalBytes) : '–',
      goal,
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)))
  const line = (cells) => cells.map((c, i) => (i >= 2 && i <= 9 ? padStart(c, widths[i]) : pad(c, widths[i]))).join('  ')
  console.log('\n' + line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
  console.log(
    `\nGoals: performance ≥ ${GOALS.performance}, accessibility ≥ ${GOALS.accessibility}, best practices ≥ ${GOALS['best-practices']}, SEO ≥ ${GOALS.seo}` +
      '   (! = under goal; LCP/TBT/CLS as Lighthouse measured them, mobile = simulated slow 4G + 4× CPU)'
  )
}

function printFailingAudits(results) {
  // Grouped by category, then audit: one line per audit with the runs where it fails.
  const byCategory = new Map()
  for (const r of results) {
    for (const [cat, audits] of Object.entries(r.failingAudits ?? {})) {
      if (!byCategory.has(cat)) byCategory.set(cat, new Map())
      const group = byCategory.get(cat)
      for (const a of audits) {
        if (!group.has(a.id)) group.set(a.id, { ...a, runs: [] })
        group.get(a.id).runs.push(`${r.page} ${r.formFactor}${a.displayValue ? ` (${a.displayValue})` : ''}`)
      }
    }
  }
  if (byCategory.size === 0) {
    if (results.length && results.every((r) => r.meetsGoal)) console.log('\nEvery page meets every goal.')
    return
  }
  console.log('\nWhat to fix (audits that did not pass, in categories under goal):')
  for (const cat of CATEGORIES) {
    const group = byCategory.get(cat)
    if (!group || group.size === 0) continue
    console.log(`\n  ${cat} (goal ${GOALS[cat]})`)
    const audits = [...group.values()].sort((a, b) => (b.kind === 'weighted') - (a.kind === 'weighted') || b.weight - a.weight)
    for (const a of audits) {
      const tag = a.kind === 'weighted' ? `weight ${a.weight}` : 'opportunity, weight 0'
      console.log(`    - ${a.title}  [${a.id}, ${tag}]`)
      console.log(`        ${a.runs.join('; ')}`)
      for (const item of a.items.slice(0, 2)) console.log(`        e.g. ${truncate(item.replace(/\s+/g, ' '), 110)}`)
    }
  }
}

function printUncompressed(results) {
  const byUrl = new Map()
  for (const r of results) for (const u of r.uncompressed ?? []) byUrl.set(new URL(u.url).pathname, u.bytes)
  if (byUrl.size === 0) return
  const total = [...byUrl.values()].reduce((a, b) => a + b, 0)
  const list = [...byUrl.entries()].sort((a, b) => b[1] - a[1])
  console.log(`\nText responses served without compression (gzip/br): ${byUrl.size}, ${fmtBytes(total)} in all`)
  for (const [path, bytes] of list.slice(0, 8)) console.log(`    ${pad(fmtBytes(bytes), 10)} ${path}`)
  if (list.length > 8) console.log(`    … and ${list.length - 8} more`)
}

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/**
 * Runs a command. stdio is inherited, unless `capture` (output returned, not shown) or `tee`
 * (output shown and returned).
 */
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
      const error = new Error(`\`${label}\` failed (exit ${code ?? signal}) in ${relative(ROOT, cwd) || '.'}${capture ? '' : ' — see its output above'}`)
      if (capture) error.details = (stderr || stdout).trim().split('\n').slice(-30).join('\n')
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

function withTimeout(promise, ms, message) {
  let timer
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms)
    }),
  ])
}

function step(message) {
  console.log(`\n▶ ${message}`)
}

function tail(n) {
  return state.serverTail.slice(-n).map((l) => `  server: ${l}`).join('\n')
}

function fatal(message) {
  console.error(`[bench] ${message}`)
  process.exit(1)
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
function round(n) {
  return n === null || n === undefined ? null : Math.round(n)
}
function pad(s, n) {
  return String(s).padEnd(n)
}
function padStart(s, n) {
  return String(s).padStart(n)
}
function truncate(s, n) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s
}
function slug(path) {
  return path === '/' ? 'home' : path.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-')
}

function stripAnsi(text) {
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
}

function fmtBytes(n) {
  if (n === null || n === undefined) return '–'
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${(n / 1024 / 1024).toFixed(2)} MiB`
}

function readUsage() {
  return `Usage: node bench/pages/run.mjs [options]   (npm run bench:pages -- [options])

  --no-build              reuse build/ instead of running \`node ace build\`
  --ignore-ts-errors      pass --ignore-ts-errors to \`node ace build\` (build despite tsc errors)
  --install               \`npm ci --omit=dev\` in build/ instead of symlinking the root node_modules
  --port N                first port to try for the server (default 3390, env BENCH_PORT)
  --pages /,/pricing      pages to audit (default /,/pricing,/blog)
  --form-factors LIST     mobile,desktop (default both)

Env: CHROME_PATH (default /usr/lib/chromium/chromium).
Writes tmp/bench/pages.json, tmp/bench/lighthouse/*.html, tmp/bench/server.log.`
}
