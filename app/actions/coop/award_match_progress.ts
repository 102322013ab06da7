import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import gameRegistry from '#game_kit/registry'
import CoopMatch from '#models/coop_match'
import CoopMatchPlayer from '#models/coop_match_player'
import { countCompletedLevel, grantAwards, lockPlayer, type ProgressUpdate } from '#actions/progress/award_progress'
import { awardsForMatch } from '#services/progress_rules'
import { dbDateTime } from '#services/db_time'
import { leaderboardIndex } from '#queries/leaderboard_store'
import type { BoardScore } from '#queries/redis_leaderboard_store'

/**
 * One player's XP for a co-op match, once: the player's row is marked
 * awarded in the same transaction, and the ledger's keys keep the match's
 * XP once even if it were marked twice. Returns null when there was nothing
 * left to do.
 */
export async function awardMatchProgress(matchId: string, userId: number): Promise<ProgressUpdate | null> {
  let boardScores: BoardScore[] = []
  const update = await db.transaction(async (trx) => {
    const play = await CoopMatchPlayer.query({ client: trx })
      .where({ matchId, userId })
      .if(trx.dialect.name === 'postgres', (query) => query.forUpdate())
      .first()
    if (!play || play.awardedAt) return null
    const match = await CoopMatch.query({ client: trx }).where('id', matchId).first()
    const player = await lockPlayer(trx, userId)
    if (!match || !player) return null
    const level = gameRegistry.level(match.gameSlug, match.level)
    const awards = awardsForMatch({
      matchId,
      gameSlug: match.gameSlug,
      level: match.level,
      difficulty: level?.difficulty ?? 1,
      outcome: match.outcome,
      passed: play.passed,
      accepted: play.accepted,
    })
    const granted = await grantAwards(trx, player, {
      gameSlug: match.gameSlug,
      awards,
      attemptId: null,
      playedAt: match.endedAt,
      attempts: play.commands,
      count: (profile, fresh) => {
        profile.coopMatches = profile.coopMatches + 1
        if (match.outcome === 'won') profile.coopWins = profile.coopWins + 1
        countCompletedLevel(profile, match.gameSlug, fresh)
      },
    })
    boardScores = granted.boardScores
    await trx.from('coop_match_players').where('id', play.id).update({ awarded_at: dbDateTime(DateTime.now()) })
    return granted.update
  })
  if (update && boardScores.length > 0) await leaderboardIndex()?.record(boardScores)
  return update
}
