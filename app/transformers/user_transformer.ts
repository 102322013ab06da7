import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * The signed-in user as pages and /api/me see them.
 */
export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'email',
        'displayName',
        'avatarUrl',
        'role',
        'locale',
        'timeZone',
        'initials',
        'pendingEmail',
        'createdAt',
      ]),
      emailVerified: this.resource.isVerified,
      hasPassword: this.resource.hasPassword,
    }
  }

  /**
   * Everything the settings page edits.
   */
  forSettings() {
    return {
      ...this.toObject(),
      ...this.pick(this.resource, [
        'voiceInput',
        'voiceOutput',
        'notifyProductEmail',
        'notifyStreakEmail',
        'notifyWeeklyEmail',
        'notifyInApp',
        'profilePublic',
        'showOnLeaderboards',
      ]),
    }
  }
}
