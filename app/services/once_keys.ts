import redis from '@adonisjs/redis/services/main'
import { coopConfig } from '#config/coop'

/**
 * Keys that may be used once within a time window: a co-op ticket, a
 * webhook's signature. In this process's memory on the embedded default,
 * in Redis when processes share a room directory (so a ticket used on one
 * process is used on all).
 */
export interface OnceKeys {
  /** True the first time `key` is claimed within `seconds`; false after. */
  claim(key: string, seconds: number): Promise<boolean>
}

export class MemoryOnceKeys implements OnceKeys {
  #expiries = new Map<string, number>()

  async claim(key: string, seconds: number) {
    const now = Date.now()
    this.#sweep(now)
    const until = this.#expiries.get(key)
    if (until !== undefined && until > now) return false
    this.#expiries.set(key, now + seconds * 1000)
    return true
  }

  /** Old keys go as new ones come: the map never holds more than a window's worth. */
  #sweep(now: number) {
    if (this.#expiries.size < 1024) return
    for (const [key, until] of this.#expiries) if (until <= now) this.#expiries.delete(key)
  }
}

export class RedisOnceKeys implements OnceKeys {
  async claim(key: string, seconds: number) {
    const reply = await redis.connection().set(`once:${key}`, '1', 'EX', Math.max(1, Math.ceil(seconds)), 'NX')
    return reply === 'OK'
  }
}

const onceKeys: OnceKeys = coopConfig.directory === 'redis' ? new RedisOnceKeys() : new MemoryOnceKeys()
export default onceKeys
