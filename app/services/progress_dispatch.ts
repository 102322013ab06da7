import type Attempt from '#models/attempt'
import AwardProgress from '#jobs/award_progress'
import { backlogBelowLimit, jobDispatched } from '#services/queue_worker'

/**
 * After an attempt is stored: its awards are worked out off the request
 * path. No dedup key: the job itself does nothing for an attempt already
 * awarded, and a dedup costs a transaction per attempt (and keys that never
 * expire on Redis). With the worker in this process, a request waits while
 * the queue is over its limit (backpressure: see backlogBelowLimit).
 */
export async function attemptRecorded(attempt: Attempt) {
  const { jobId } = await AwardProgress.dispatch({ attemptId: attempt.id })
  jobDispatched(jobId)
  await backlogBelowLimit()
}
