import { leaderboardsInRedis } from '#config/redis'
import { SqlLeaderboardStore, type LeaderboardStore } from '#queries/leaderboard'
import { RedisLeaderboardStore } from '#queries/redis_leaderboard_store'

const redisIndex = leaderboardsInRedis ? new RedisLeaderboardStore() : null
const sqlStore = new SqlLeaderboardStore()

/** Where ranks are read from: Redis sorted sets when Redis is configured, the database otherwise. */
export function leaderboardStore(): LeaderboardStore {
  return redisIndex ?? sqlStore
}

/** The Redis index to keep in step with `leaderboard_scores`, when there is one. */
export function leaderboardIndex(): RedisLeaderboardStore | null {
  return redisIndex
}
