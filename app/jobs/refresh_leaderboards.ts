import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { refreshSnapshots } from '#actions/leaderboards/refresh_snapshots'

/**
 * The scheduled recompute of every board's top (start/schedules.ts).
 * Idempotent: a second run in a row changes nothing.
 */
export default class RefreshLeaderboards extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'refresh_leaderboards', queue: 'default', maxRetries: 1 }

  async execute() {
    await refreshSnapshots()
  }
}
