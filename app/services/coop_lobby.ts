import type { HttpContext } from '@adonisjs/core/http'
import gameRegistry from '#game_kit/registry'
import { coopConfig } from '#config/coop'
import CoopException from '#exceptions/coop_exception'
import type User from '#models/user'
import UserProfile from '#models/user_profile'
import { skillBand } from '#services/progress_rules'
import { coopHub, coopStopping, roomDirectory } from '#realtime/main'
import { newRoomCode, type RoomKind, type RoomRecord } from '#realtime/room_directory'
import { issueTicket } from '#realtime/tickets'

type Locale = 'en' | 'ru'

/** A game and one of its co-op levels, or the 404 the player sees. */
export function coopLevel(slug: string, number: number) {
  const game = gameRegistry.find(slug)
  const level = game?.levels.find((candidate) => candidate.number === number)
  if (!game?.coop || !level || !game.coop.levels.includes(number)) throw CoopException.notCoopLevel(slug, number)
  return { game, level, coop: game.coop }
}

async function bandOf(user: User) {
  const profile = await UserProfile.find(user.id)
  return skillBand(profile?.level ?? 1)
}

/**
 * A new room in this process (the directory says so to every other one),
 * with the player's seat reserved. Invite rooms wait for friends with the
 * code; quick-match rooms are listed for players of the same band.
 */
export async function openRoom(user: User, input: { game: string; level: number }, kind: RoomKind, band?: number): Promise<RoomRecord> {
  const { game, coop } = coopLevel(input.game, input.level)
  if (coopStopping()) throw CoopException.restarting()
  const hub = coopHub()
  if (hub && hub.rooms.length >= coopConfig.maxRooms) throw CoopException.busy()
  const now = Date.now()
  for (let attempt = 0; ; attempt++) {
    const record: RoomRecord = {
      code: newRoomCode(),
      game: game.slug,
      level: input.level,
      kind,
      band: band ?? (await bandOf(user)),
      node: coopConfig.nodeId,
      hostUserId: user.id,
      phase: 'lobby',
      minPlayers: coop.minPlayers,
      maxPlayers: coop.maxPlayers,
      createdAt: now,
      seats: [{ seat: 0, userId: user.id, name: user.displayName, reservedUntil: now + coopConfig.ticketSeconds * 1000 }],
    }
    try {
      await roomDirectory.create(record)
    } catch (error) {
      // A code already in use (one in 887 million): draw another.
      if (attempt >= 3) throw error
      continue
    }
    // The process began to stop meanwhile: nobody could ever play in the room.
    if (coopStopping()) {
      await roomDirectory.remove(record.code)
      throw CoopException.restarting()
    }
    return record
  }
}

/**
 * Whether a process can seat players: this one while its hub runs (whatever
 * Redis says between two registrations), another while its registration lives.
 */
function reachable(node: string) {
  return node === coopConfig.nodeId ? Promise.resolve(coopHub() !== null) : roomDirectory.isNodeAlive(node)
}

/**
 * Quick match: a seat in the oldest open room for this game, level and
 * band, or a new room that the next players fill.
 */
export async function quickMatch(user: User, input: { game: string; level: number }) {
  coopLevel(input.game, input.level)
  const band = await bandOf(user)
  const found = await roomDirectory.quickMatch({ game: input.game, level: input.level, band }, { userId: user.id, name: user.displayName }, Date.now(), coopConfig.ticketSeconds * 1000, reachable)
  const room = found && (await roomDirectory.get(found.code))
  return room || openRoom(user, input, 'quick', band)
}

/** The player's seat in a room by invite code: theirs if they hold one, else a free one. */
export async function reserveSeat(user: User, code: string) {
  const reserved = await roomDirectory.reserve(code, { userId: user.id, name: user.displayName }, Date.now(), coopConfig.ticketSeconds * 1000)
  if (reserved.status === 'gone') throw CoopException.roomGone(code)
  if (reserved.status === 'full') throw CoopException.roomFull(code)
  if (reserved.status === 'started') throw CoopException.roomStarted(code)
  // Ended between the reservation and this read.
  const room = await roomDirectory.get(code)
  if (!room) throw CoopException.roomGone(code)
  return room
}

/**
 * A single-use ticket to the room's socket and where to open it: this
 * process, or the one the directory says runs the room.
 */
export async function ticketFor(user: User, room: RoomRecord, locale: Locale, request: HttpContext['request']) {
  const url = await socketUrl(room, request)
  const { ticket, expiresAt } = issueTicket({ userId: user.id, name: user.displayName, locale, room: room.code, node: room.node }, coopConfig.ticketSeconds)
  return { ticket, url, expiresAt: new Date(expiresAt).toISOString() }
}

async function socketUrl(room: RoomRecord, request: HttpContext['request']) {
  if (room.node === coopConfig.nodeId) {
    if (coopStopping()) throw CoopException.restarting()
    return coopConfig.publicUrl ?? `${request.protocol() === 'https' ? 'wss' : 'ws'}://${request.host()}/coop`
  }
  if (!(await roomDirectory.isNodeAlive(room.node))) throw CoopException.nodeUnreachable(room.code)
  const url = await roomDirectory.nodeUrl(room.node)
  if (!url) throw CoopException.nodeUnreachable(room.code)
  return url
}

/** What a room looks like to someone with its code (before they join). */
export function roomSummary(room: RoomRecord, appUrl: string) {
  const { game, level } = coopLevel(room.game, room.level)
  return {
    code: room.code,
    link: `${appUrl.replace(/\/$/, '')}/coop/${room.code}`,
    game: game.slug,
    level: level.number,
    kind: room.kind,
    phase: room.phase,
    players: room.seats.filter((seat) => seat.reservedUntil === null || seat.reservedUntil > Date.now()).length,
    minPlayers: room.minPlayers,
    maxPlayers: room.maxPlayers,
  }
}
