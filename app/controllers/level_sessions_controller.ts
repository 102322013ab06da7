import type { HttpContext } from '@adonisjs/core/http'
import { levelSession } from '#queries/level_session'
import { restartLevel } from '#actions/play/restart_level'
import { allMet } from '#game_kit/goals'
import type LevelProgress from '#models/level_progress'

function savedGame(progress: LevelProgress) {
  return {
    state: progress.state,
    goals: progress.state.goals,
    levelComplete: allMet(progress.state.goals),
    attempts: progress.attemptsCount,
    bestScore: progress.bestScore,
    completedAt: progress.completedAt?.toISO() ?? null,
  }
}

/**
 * The saved game of a level: resume (GET) and restart (POST).
 */
export default class LevelSessionsController {
  async show({ params, auth }: HttpContext) {
    const { progress } = await levelSession(auth.getUserOrFail(), params.game, params.level)
    return { game: savedGame(progress) }
  }

  async restart({ params, auth }: HttpContext) {
    const progress = await restartLevel(auth.getUserOrFail(), params.game, params.level)
    return { game: savedGame(progress) }
  }
}
