import { randomInt } from 'node:crypto'

/** A seat in the directory: held by a reservation until its player connects (`reservedUntil` null). */
export type SeatRecord = { seat: number; userId: number; name: string; reservedUntil: number | null }

export type RoomKind = 'invite' | 'quick'

/**
 * A room as every process can see it: which process runs it, what it plays,
 * and who holds its seats. The room itself (the match) lives only in the
 * process named by `node`.
 */
export type RoomRecord = {
  code: string
  game: string
  level: number
  kind: RoomKind
  /** Quick match pairs players of the same band (from their player level). */
  band: number
  node: string
  hostUserId: number
  phase: 'lobby' | 'playing' | 'ended'
  minPlayers: number
  maxPlayers: number
  createdAt: number
  seats: SeatRecord[]
}

export type Player = { userId: number; name: string }

export type Reservation = { status: 'ok'; seat: number } | { status: 'full' | 'started' | 'gone' }

export type MatchKey = { game: string; level: number; band: number }

/** Whether a process still runs (and can seat a player in its rooms). */
export type NodeCheck = (node: string) => Promise<boolean>

/**
 * Where rooms are found: by invite code, or for quick match by game, level
 * and band. Seats are reserved here when a ticket is issued, so two players
 * can never be promised the last seat; a reservation not taken up within
 * the ticket's life lapses.
 */
export interface RoomDirectory {
  create(record: RoomRecord): Promise<void>
  get(code: string): Promise<RoomRecord | null>
  /** A seat for the player in this room (their own if they hold one already). */
  reserve(code: string, player: Player, now: number, holdMs: number): Promise<Reservation>
  /**
   * A seat in the oldest open quick-match room for the key whose process
   * `reachable` says runs, or null when none has room.
   */
  quickMatch(key: MatchKey, player: Player, now: number, holdMs: number, reachable: NodeCheck): Promise<{ code: string; seat: number } | null>
  /** The player connected: their reservation becomes their seat. Null when they hold none. */
  claim(code: string, userId: number, now: number): Promise<number | null>
  /** The player's socket went before the room seated it: their seat is a reservation again, lapsing at `until`. */
  unclaim(code: string, userId: number, until: number): Promise<void>
  /** The player left (or their reservation lapsed): the seat is free again in the lobby. */
  release(code: string, userId: number): Promise<void>
  setPhase(code: string, phase: RoomRecord['phase']): Promise<void>
  remove(code: string): Promise<void>
  /** This process is alive and reachable at `url`. */
  registerNode(node: string, url: string | null, ttlSeconds: number): Promise<void>
  nodeUrl(node: string): Promise<string | null>
  isNodeAlive(node: string): Promise<boolean>
}

/** A room's record outlives any match by far; a record nobody wrote to for this long is dropped. */
export const RECORD_SECONDS = 6 * 60 * 60

