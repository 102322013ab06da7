import type { HttpContext } from '@adonisjs/core/http'
import UserTransformer from '#transformers/user_transformer'
import { playerProgress } from '#queries/player_progress'

/**
 * GET /api/me: the authenticated user and their progress.
 */
export default class MeController {
  async show({ auth, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const { data } = await serialize(UserTransformer.transform(user))
    return { data: { ...data, profile: await playerProgress(user) } }
  }
}
