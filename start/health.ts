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

export const healthChecks = new HealthChecks().register([
  new MemoryHeapCheck().warnWhenExceeds('400 mb').failWhenExceeds('800 mb'),
  new DbCheck(db.connection()),
  ...(redisEnabled ? [new RedisCheck(redis.connection())] : []),
])
