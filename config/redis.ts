import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'

/**
 * Redis is optional: it is connected to only when REDIS_HOST is set
 * (see `redisEnabled`), by the limiter store and the readiness check.
 */
export const redisEnabled = Boolean(env.get('REDIS_HOST'))

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: env.get('REDIS_HOST', '127.0.0.1'),
      port: env.get('REDIS_PORT', 6379),
      password: env.get('REDIS_PASSWORD', ''),
      db: 0,
      keyPrefix: 'parley:',
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
