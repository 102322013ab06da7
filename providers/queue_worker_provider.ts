import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Works the queue inside the web process on the embedded default (no other
 * process exists there). Started in `ready`, so `node ace` commands never
 * run jobs, and drained on shutdown.
 */
export default class QueueWorkerProvider {
  constructor(protected app: ApplicationService) {}

  async ready() {
    const { workQueueInWebProcess } = await import('#config/queue')
    if (!workQueueInWebProcess) return
    const { startQueueWorker } = await import('#services/queue_worker')
    await startQueueWorker(this.app)
  }

  async shutdown() {
    const { stopQueueWorker } = await import('#services/queue_worker')
    await stopQueueWorker()
  }
}
