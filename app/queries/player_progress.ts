import { DateTime } from 'luxon'
import DailyActivity from '#models/daily_activity'
import UserAchievement from '#models/user_achievement'
import UserProfile from '#models/user_profile'
import Achievement from '#models/achievement'
import type User from '#models/user'
import { currentStreak, dayIn, levelForXp } from '#services/progress_rules'
import { parleyConfig } from '#config/parley'

/** A player who never reached a daily goal. */
const NO_STREAK = { streak: 0, longestStreak: 0, streakDay: null }

/**
 * A player's progress as the header, the profile and /api/me show it.
 * A player who never played has a zero profile (no row is needed).
 */
export async function playerProgress(user: User) {
  const profile = await UserProfile.find(user.id)
  const xp = profile?.xp ?? 0
  const today = dayIn(user.timeZone, DateTime.now())
  const todayActivity = await DailyActivity.query().where({ userId: user.id, day: today }).first()
  const streakState = profile ?? NO_STREAK
  const { level, levelStartXp, nextLevelXp } = levelForXp(xp)
  return {
    xp,
    level,
    levelStartXp,
    nextLevelXp,
    streak: currentStreak(streakState, today),
    longestStreak: streakState.longestStreak,
    dailyGoalXp: profile?.dailyGoalXp ?? parleyConfig.progress.defaultDailyGoalXp,
    todayXp: todayActivity?.xp ?? 0,
    /** The weekly league tier, 1 (the lowest) to 10. */
    leagueTier: profile?.leagueTier ?? 1,
    badges: await badgesOf(user),
  }
}

/** Badges the player earned, newest first. */
export async function badgesOf(user: User) {
  const earned = await UserAchievement.query().where('userId', user.id).orderBy('earnedAt', 'desc').orderBy('id', 'desc')
  if (earned.length === 0) return []
  const byKey = new Map((await Achievement.query().whereIn('key', earned.map((row) => row.achievementKey))).map((badge) => [badge.key, badge]))
  return earned.flatMap((row) => {
    const badge = byKey.get(row.achievementKey)
    return badge ? [{ key: badge.key, title: badge.title, description: badge.description, icon: badge.icon, earnedAt: row.earnedAt.toISO() }] : []
  })
}

/**
 * The header's numbers (one indexed read per page): XP, level and streak.
 */
export async function headerProgress(user: User) {
  const profile = await UserProfile.find(user.id)
  const xp = profile?.xp ?? 0
  const streakState = profile ?? NO_STREAK
  return { xp, level: levelForXp(xp).level, streak: currentStreak(streakState, dayIn(user.timeZone, DateTime.now())) }
}
