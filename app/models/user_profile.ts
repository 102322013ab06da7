import { UserProfileSchema } from '#database/schema'

/**
 * Progress shown on the profile and in the header: XP, level, streak.
 */
export default class UserProfile extends UserProfileSchema {
  static selfAssignPrimaryKey = true
}
