import type { HttpContext } from '@adonisjs/core/http'
import { appUrl } from '#config/app'
import CoopException from '#exceptions/coop_exception'
import { createCoopRoomValidator, quickMatchValidator } from '#validators/coop'
import { openRoom, quickMatch, roomSummary, ticketFor } from '#services/coop_lobby'
import { roomDirectory } from '#realtime/main'

/**
 * The co-op lobby's API: open a room for friends (an invite code and
 * link), find one by quick match, look a room up by its code. Opening or
 * matching reserves the player's seat and returns the ticket to its socket.
 */
export default class CoopRoomsController {
  /** POST /api/coop/rooms */
  async store({ request, auth, i18n, response }: HttpContext) {
    const input = await request.validateUsing(createCoopRoomValidator)
    const user = auth.getUserOrFail()
    const room = await openRoom(user, input, 'invite')
    return response.created({ room: roomSummary(room, appUrl), ...(await ticketFor(user, room, i18n.locale === 'ru' ? 'ru' : 'en', request)) })
  }

  /** POST /api/coop/quick-match */
  async quickMatch({ request, auth, i18n }: HttpContext) {
    const input = await request.validateUsing(quickMatchValidator)
    const user = auth.getUserOrFail()
    const room = await quickMatch(user, input)
    return { room: roomSummary(room, appUrl), ...(await ticketFor(user, room, i18n.locale === 'ru' ? 'ru' : 'en', request)) }
  }

  /** GET /api/coop/rooms/:code */
  async show({ params }: HttpContext) {
    const room = await roomDirectory.get(params.code)
    if (!room || room.phase === 'ended') throw CoopException.roomGone(params.code)
    return { room: roomSummary(room, appUrl) }
  }
}
