import type Attempt from '#models/attempt'
import AwardProgress from '#jobs/award_progress'

/**
 * After an attempt is stored: its awards are worked out off the request
 * path. No dedup key: the job itself does nothing for an attempt already
 * awarded, and a dedup costs a transaction per attempt (and keys that never
 * expire on Redis).
 */
export async function attemptRecorded(attempt: Attempt) {
  await AwardProgress.dispatch({ attemptId: attempt.id })
}
