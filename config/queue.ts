/*
|--------------------------------------------------------------------------
| Queue
|--------------------------------------------------------------------------
|
| Embedded default: jobs in the database, run by a worker inside the web
| process. Scaled out (QUEUE_DRIVER=redis, or REDIS_HOST set): jobs in Redis,
| run by `node ace queue:work` processes. QUEUE_WORKER_IN_WEB decides whether
| the web process works the queue too (default: only with the database).
|
*/

import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, drivers } from '@adonisjs/queue'
import { redisEnabled } from '#config/redis'

export const queueDriver = env.get('QUEUE_DRIVER') ?? (redisEnabled ? 'redis' : 'database')

/** The test runner works the queue itself (tests/bootstrap.ts), whatever the driver. */
const concurrency = env.get('QUEUE_CONCURRENCY')
if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
  throw new Error(`QUEUE_CONCURRENCY must be a whole number of at least 1 (got ${concurrency})`)
}

export const workQueueInWebProcess = env.get('QUEUE_WORKER_IN_WEB') ?? queueDriver === 'database'

const queueConfig = defineConfig({
  default: queueDriver,
  adapters: {
    redis: drivers.redis({ connectionName: 'main' }),
    database: drivers.database(),
    sync: drivers.sync(),
  },
  worker: {
    // Jobs at once per worker. The database queue on SQLite has one
    // connection, which each job's transaction holds: running several only
    // queues them up in front of the web requests' queries.
    concurrency: concurrency ?? (queueDriver === 'database' && env.get('DB_CONNECTION') === 'sqlite' ? 1 : 4),
    // How long an idle worker waits before polling again: a job dispatched
    // meanwhile waits at most this long (Redis wakes workers sooner).
    idleDelay: app.inTest ? '20ms' : '100ms',
  },
  locations: ['./app/jobs/**/*.{ts,js}'],
})

export default queueConfig
