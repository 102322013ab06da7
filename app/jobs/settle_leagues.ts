import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { settleLeagues } from '#actions/leagues/settle_leagues'

/**
 * The scheduled league settlement (start/schedules.ts): cohorts end at
 * different times, one time-zone bucket after another. Idempotent.
 */
export default class SettleLeagues extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'settle_leagues', queue: 'default', maxRetries: 1 }

  async execute() {
    await settleLeagues()
  }
}
