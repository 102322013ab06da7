import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/redis'

/**
 * Redis is optional: it is connected to only when REDIS_HOST is set
 * (see `redisEnabled`), by the limiter store, the queue, Transmit, the leaderboard index and
 * the readiness check.
 */
export const redisEnabled = Boolean(env.get('REDIS_HOST'))

/** Leaderboard ranks from Redis sorted sets (LEADERBOARD_STORE=redis|sql; Redis when it is there). */
export const leaderboardsInRedis = (env.get('LEADERBOARD_STORE') ?? (redisEnabled ? 'redis' : 'sql')) === 'redis'

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: env.get('REDIS_HOST', '127.0.0.1'),
      port: env.get('REDIS_PORT', 6379),
      password: env.get('REDIS_PASSWORD', ''),
      db: env.get('REDIS_DB', 0),
      // Tests get their own keys: a dev server's queue worker must never take a test's jobs.
      keyPrefix: app.inTest ? 'parley-test:' : 'parley:',
      lazyConnect: true,
      retryStrategy(times) {
        return times > 10 ? null : times * 50
      },
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
