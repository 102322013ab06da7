import { UserProfileSchema } from '#database/schema'
import { parleyConfig } from '#config/parley'

/**
 * Progress shown on the profile and in the header: XP, level, streak.
 */
export default class UserProfile extends UserProfileSchema {
  static selfAssignPrimaryKey = true

  /** A player's profile before their first award (not saved). */
  static startingFor(userId: number) {
    return new UserProfile().merge({
      userId,
      xp: 0,
      level: 1,
      streak: 0,
      longestStreak: 0,
      streakDay: null,
      dailyGoalXp: parleyConfig.progress.defaultDailyGoalXp,
      attemptsCount: 0,
      passedCount: 0,
      perfectCount: 0,
      passedByVoice: 0,
      passedByTiles: 0,
      levelsCompleted: 0,
      levelsCompletedByGame: {},
      daysActive: 0,
      leagueTier: 1,
      coopMatches: 0,
      coopWins: 0,
    })
  }
}
