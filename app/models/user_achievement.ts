import { UserAchievementSchema } from '#database/schema'

/** A badge a player earned, once. */
export default class UserAchievement extends UserAchievementSchema {}
