import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import transmit from '@adonisjs/transmit/services/main'
import { awardProgress } from '#actions/progress/award_progress'

type AwardProgressPayload = { attemptId: number }

/**
 * XP, level, streak and badges for one attempt, then the live push to the
 * player. Safe to run twice: the second run finds the attempt awarded and
 * does nothing.
 */
export default class AwardProgress extends Job<AwardProgressPayload> {
  static options: JobOptions = { name: 'award_progress', queue: 'default', maxRetries: 3 }

  async execute() {
    const update = await awardProgress(this.payload.attemptId)
    if (!update) return
    const { userId, ...progress } = update
    transmit.broadcast(`users/${userId}`, { type: 'progress.updated', ...progress })
  }
}
