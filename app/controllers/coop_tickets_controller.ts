import type { HttpContext } from '@adonisjs/core/http'
import { appUrl } from '#config/app'
import { coopTicketValidator } from '#validators/coop'
import { reserveSeat, roomSummary, ticketFor } from '#services/coop_lobby'

/**
 * POST /api/coop/tickets { room }: a seat in the room (the player's own if
 * they hold one: a reload, a second tab, a reconnection after the window)
 * and a single-use ticket to its socket, valid 60 seconds.
 */
export default class CoopTicketsController {
  async store({ request, auth, i18n }: HttpContext) {
    const { room: code } = await request.validateUsing(coopTicketValidator)
    const user = auth.getUserOrFail()
    const room = await reserveSeat(user, code)
    return { room: roomSummary(room, appUrl), ...(await ticketFor(user, room, i18n.locale === 'ru' ? 'ru' : 'en', request)) }
  }
}
