import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import gameRegistry from '#game_kit/registry'
import Achievement from '#models/achievement'
import Attempt from '#models/attempt'
import DailyActivity from '#models/daily_activity'
import UserAchievement from '#models/user_achievement'
import UserProfile from '#models/user_profile'
import { emptyStats, evaluateRule, type PlayerStats } from '#services/achievement_rules'
import { awardsFor, currentStreak, dayIn, levelForXp, reachGoal, type Award } from '#services/progress_rules'
import { dbDateTime } from '#services/db_time'
import { ALL_TIME, GLOBAL_BOARD, isoWeekOf } from '#services/leaderboard_periods'
import { leaderboardIndex } from '#queries/leaderboard_store'
import { changeScoreCounts } from '#queries/leaderboard'
import { addLeagueXp } from '#actions/leagues/add_league_xp'
import type { BoardScore } from '#queries/redis_leaderboard_store'

export type ProgressUpdate = {
  userId: number
  xpDelta: number
  xp: number
  level: number
  streak: number
  badgesEarned: Array<{ key: string; title: Achievement['title']; icon: string }>
}

/**
 * The player's stats the badge rules read, from the counters the award job
 * keeps on the profile.
 */
export function playerStats(profile: UserProfile): PlayerStats {
  return {
    ...emptyStats(),
    xp: profile.xp,
    level: profile.level,
    streak: profile.streak,
    longest_streak: profile.longestStreak,
    attempts: profile.attemptsCount,
    passed_attempts: profile.passedCount,
    perfect_attempts: profile.perfectCount,
    passed_by_voice: profile.passedByVoice,
    passed_by_tiles: profile.passedByTiles,
    levels_completed: profile.levelsCompleted,
    levelsCompletedByGame: { ...profile.levelsCompletedByGame },
    days_active: profile.daysActive,
    coop_wins: profile.coopWins,
  }
}

/**
 * XP, level, streak, badges, leaderboards and the league week for one
 * attempt, once: the attempt is
 * marked awarded in the same transaction, and the XP ledger's unique keys
 * keep each goal's XP once per player for ever. Returns null when there was
 * nothing left to do (already awarded, or the attempt is gone).
 *
 * It runs once per attempt, so it stays at a fixed, small number of
 * statements: the badge stats are counters on the profile, the XP ledger is
 * read and written once each.
 */
export async function awardProgress(attemptId: number): Promise<ProgressUpdate | null> {
  let boardScores: BoardScore[] = []
  const update = await db.transaction(async (trx): Promise<ProgressUpdate | null> => {
    const attempt = await Attempt.query({ client: trx })
      .where('id', attemptId)
      .if(trx.dialect.name === 'postgres', (query) => query.forUpdate())
      .first()
    if (!attempt || attempt.awardedAt) return null
    const player = await lockPlayer(trx, attempt.userId)
    if (!player) return null

    const level = gameRegistry.level(attempt.gameSlug, attempt.level)
    const awards = awardsFor({
      id: attempt.id,
      gameSlug: attempt.gameSlug,
      level: attempt.level,
      difficulty: level?.difficulty ?? 1,
      passed: attempt.passed,
      goalsMet: attempt.goalsMet,
      levelCompleted: attempt.levelCompleted,
      attemptNumber: attempt.attemptNumber,
      hintsUsed: attempt.hintsUsed,
    })
    const granted = await grantAwards(trx, player, {
      gameSlug: attempt.gameSlug,
      awards,
      attemptId: attempt.id,
      playedAt: attempt.createdAt,
      attempts: 1,
      count: (profile, fresh) => countAttempt(profile, attempt, fresh),
    })
    boardScores = granted.boardScores
    await trx.from('attempts').where('id', attempt.id).update({ awarded_at: dbDateTime() })
    return granted.update
  })
  // After the commit: the Redis index never shows XP the database does not hold.
  if (update && boardScores.length > 0) await leaderboardIndex()?.record(boardScores)
  return update
}

export type LockedPlayer = { userId: number; timeZone: string; showOnLeaderboards: boolean; joinLeagues: boolean }

/**
 * The player whose progress a job changes, locked: one player's jobs run
 * one at a time (on PostgreSQL the row is locked; SQLite has one writer),
 * so two of them never both create the profile or the day's row. NO KEY
 * UPDATE: the player's next attempt (its foreign key takes KEY SHARE on the
 * row) need not wait for it.
 */
