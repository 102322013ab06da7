import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import gameRegistry from '#game_kit/registry'
import CoopException from '#exceptions/coop_exception'
import CoopMatchPlayer from '#models/coop_match_player'
import User from '#models/user'
import AwardMatchProgress from '#jobs/award_match_progress'
import { jobDispatched } from '#services/queue_worker'
import { dbDateTime } from '#services/db_time'
import type { MatchOutcome, ResultView } from '#realtime/protocol'
import type { MatchReplay } from '#realtime/replay'

export type MatchResults = {
  matchId: string
  game: string
  level: number
  roomCode: string | null
  /** The hub process that ran it, or `external`. */
  node: string
  outcome: MatchOutcome
  startedAt: Date
  endedAt: Date
  ticks: number
  players: Array<Omit<ResultView, 'name' | 'accuracy' | 'seat'> & { seat?: number; name?: string }>
  replay: MatchReplay | null
}

/**
 * A co-op match's results, stored once per match id — from the embedded
 * hub at match end, or from an external hub's webhook — then one award job
 * per player. A match id seen again changes nothing; it only dispatches the
 * award jobs of players not awarded yet (jobs are idempotent), so a crash
 * between the commit and the dispatch is mended by the next delivery.
 */
export async function storeMatchResults(results: MatchResults, options: { skipUnknownPlayers?: boolean } = {}): Promise<{ stored: boolean }> {
  if (!gameRegistry.isCoopLevel(results.game, results.level)) throw CoopException.notCoopLevel(results.game, results.level)
  const ids = results.players.map((player) => player.userId)
  const users = await User.query().whereIn('id', ids).select('id', 'displayName')
  const names = new Map(users.map((user) => [user.id, user.displayName]))
  const unknown = ids.filter((id) => !names.has(id))
  // An external hub naming players we do not have is refused; our own hub's match keeps those who still exist (an account deleted mid-match).
  if (unknown.length > 0 && !options.skipUnknownPlayers) throw CoopException.unknownPlayers(unknown)
  const players = results.players.filter((player) => names.has(player.userId))
  if (players.length === 0) return { stored: false }

  const stored = await db.transaction(async (trx) => {
    const inserted: Array<{ id: string } | string> = await trx
      .knexQuery()
      .table('coop_matches')
      .insert({
        id: results.matchId,
        game_slug: results.game,
        level: results.level,
        room_code: results.roomCode,
        node: results.node,
        outcome: results.outcome,
        ticks: results.ticks,
        started_at: dbDateTime(DateTime.fromJSDate(results.startedAt)),
        ended_at: dbDateTime(DateTime.fromJSDate(results.endedAt)),
        replay: results.replay ? JSON.stringify(results.replay) : null,
        created_at: dbDateTime(),
      })
      .onConflict('id')
      .ignore()
      .returning('id')
    if (inserted.length === 0) return false
    await trx
      .insertQuery()
      .table('coop_match_players')
      .multiInsert(
        players.map((player, index) => ({
          match_id: results.matchId,
          user_id: player.userId,
          seat: player.seat ?? index,
          name: (player.name ?? names.get(player.userId) ?? '').slice(0, 80),
          commands: player.commands,
          passed: Math.min(player.passed, player.commands),
          accepted: Math.min(player.accepted, player.passed),
          accuracy: player.commands === 0 ? 0 : Math.min(player.passed, player.commands) / player.commands,
          score: player.score,
        }))
      )
    return true
  })

  const waiting = await CoopMatchPlayer.query().where('matchId', results.matchId).whereNull('awardedAt').select('userId')
  for (const player of waiting) {
    const { jobId } = await AwardMatchProgress.dispatch({ matchId: results.matchId, userId: player.userId })
    jobDispatched(jobId)
  }
  return { stored }
}
