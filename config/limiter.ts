import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'
import { redisEnabled } from '#config/redis'

/**
 * Redis when configured (shared by every process), otherwise the database,
 * which survives restarts and works for one container.
 */
const defaultStore = env.get('LIMITER_STORE') ?? (redisEnabled ? 'redis' : 'database')

const limiterConfig = defineConfig({
  default: defaultStore,
  stores: {
    redis: stores.redis({ connectionName: 'main', rejectIfRedisNotReady: false }),
    database: stores.database({ tableName: 'rate_limits' }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
