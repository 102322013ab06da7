import { setImmediate } from 'node:timers/promises'
import type { ApplicationService } from '@adonisjs/core/types'
import { configProvider } from '@adonisjs/core'
import type { Worker } from '@adonisjs/queue'
import type { AdapterFactory, QueueConfig } from '@adonisjs/queue/types'

let worker: Worker | undefined
let running: Promise<void> | undefined

/**
 * Starts working the queue in this process (the package only ships the
 * `queue:work` command). The web process calls it when it is ready; the
 * test runner after its migrations, so the worker never polls tables that
 * do not exist yet.
 */
export async function startQueueWorker(app: ApplicationService) {
  const config = app.config.get<QueueConfig>('queue')
  if (worker || config.default === 'sync') return

  const { Worker } = await import('@adonisjs/queue')
  await app.container.make('queue.manager')
  // The Worker re-initialises the queue manager from its config: hand it the resolved adapters.
  const adapters: Record<string, AdapterFactory> = {}
  for (const [name, adapter] of Object.entries(config.adapters)) {
    const resolved = typeof adapter === 'function' ? adapter : await configProvider.resolve<AdapterFactory>(app, adapter)
    if (resolved) adapters[name] = resolved
  }
  const logger = await app.container.make('logger')
  worker = new Worker({
    ...config,
    adapters,
    autoLoadJobs: false,
    logger: config.logger ?? logger,
    jobFactory: async (JobClass) => inSlices(await (config.jobFactory ?? ((Job) => app.container.make(Job)))(JobClass)),
    // stopQueueWorker() stops it; the worker must not install its own signal handlers.
    worker: { ...config.worker, gracefulShutdown: false },
  })
  backpressure = config.default === 'database' && app.config.get<string>('database.connection') === 'sqlite'
  running = worker.start(['default']).catch((error) => logger.error({ err: error }, 'queue worker stopped with an error'))
}

/**
 * better-sqlite3 answers synchronously, so knex's promises resolve at once
 * and a backlog of jobs runs back to back as one chain of microtasks: no
 * HTTP request could be read meanwhile (stalls of 100–400 ms were measured
 * under load). Jobs run in slices of at most SLICE_MS; then the event loop
 * turns once. Yielding before every job instead starved the queue under
 * load (25 awards/s against 790 attempts/s).
 */
const SLICE_MS = 8
let slice: { startedAt: number } | null = null

async function takeTurn() {
  if (slice && performance.now() - slice.startedAt >= SLICE_MS) await setImmediate()
  if (!slice) {
    const current = { startedAt: performance.now() }
    slice = current
    // The slice ends when the event loop comes round, whoever made it turn.
    globalThis.setImmediate(() => {
      if (slice === current) slice = null
    })
  }
}

type RunnableJob = { execute: (...args: any[]) => Promise<unknown>; context?: { jobId: string } }

function inSlices<T extends RunnableJob>(job: T): T {
  const execute = job.execute.bind(job)
  job.execute = async (...args: any[]) => {
    await takeTurn()
    const result = await execute(...args)
    // A failed run may be retried: it stays pending until it succeeds or ages out.
    if (job.context) jobDone(job.context.jobId)
    return result
  }
  return job
}

/**
 * Jobs dispatched from this process and not yet run by its worker, by id.
 * An id ages out after PENDING_TTL_MS, so jobs that another process ran, or
 * that failed for good, are forgotten.
 */
const PENDING_TTL_MS = 30_000
const pending = new Map<string, number>()

/**
 * Backpressure, on the embedded default only (database queue on SQLite,
 * worked by this one process). The worker shares the event loop and the one
 * connection with the requests that dispatch its jobs: under a sustained
 * overload requests would win every turn and the queue would grow without
 * bound (XP minutes late). So while BACKLOG_LIMIT jobs are pending, a request
 * that dispatched one more waits for the queue to go down before it answers:
 * attempts slow to the rate their awards are made at. Never longer than
 * BACKLOG_WAIT_MS (a stuck worker must not stop the game).
 */
const BACKLOG_LIMIT = 64
const BACKLOG_WAIT_MS = 2_000
let backpressure = false
const waiting: Array<() => void> = []

function pendingCount() {
  const expired = Date.now() - PENDING_TTL_MS
  for (const [id, dispatchedAt] of pending) {
    if (dispatchedAt > expired) break
    pending.delete(id)
  }
  return pending.size
}

export function jobDispatched(jobId: string) {
  if (worker) pending.set(jobId, Date.now())
}

function jobDone(jobId: string) {
  pending.delete(jobId)
  if (waiting.length > 0 && pendingCount() < BACKLOG_LIMIT) {
    for (const release of waiting.splice(0)) release()
  }
}

export async function backlogBelowLimit() {
  if (!worker || !backpressure || pendingCount() < BACKLOG_LIMIT) return
  await new Promise<void>((resolve) => {
    const release = () => {
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(() => {
      const index = waiting.indexOf(release)
      if (index >= 0) waiting.splice(index, 1)
      resolve()
    }, BACKLOG_WAIT_MS)
    waiting.push(release)
  })
}

/**
 * Resolves once every job dispatched from this process has run. Tests wait
 * on it before they empty tables (a running job holds row locks) or Redis
 * (the limiter's clear() flushes queued jobs too).
 */
export async function jobsSettled(timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (pendingCount() > 0) {
    if (Date.now() > deadline) throw new Error(`${pending.size} queued job(s) still waiting after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Lets running jobs finish, then stops polling. */
export async function stopQueueWorker() {
  const stopping = worker
  worker = undefined
  pending.clear()
  for (const release of waiting.splice(0)) release()
  await stopping?.stop()
  await running
}
