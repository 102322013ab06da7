import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import redis from '@adonisjs/redis/services/main'
import {
  claimSeat,
  unclaimSeat,
  mayBeOpen,
  reserveSeat,
  type MatchKey,
  type NodeCheck,
  type Player,
  type Reservation,
  type RoomDirectory,
  type RoomRecord,
  RECORD_SECONDS,
} from '#realtime/room_directory'

const LOCK_MS = 2000

/** Deletes the lock only if it is still ours (it may have expired and been taken). */
const UNLOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`

const roomKey = (code: string) => `coop:room:${code}`
const lockKey = (code: string) => `coop:lock:${code}`
const openKey = ({ game, level, band }: MatchKey) => `coop:open:${game}:${level}:${band}`
const nodeKey = (node: string) => `coop:node:${node}`

/**
 * The directory shared by several web processes. Each change to a room is
 * read, decided by the same rules as the memory directory
 * (`reserveSeat`, `claimSeat`) and written back under a short per-room
 * lock, so two processes never hand out the same seat.
 */
export class RedisRoomDirectory implements RoomDirectory {
  #scriptsDefined = false

  #connection() {
    const connection = redis.connection()
    if (!this.#scriptsDefined) {
      connection.defineCommand('coopUnlock', { numberOfKeys: 1, lua: UNLOCK })
      this.#scriptsDefined = true
    }
    return connection
  }

  async #read(code: string): Promise<RoomRecord | null> {
    const text = await this.#connection().get(roomKey(code))
    return text ? (JSON.parse(text) as RoomRecord) : null
  }

  async #write(record: RoomRecord, now: number) {
    const connection = this.#connection()
    const open = openKey(record)
    const pipeline = connection.multi().set(roomKey(record.code), JSON.stringify(record), 'EX', RECORD_SECONDS)
    if (mayBeOpen(record, now)) pipeline.zadd(open, record.createdAt, record.code)
    else pipeline.zrem(open, record.code)
    await pipeline.exec()
  }

  /** Runs `change` on the room's record with the room locked; it returns the record to store, or nothing. */
  async #change<T>(code: string, change: (record: RoomRecord | null) => { record?: RoomRecord; remove?: boolean; result: T }): Promise<T> {
    const connection = this.#connection()
    const token = randomUUID()
    for (let attempt = 0; ; attempt++) {
      if ((await connection.set(lockKey(code), token, 'PX', LOCK_MS, 'NX')) === 'OK') break
      if (attempt >= 100) throw new Error(`room ${code} stayed locked`)
      await sleep(5 + attempt)
    }
    try {
      const current = await this.#read(code)
      const { record, remove, result } = change(current)
      if (remove) {
        const pipeline = connection.multi().del(roomKey(code))
        if (current) pipeline.zrem(openKey(current), code)
        await pipeline.exec()
      } else if (record) {
        await this.#write(record, Date.now())
      }
      return result
    } finally {
      await connection.runCommand('coopUnlock', lockKey(code), token)
    }
  }

  async create(record: RoomRecord) {
    const created = await this.#connection().set(roomKey(record.code), JSON.stringify(record), 'EX', RECORD_SECONDS, 'NX')
    if (created !== 'OK') throw new Error(`room ${record.code} exists`)
    if (mayBeOpen(record, Date.now())) await this.#connection().zadd(openKey(record), record.createdAt, record.code)
  }

  get(code: string) {
    return this.#read(code)
  }

  reserve(code: string, player: Player, now: number, holdMs: number): Promise<Reservation> {
    return this.#change<Reservation>(code, (current) => {
      const reserved = reserveSeat(current, player, now, holdMs)
      if ('status' in reserved) return { result: reserved }
      return { record: reserved.record, result: { status: 'ok', seat: reserved.seat } }
    })
  }

  async quickMatch(key: MatchKey, player: Player, now: number, holdMs: number, reachable: NodeCheck) {
    const connection = this.#connection()
    const codes = await connection.zrange(openKey(key), 0, 19)
    for (const code of codes) {
      // A process that stopped without ending its rooms left them listed: nobody could ever play there.
      const record = await this.#read(code)
      const reserved = record && (await reachable(record.node)) ? await this.reserve(code, player, now, holdMs) : { status: 'gone' as const }
      if (reserved.status === 'ok') return { code, seat: reserved.seat }
      // Started, gone, orphaned, or full for good: it should not be listed any more.
      if (reserved.status !== 'full' || !record || !mayBeOpen(record, now)) await connection.zrem(openKey(key), code)
    }
    return null
  }

  claim(code: string, userId: number, now: number) {
    return this.#change(code, (current) => {
      const claimed = claimSeat(current, userId, now)
      return claimed ? { record: claimed.record, result: claimed.seat } : { result: null }
    })
  }

  unclaim(code: string, userId: number, until: number) {
    return this.#change(code, (current) => ({ record: unclaimSeat(current, userId, until) ?? undefined, result: undefined }))
  }

  release(code: string, userId: number) {
    return this.#change(code, (current) => ({
      record: current ? { ...current, seats: current.seats.filter((seat) => seat.userId !== userId) } : undefined,
      result: undefined,
    }))
  }

  setPhase(code: string, phase: RoomRecord['phase']) {
    return this.#change(code, (current) => ({ record: current ? { ...current, phase } : undefined, result: undefined }))
  }

  /** Under the lock too: a change in flight must not write the record back after it is gone. */
  remove(code: string) {
    return this.#change(code, () => ({ remove: true, result: undefined }))
  }

  async registerNode(node: string, url: string | null, ttlSeconds: number) {
    await this.#connection().set(nodeKey(node), JSON.stringify({ url }), 'EX', ttlSeconds)
  }

  async nodeUrl(node: string) {
    const text = await this.#connection().get(nodeKey(node))
    return text ? ((JSON.parse(text) as { url: string | null }).url ?? null) : null
  }

  async isNodeAlive(node: string) {
    return (await this.#connection().exists(nodeKey(node))) === 1
  }
}