export async function lockPlayer(trx: TransactionClientContract, userId: number): Promise<LockedPlayer | null> {
  const row = await trx
    .from('users')
    .where('id', userId)
    .if(trx.dialect.name === 'postgres', (query) => query.knexQuery.forNoKeyUpdate())
    .select('time_zone', 'show_on_leaderboards', 'join_leagues')
    .first()
  if (!row) return null
  return { userId, timeZone: row.time_zone ?? 'UTC', showOnLeaderboards: Boolean(row.show_on_leaderboards), joinLeagues: Boolean(row.join_leagues) }
}

export type GrantInput = {
  gameSlug: string
  awards: Award[]
  /** The attempt the XP is for, when it is for one (co-op XP is for a match). */
  attemptId: number | null
  /** When the play happened: the day (in the player's zone) it counts for. */
  playedAt: DateTime
  /** Phrases this play adds to the day's count. */
  attempts: number
  /** The badge counters this play moves, given the awards that were new. */
  count(profile: UserProfile, fresh: Award[]): void
}

/**
 * Gives a player what a play earned, inside the caller's transaction: the
 * XP ledger (its unique keys drop what was given before), leaderboards, the
 * league week, the profile's XP, level and counters, the day's activity and
 * streak, and the badges now earned. The same steps for a solo attempt and
 * a co-op match, so the two can never drift apart.
 */
export async function grantAwards(trx: TransactionClientContract, player: LockedPlayer, input: GrantInput) {
  const { userId, timeZone } = player
  const { awards } = input
  const given = new Set(
    awards.length === 0
      ? []
      : (await trx.from('xp_awards').where('user_id', userId).whereIn('award_key', awards.map((award) => award.key)).select('award_key')).map(
          (row) => row.award_key as string
        )
  )
  const fresh = awards.filter((award) => !given.has(award.key))
  const day = dayIn(timeZone, input.playedAt)
  // The ledger's time: leaderboards count XP in the week it was awarded, as a rebuild from the ledger does.
  const awardedAt = DateTime.utc()
  if (fresh.length > 0) {
    const now = dbDateTime(awardedAt)
    await trx.insertQuery().table('xp_awards').multiInsert(
      fresh.map((award) => ({
        user_id: userId,
        award_key: award.key,
        attempt_id: input.attemptId,
        game_slug: input.gameSlug,
        reason: award.reason,
        amount: award.amount,
        day,
        created_at: now,
      }))
    )
  }
  const xpDelta = fresh.reduce((sum, award) => sum + award.amount, 0)
  let boardScores: BoardScore[] = []
  if (xpDelta > 0) {
    boardScores = await addToLeaderboards(trx, { userId, gameSlug: input.gameSlug, xp: xpDelta, at: awardedAt, hidden: !player.showOnLeaderboards })
    if (player.joinLeagues) await addLeagueXp(trx, { userId, timeZone, xp: xpDelta, at: awardedAt })
  }

  const profile = (await UserProfile.query({ client: trx }).where('userId', userId).first()) ?? UserProfile.startingFor(userId)
  input.count(profile, fresh)
  profile.xp += xpDelta
  profile.level = levelForXp(profile.xp).level

  const activity =
    (await DailyActivity.query({ client: trx }).where({ userId, day }).first()) ??
    new DailyActivity().merge({ userId, day, xp: 0, attempts: 0, goalReached: false })
  if (activity.xp === 0 && xpDelta > 0) profile.daysActive += 1
  activity.xp += xpDelta
  activity.attempts += input.attempts
  if (!activity.goalReached && activity.xp >= profile.dailyGoalXp) {
    activity.goalReached = true
    const streak = reachGoal(profile, day)
    profile.merge({ streak: streak.streak, longestStreak: streak.longestStreak, streakDay: streak.streakDay })
  }
  await activity.useTransaction(trx).save()

  const earned = await earnBadges(trx, userId, profile)
  await profile.useTransaction(trx).save()

  const today = dayIn(timeZone, DateTime.now())
  const update: ProgressUpdate = {
    userId,
    xpDelta,
    xp: profile.xp,
    level: profile.level,
    streak: currentStreak(profile, today),
    badgesEarned: earned.map((badge) => ({ key: badge.key, title: badge.title, icon: badge.icon })),
  }
  return { update, boardScores, fresh }
}

