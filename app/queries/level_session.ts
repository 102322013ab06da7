import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import { assertUnlocked, findLevel, progressFor } from '#services/play_levels'

/**
 * What the play page needs to resume a level: the level's card and the
 * saved game (created on first visit).
 */
export async function levelSession(user: User, slug: string, number: number) {
  const { game, level } = findLevel(slug, number)
  await assertUnlocked(user, game.slug, level.number)
  const progress = await db.transaction((trx) => progressFor(trx, user, game, level))
  return { game, level, progress }
}
