import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type { Infer } from '@vinejs/vine/types'
import type { updatePreferencesValidator } from '#validators/user'
import { leaderboardIndex } from '#queries/leaderboard_store'

/**
 * Saves the settings form. Opting in or out of leaderboards shows or hides
 * the player on every board at once, in the same transaction, then in the
 * Redis index.
 */
export async function updatePreferences(user: User, preferences: Infer<typeof updatePreferencesValidator>) {
  const boardScores = await db.transaction(async (trx) => {
    user.useTransaction(trx).merge(preferences)
    await user.save()
    await trx.from('leaderboard_scores').where('user_id', user.id).update({ hidden: !user.showOnLeaderboards })
    return trx.from('leaderboard_scores').where('user_id', user.id).select('period', 'game_slug', 'score', 'reached_at', 'hidden')
  })
  await leaderboardIndex()?.record(
    boardScores.map((row) => ({
      period: row.period,
      gameSlug: row.game_slug,
      userId: user.id,
      score: Number(row.score),
      reachedAt: row.reached_at,
      hidden: Boolean(row.hidden),
    }))
  )
}
