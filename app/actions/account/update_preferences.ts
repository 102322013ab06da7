import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import type { Infer } from '@vinejs/vine/types'
import type { updatePreferencesValidator } from '#validators/user'
import { leaderboardIndex } from '#queries/leaderboard_store'
import { changeScoreCounts } from '#queries/leaderboard'
import { dbDateTime } from '#services/db_time'

/**
 * Saves the settings form. Opting in or out of leaderboards shows or hides
 * the player on every board at once, in the same transaction, then in the
 * Redis index. Leaving leagues gives up this week's seat (the tier stays).
 */
export async function updatePreferences(user: User, preferences: Infer<typeof updatePreferencesValidator>) {
  const boardScores = await db.transaction(async (trx) => {
    user.useTransaction(trx).merge(preferences)
    await user.save()
    const hidden = !user.showOnLeaderboards
    const turning = await trx.from('leaderboard_scores').where('user_id', user.id).whereNot('hidden', hidden).select('period', 'game_slug', 'score')
    await trx.from('leaderboard_scores').where('user_id', user.id).update({ hidden })
    await changeScoreCounts(
      trx,
      turning.map((row) => ({ period: row.period, gameSlug: row.game_slug, score: Number(row.score), delta: hidden ? -1 : 1 }))
    )
    if (!user.joinLeagues) await leaveRunningCohort(trx, user.id)
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

async function leaveRunningCohort(trx: TransactionClientContract, userId: number) {
  const seat = await trx.from('league_members').where('user_id', userId).where('ends_at', '>', dbDateTime(DateTime.utc())).select('cohort_id').first()
  if (!seat) return
  await trx.from('league_members').where({ cohort_id: seat.cohort_id, user_id: userId }).delete()
  await trx.from('league_cohorts').where('id', seat.cohort_id).decrement('members_count', 1)
}
