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
    jobFactory: config.jobFactory ?? ((JobClass) => app.container.make(JobClass)),
    // stopQueueWorker() stops it; the worker must not install its own signal handlers.
    worker: { ...config.worker, gracefulShutdown: false },
  })
  running = worker.start(['default']).catch((error) => logger.error({ err: error }, 'queue worker stopped with an error'))
}

/** Lets running jobs finish, then stops polling. */
export async function stopQueueWorker() {
  const stopping = worker
  worker = undefined
  await stopping?.stop()
  await running
}
