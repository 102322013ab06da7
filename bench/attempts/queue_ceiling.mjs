#!/usr/bin/env node
/**
 * The database queue's own ceiling in one process: how many award jobs per second
 * `@adonisjs/queue` (database adapter, the app's in-process worker) can dispatch and then
 * run when the job itself has nothing to do (its attempt does not exist: one SELECT in a
 * transaction). Every solo attempt dispatches one such job, so no attempt rate above this
 * can be sustained in one process, whatever the endpoint does.
 *
 *   node bench/attempts/queue_ceiling.mjs --app <build dir> [--jobs 5000]
 *
 * Boots the app like bin/console.js; run by bench/attempts/run.mjs against its database,
 * after the server has stopped. Prints one JSON line last.
 */

import { parseArgs } from 'node:util'
import { bootApp } from './boot_app.mjs'
import { setTimeout as sleep } from 'node:timers/promises'

const { values: opts } = parseArgs({ options: { app: { type: 'string' }, jobs: { type: 'string', default: '5000' } } })
if (!opts.app) {
  console.error('usage: queue_ceiling.mjs --app <build dir> [--jobs N]')
  process.exit(2)
}
const jobs = Number(opts.jobs)
const { app, inBuild } = await bootApp(opts.app)

try {
  const { default: AwardProgress } = await import(inBuild('app/jobs/award_progress.js'))
  const { startQueueWorker, stopQueueWorker } = await import(inBuild('app/services/queue_worker.js'))
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const pending = async () => Number((await db.from('queue_jobs').count('* as n'))[0].n)
  if ((await pending()) !== 0) throw new Error('the queue is not empty')

  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  // Ids past any real attempt: the job finds nothing and stops after its first query.
  for (let i = 0; i < jobs; i++) await AwardProgress.dispatch({ attemptId: 900_000_000 + i })
  const t1 = performance.now()
  const cpu1 = process.cpuUsage(cpu0)

  await startQueueWorker(app)
  const deadline = Date.now() + 120_000
  while ((await pending()) > 0) {
    if (Date.now() > deadline) throw new Error(`${await pending()} jobs still queued after 120 s`)
    await sleep(20)
  }
  const t2 = performance.now()
  const cpu2 = process.cpuUsage(cpu0)
  await stopQueueWorker()

  const cpuMs = (usage) => (usage.user + usage.system) / 1000
  const result = {
    jobs,
    dispatchPerSecond: Math.round(jobs / ((t1 - t0) / 1000)),
    workPerSecond: Math.round(jobs / ((t2 - t1) / 1000)),
    dispatchCpuMsPerJob: Number((cpuMs(cpu1) / jobs).toFixed(3)),
    workCpuMsPerJob: Number(((cpuMs(cpu2) - cpuMs(cpu1)) / jobs).toFixed(3)),
  }
  result.ceilingPerSecond = Math.round(1000 / (result.dispatchCpuMsPerJob + result.workCpuMsPerJob))
  console.log(
    `  ${jobs} empty award jobs: dispatched at ${result.dispatchPerSecond}/s (${result.dispatchCpuMsPerJob} ms CPU each), ` +
      `worked at ${result.workPerSecond}/s (${result.workCpuMsPerJob} ms CPU each): at most ≈ ${result.ceilingPerSecond} attempts/s on one core`
  )
  console.log(JSON.stringify(result))
} finally {
  await app.terminate()
}