/**
 * XP on the four boards it counts for (this week and all time, the game's
 * and the global one), in the award's transaction: the attempt's awardedAt
 * keeps it once. `reached_at` moves with the score: of two players with
 * the same score, the one who got there first ranks higher.
 */
async function addToLeaderboards(
  trx: TransactionClientContract,
  award: { userId: number; gameSlug: string; xp: number; at: DateTime; hidden: boolean }
): Promise<BoardScore[]> {
  const reachedAt = dbDateTime(award.at)
  const rows = [isoWeekOf(award.at), ALL_TIME].flatMap((period) =>
    [award.gameSlug, GLOBAL_BOARD].map((gameSlug) => ({
      period,
      game_slug: gameSlug,
      user_id: award.userId,
      score: award.xp,
      reached_at: reachedAt,
      hidden: award.hidden,
    }))
  )
  const stored: Array<{ period: string; game_slug: string; score: number; reached_at: string | Date; hidden: unknown }> = await trx
    .knexQuery()
    .table('leaderboard_scores')
    .insert(rows)
    .onConflict(['period', 'game_slug', 'user_id'])
    .merge({
      score: trx.knexRawQuery('leaderboard_scores.score + excluded.score'),
      reached_at: trx.knexRawQuery('excluded.reached_at'),
      hidden: trx.knexRawQuery('excluded.hidden'),
    })
    .returning(['period', 'game_slug', 'score', 'reached_at', 'hidden'])
  // The board's score counts: one more player at the new score, one fewer at the old.
  await changeScoreCounts(
    trx,
    stored
      .filter((row) => !row.hidden)
      .flatMap((row) => {
        const board = { period: row.period, gameSlug: row.game_slug }
        const before = Number(row.score) - award.xp
        return [{ ...board, score: Number(row.score), delta: 1 }, ...(before > 0 ? [{ ...board, score: before, delta: -1 }] : [])]
      })
  )
  return stored.map((row) => ({
    period: row.period,
    gameSlug: row.game_slug,
    userId: award.userId,
    score: Number(row.score),
    reachedAt: row.reached_at,
    hidden: Boolean(row.hidden),
  }))
}

/** The completion bonus is given once per level and player: it counts the level. */
export function countCompletedLevel(profile: UserProfile, gameSlug: string, fresh: Award[]) {
  if (!fresh.some((award) => award.reason === 'complete')) return
  profile.levelsCompleted = profile.levelsCompleted + 1
  const byGame: Record<string, number> = { ...profile.levelsCompletedByGame }
  byGame[gameSlug] = (byGame[gameSlug] ?? 0) + 1
  profile.levelsCompletedByGame = byGame
}

/** The badge counters this attempt moves. */
function countAttempt(profile: UserProfile, attempt: Attempt, fresh: Award[]) {
  profile.attemptsCount = profile.attemptsCount + 1
  if (attempt.passed) {
    profile.passedCount = profile.passedCount + 1
    if (attempt.inputMode === 'voice') profile.passedByVoice = profile.passedByVoice + 1
    if (attempt.inputMode === 'tiles') profile.passedByTiles = profile.passedByTiles + 1
  }
  if (attempt.score === 100) profile.perfectCount = profile.perfectCount + 1
  countCompletedLevel(profile, attempt.gameSlug, fresh)
}

/** The badges the player has yet to earn (one query) whose rule their stats now meet. */
async function earnBadges(trx: TransactionClientContract, userId: number, profile: UserProfile) {
  const candidates = await Achievement.query({ client: trx })
    .whereNotExists((owned) =>
      owned.from('user_achievements').where('user_achievements.user_id', userId).whereColumn('user_achievements.achievement_key', 'achievements.key')
    )
    .orderBy('sortOrder')
  if (candidates.length === 0) return []
  const stats = playerStats(profile)
  const earned = candidates.filter((badge) => evaluateRule(badge.rule, stats))
  if (earned.length > 0) {
    const now = DateTime.now()
    await UserAchievement.createMany(
      earned.map((badge) => ({ userId, achievementKey: badge.key, earnedAt: now })),
      { client: trx }
    )
  }
  return earned
}
