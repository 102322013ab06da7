import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import transmit from '@adonisjs/transmit/services/main'
import { awardMatchProgress } from '#actions/coop/award_match_progress'

type AwardMatchProgressPayload = { matchId: string; userId: number }

/**
 * A co-op player's XP for one match, then the live push to them. Safe to
 * run twice: the second run finds the player awarded and does nothing.
 */
export default class AwardMatchProgress extends Job<AwardMatchProgressPayload> {
  static options: JobOptions = { name: 'award_match_progress', queue: 'default', maxRetries: 3 }

  async execute() {
    const update = await awardMatchProgress(this.payload.matchId, this.payload.userId)
    if (!update) return
    const { userId, ...progress } = update
    transmit.broadcast(`users/${userId}`, { type: 'progress.updated', ...progress, source: 'coop', matchId: this.payload.matchId })
  }
}
