/*
|--------------------------------------------------------------------------
| Live pushes (Server-Sent Events)
|--------------------------------------------------------------------------
|
| In memory on the embedded default (the worker runs in the web process, so
| its pushes reach the same clients). With Redis, every process shares the
| broadcasts: a job run by `queue:work` reaches browsers connected to any
| web process.
|
*/

import env from '#start/env'
import { defineConfig } from '@adonisjs/transmit'
// Not '@adonisjs/transmit/transports': that barrel also loads the MQTT transport.
import { redis } from '@adonisjs/transmit/transports/redis'
import { redisEnabled } from '#config/redis'
import { queueDriver } from '#config/queue'

const useRedis = redisEnabled || queueDriver === 'redis'

export default defineConfig({
  pingInterval: '30s',
  transport: useRedis
    ? {
        driver: redis({
          host: env.get('REDIS_HOST', '127.0.0.1'),
          port: env.get('REDIS_PORT', 6379),
          password: env.get('REDIS_PASSWORD'),
        }),
      }
    : null,
})
