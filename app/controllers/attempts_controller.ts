import type { HttpContext } from '@adonisjs/core/http'
import { createAttemptValidator } from '#validators/attempt'
import { recordAttempt } from '#actions/play/record_attempt'
import { attemptRecorded } from '#services/progress_dispatch'

/**
 * POST /api/games/:game/levels/:level/attempts: one phrase, judged and played.
 */
export default class AttemptsController {
  async store({ request, params, auth, i18n }: HttpContext) {
    const payload = await request.validateUsing(createAttemptValidator)
    const user = auth.getUserOrFail()
    const { record, ...result } = await recordAttempt(user, { ...payload, game: params.game, level: params.level }, i18n)
    await attemptRecorded(record)
    return result
  }
}
