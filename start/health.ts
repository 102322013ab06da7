/*
|--------------------------------------------------------------------------
| Readiness checks (GET /health/ready)
|--------------------------------------------------------------------------
*/

import { HealthChecks, MemoryHeapCheck } from '@adonisjs/core/health'
import { DbCheck } from '@adonisjs/lucid/database'
import { RedisCheck } from '@adonisjs/redis'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import { redisEnabled } from '#config/redis'
import env from '#start/env'

// Heap in use includes garbage not yet collected, so the thresholds leave room for it; a process
// that holds more (the test runner, with the TypeScript compiler and Vite loaded) raises them.
const heapWarnMb = env.get('HEALTH_HEAP_WARN_MB', 400)
const heapFailMb = env.get('HEALTH_HEAP_FAIL_MB', 800)

export const healthChecks = new HealthChecks().register([
  new MemoryHeapCheck().warnWhenExceeds(`${heapWarnMb} mb`).failWhenExceeds(`${heapFailMb} mb`),
  new DbCheck(db.connection()),
  ...(redisEnabled ? [new RedisCheck(redis.connection())] : []),
])
