import type { HttpContext } from '@adonisjs/core/http'
import { coopConfig } from '#config/coop'
import { matchResultsValidator } from '#validators/coop'
import { verifyWebhook } from '#services/webhook_signatures'
import { storeMatchResults } from '#actions/coop/store_match_results'

/**
 * POST /api/coop/match-results: results from a hub running outside this
 * app, signed with the shared secret (see PROTOCOL.md, "External hubs").
 * The same results service as the embedded hub: stored once per match id.
 */
export default class CoopMatchResultsController {
  async store({ request }: HttpContext) {
    await verifyWebhook(request, coopConfig.webhookSecret, coopConfig.webhookWindowSeconds)
    const payload = await request.validateUsing(matchResultsValidator)
    const { stored } = await storeMatchResults({
      matchId: payload.matchId,
      game: payload.game,
      level: payload.level,
      roomCode: null,
      node: 'external',
      outcome: payload.outcome,
      startedAt: payload.startedAt,
      endedAt: payload.endedAt,
      ticks: payload.ticks ?? 0,
      players: payload.players,
      replay: null,
    })
    return { matchId: payload.matchId, stored, duplicate: !stored }
  }
}
