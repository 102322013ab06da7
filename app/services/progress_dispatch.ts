import type Attempt from '#models/attempt'
import AwardProgress from '#jobs/award_progress'

/**
 * After an attempt is stored: its awards are worked out off the request
 * path. Deduplicated by attempt, so a retried request queues one job.
 */
export async function attemptRecorded(attempt: Attempt) {
  await AwardProgress.dispatchFor(attempt.id)
}
