import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import gameRegistry from '#game_kit/registry'
import Achievement from '#models/achievement'
import Attempt from '#models/attempt'
import DailyActivity from '#models/daily_activity'
import User from '#models/user'
import UserAchievement from '#models/user_achievement'
import UserProfile from '#models/user_profile'
import XpAward from '#models/xp_award'
import { emptyStats, evaluateRule, type PlayerStats } from '#services/achievement_rules'
import { awardsFor, currentStreak, dayIn, levelForXp, reachGoal } from '#services/progress_rules'
import { parleyConfig } from '#config/parley'

export type ProgressUpdate = {
  userId: number
  xpDelta: number
  xp: number
  level: number
  streak: number
  badgesEarned: Array<{ key: string; title: Achievement['title']; icon: string }>
}

/**
 * The player's stats the badge rules read, counted from their history.
 */
export async function playerStats(trx: TransactionClientContract, userId: number, profile: UserProfile): Promise<PlayerStats> {
  const [attempts] = await trx
    .from('attempts')
    .where('user_id', userId)
    .select(
      trx.raw('count(*) as attempts'),
      trx.raw('sum(case when passed then 1 else 0 end) as passed'),
      trx.raw('sum(case when score = 100 then 1 else 0 end) as perfect'),
      trx.raw("sum(case when passed and input_mode = 'voice' then 1 else 0 end) as voice"),
      trx.raw("sum(case when passed and input_mode = 'tiles' then 1 else 0 end) as tiles")
    )
  const levels = await trx
    .from('level_progress')
    .where('user_id', userId)
    .whereNotNull('completed_at')
    .groupBy('game_slug')
    .select('game_slug', trx.raw('count(*) as completed'))
  const [days] = await trx.from('daily_activity').where('user_id', userId).where('xp', '>', 0).count('* as total')

  const levelsCompletedByGame = Object.fromEntries(levels.map((row) => [row.game_slug, Number(row.completed)]))
  return {
    ...emptyStats(),
    xp: profile.xp,
    level: profile.level,
    streak: profile.streak,
    longest_streak: profile.longestStreak,
    attempts: Number(attempts.attempts ?? 0),
    passed_attempts: Number(attempts.passed ?? 0),
    perfect_attempts: Number(attempts.perfect ?? 0),
    passed_by_voice: Number(attempts.voice ?? 0),
    passed_by_tiles: Number(attempts.tiles ?? 0),
    levels_completed: levels.reduce((sum, row) => sum + Number(row.completed), 0),
    levelsCompletedByGame,
    days_active: Number(days.total ?? 0),
  }
}

/**
 * XP, level, streak and badges for one attempt, once: the attempt is
 * marked awarded in the same transaction, and the XP ledger's unique keys
 * keep each goal's XP once per player for ever. Returns null when there was
 * nothing left to do (already awarded, or the attempt is gone).
 */
export async function awardProgress(attemptId: number): Promise<ProgressUpdate | null> {
  return db.transaction(async (trx) => {
    const attempt = await Attempt.query({ client: trx })
      .where('id', attemptId)
      .if(trx.dialect.name === 'postgres', (query) => query.forUpdate())
      .first()
    if (!attempt || attempt.awardedAt) return null
    const user = await User.findOrFail(attempt.userId, { client: trx })

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
    const given = new Set(
      awards.length === 0
        ? []
        : (await XpAward.query({ client: trx }).where('userId', user.id).whereIn('awardKey', awards.map((award) => award.key)).select('awardKey')).map(
            (row) => row.awardKey
          )
    )
    const fresh = awards.filter((award) => !given.has(award.key))
    const day = dayIn(user.timeZone, attempt.createdAt)
    if (fresh.length > 0) {
      await XpAward.createMany(
        fresh.map((award) => ({
          userId: user.id,
          awardKey: award.key,
          attemptId: attempt.id,
          gameSlug: attempt.gameSlug,
          reason: award.reason,
          amount: award.amount,
          day,
        })),
        { client: trx }
      )
    }
    const xpDelta = fresh.reduce((sum, award) => sum + award.amount, 0)

    const profile =
      (await UserProfile.query({ client: trx })
        .where('userId', user.id)
        .if(trx.dialect.name === 'postgres', (query) => query.forUpdate())
        .first()) ??
      (await UserProfile.create(
        { userId: user.id, xp: 0, level: 1, streak: 0, longestStreak: 0, streakDay: null, dailyGoalXp: parleyConfig.progress.defaultDailyGoalXp },
        { client: trx }
      ))
    profile.xp += xpDelta
    profile.level = levelForXp(profile.xp).level

    const activity =
      (await DailyActivity.query({ client: trx }).where({ userId: user.id, day }).first()) ??
      new DailyActivity().merge({ userId: user.id, day, xp: 0, attempts: 0, goalReached: false })
    activity.xp += xpDelta
    activity.attempts += 1
    if (!activity.goalReached && activity.xp >= profile.dailyGoalXp) {
      activity.goalReached = true
      const streak = reachGoal(profile, day)
      profile.merge({ streak: streak.streak, longestStreak: streak.longestStreak, streakDay: streak.streakDay })
    }
    await activity.useTransaction(trx).save()
    await profile.useTransaction(trx).save()

    const earned = await earnBadges(trx, user.id, profile)
    attempt.awardedAt = DateTime.now()
    await attempt.useTransaction(trx).save()

    const today = dayIn(user.timeZone, DateTime.now())
    return {
      userId: user.id,
      xpDelta,
      xp: profile.xp,
      level: profile.level,
      streak: currentStreak(profile, today),
      badgesEarned: earned.map((badge) => ({ key: badge.key, title: badge.title, icon: badge.icon })),
    }
  })
}

async function earnBadges(trx: TransactionClientContract, userId: number, profile: UserProfile) {
  const owned = new Set((await UserAchievement.query({ client: trx }).where('userId', userId)).map((row) => row.achievementKey))
  const candidates = (await Achievement.query({ client: trx }).orderBy('sortOrder')).filter((badge) => !owned.has(badge.key))
  if (candidates.length === 0) return []
  const stats = await playerStats(trx, userId, profile)
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