/** Letters and digits nobody misreads (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** An invite code: six characters, about 887 million of them. */
export function newRoomCode() {
  let code = ''
  for (let index = 0; index < 6; index++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** Seats that count: taken, or reserved and not lapsed. */
export function liveSeats(record: RoomRecord, now: number) {
  return record.seats.filter((seat) => seat.reservedUntil === null || seat.reservedUntil > now)
}

/**
 * The reservation rule, in one place for every directory: a player who
 * holds a seat keeps it (a second tab, a reload); otherwise the lowest free
 * seat, while the room is in its lobby and not full. Returns the record to
 * store, or the refusal.
 *
 * @example
 * reserveSeat(lobbyWithSeats0And2, { userId: 9, name: 'Ann' }, now, 60_000)
 * // → { record: …seats 0, 1 (Ann, reserved for a minute), 2…, seat: 1 }
 */
export function reserveSeat(record: RoomRecord | null, player: Player, now: number, holdMs: number): { record: RoomRecord; seat: number } | { status: 'full' | 'started' | 'gone' } {
  if (!record || record.phase === 'ended') return { status: 'gone' }
  const seats = liveSeats(record, now)
  const own = seats.find((seat) => seat.userId === player.userId)
  if (own) {
    const renewed = own.reservedUntil === null ? own : { ...own, reservedUntil: now + holdMs }
    return { record: { ...record, seats: seats.map((seat) => (seat === own ? renewed : seat)) }, seat: own.seat }
  }
  if (record.phase !== 'lobby') return { status: 'started' }
  if (seats.length >= record.maxPlayers) return { status: 'full' }
  const taken = new Set(seats.map((seat) => seat.seat))
  let number = 0
  while (taken.has(number)) number++
  const seat: SeatRecord = { seat: number, userId: player.userId, name: player.name, reservedUntil: now + holdMs }
  return { record: { ...record, seats: [...seats, seat].sort((a, b) => a.seat - b.seat) }, seat: number }
}

/** The player's reservation turned into a seat, or null when they hold none. */
export function claimSeat(record: RoomRecord | null, userId: number, now: number): { record: RoomRecord; seat: number } | null {
  if (!record) return null
  const seats = liveSeats(record, now)
  const own = seats.find((seat) => seat.userId === userId)
  if (!own) return null
  return { record: { ...record, seats: seats.map((seat) => (seat === own ? { ...seat, reservedUntil: null } : seat)) }, seat: own.seat }
}

/** The player's claimed seat made a reservation again, or null when they hold no claimed seat. */
export function unclaimSeat(record: RoomRecord | null, userId: number, until: number): RoomRecord | null {
  const own = record?.seats.find((seat) => seat.userId === userId && seat.reservedUntil === null)
  if (!record || !own) return null
  return { ...record, seats: record.seats.map((seat) => (seat === own ? { ...seat, reservedUntil: until } : seat)) }
}

export function isOpen(record: RoomRecord, now: number) {
  return record.kind === 'quick' && record.phase === 'lobby' && liveSeats(record, now).length < record.maxPlayers
}

/**
 * Whether a quick-match list keeps the room: open now, or full of
 * reservations that may lapse and open it again without anything written.
 */
export function mayBeOpen(record: RoomRecord, now: number) {
  return isOpen(record, now) || (record.kind === 'quick' && record.phase === 'lobby' && record.seats.some((seat) => seat.reservedUntil !== null))
}

/** Records kept in memory, each forgotten RECORD_SECONDS after its last write (as Redis expires them). */
class ExpiringRecords {
  #records = new Map<string, { record: RoomRecord; until: number }>()
  #nextSweep = 0

  constructor(private lifetimeMs: number) {}

  get(code: string) {
    const entry = this.#records.get(code)
    return entry && entry.until > Date.now() ? entry.record : undefined
  }

  has(code: string) {
    return this.get(code) !== undefined
  }

  set(code: string, record: RoomRecord) {
    const now = Date.now()
    this.#records.set(code, { record, until: now + this.lifetimeMs })
    // A room opened and never joined is never ended by a hub: only its age removes it.
    if (now >= this.#nextSweep) {
      this.#nextSweep = now + Math.min(60_000, this.lifetimeMs)
      for (const [key, entry] of this.#records) if (entry.until <= now) this.#records.delete(key)
    }
  }

  delete(code: string) {
    this.#records.delete(code)
  }

  *values() {
    const now = Date.now()
    for (const entry of this.#records.values()) if (entry.until > now) yield entry.record
  }
}

/**
 * The directory of the embedded default: one process, one map. Every
 * operation is synchronous underneath, so none can interleave with another.
 */
export class MemoryRoomDirectory implements RoomDirectory {
  #rooms: ExpiringRecords
  #nodes = new Map<string, { url: string | null; until: number }>()

  constructor(recordSeconds = RECORD_SECONDS) {
    this.#rooms = new ExpiringRecords(recordSeconds * 1000)
  }

  async create(record: RoomRecord) {
    if (this.#rooms.has(record.code)) throw new Error(`room ${record.code} exists`)
    this.#rooms.set(record.code, record)
  }

  async get(code: string) {
    return this.#rooms.get(code) ?? null
  }

  async reserve(code: string, player: Player, now: number, holdMs: number): Promise<Reservation> {
    const result = reserveSeat(this.#rooms.get(code) ?? null, player, now, holdMs)
    if ('status' in result) return result
    this.#rooms.set(code, result.record)
    return { status: 'ok', seat: result.seat }
  }

  async quickMatch(key: MatchKey, player: Player, now: number, holdMs: number, reachable: NodeCheck) {
    const candidates = [...this.#rooms.values()]
      .filter((room) => room.game === key.game && room.level === key.level && room.band === key.band && isOpen(room, now))
      .sort((a, b) => a.createdAt - b.createdAt)
    for (const room of candidates) {
      if (!(await reachable(room.node))) continue
      const reserved = await this.reserve(room.code, player, now, holdMs)
      if (reserved.status === 'ok') return { code: room.code, seat: reserved.seat }
    }
    return null
  }

  async claim(code: string, userId: number, now: number) {
    const result = claimSeat(this.#rooms.get(code) ?? null, userId, now)
    if (!result) return null
    this.#rooms.set(code, result.record)
    return result.seat
  }

  async unclaim(code: string, userId: number, until: number) {
    const record = unclaimSeat(this.#rooms.get(code) ?? null, userId, until)
    if (record) this.#rooms.set(code, record)
  }

  async release(code: string, userId: number) {
    const record = this.#rooms.get(code)
    if (record) this.#rooms.set(code, { ...record, seats: record.seats.filter((seat) => seat.userId !== userId) })
  }

  async setPhase(code: string, phase: RoomRecord['phase']) {
    const record = this.#rooms.get(code)
    if (record) this.#rooms.set(code, { ...record, phase })
  }

  async remove(code: string) {
    this.#rooms.delete(code)
  }

  async registerNode(node: string, url: string | null, ttlSeconds: number) {
    this.#nodes.set(node, { url, until: Date.now() + ttlSeconds * 1000 })
  }

  async nodeUrl(node: string) {
    return this.#nodes.get(node)?.url ?? null
  }

  async isNodeAlive(node: string) {
    return (this.#nodes.get(node)?.until ?? 0) > Date.now()
  }
}
