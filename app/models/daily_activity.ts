import { DailyActivitySchema } from '#database/schema'

/**
 * XP and attempts per day of the player's own calendar (the streak and the
 * XP-per-day chart).
 */
export default class DailyActivity extends DailyActivitySchema {
  static table = 'daily_activity'
}
