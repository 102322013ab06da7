import type User from '#models/user'
import { assertUnlocked, findLevel, freshGame, progressFor, transactionRetryingConflicts } from '#services/play_levels'

/**
 * Starts a level over from a fresh position. Completion, best score and
 * attempt counts stay: a restart never closes the next level again.
 */
export async function restartLevel(user: User, slug: string, number: number) {
  const { game, level } = findLevel(slug, number)
  await assertUnlocked(user, game.slug, level.number)
  return transactionRetryingConflicts(async (trx) => {
    const progress = await progressFor(trx, user, game, level)
    const { state, rngState } = freshGame(game, level, user, progress.attemptsCount)
    progress.state = state
    progress.rngState = rngState
    await progress.useTransaction(trx).save()
    return progress
  })
}
