import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { avatarUrlOf } from '#actions/account/update_avatar'

/**
 * The signed-in user as pages and /api/me see them.
 */
export default class UserTransformer extends BaseTransformer<User> {
  async toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'email',
        'displayName',
        'role',
        'locale',
        'timeZone',
        'initials',
        'pendingEmail',
        'createdAt',
      ]),
      avatarUrl: await avatarUrlOf(this.resource),
      hasUploadedAvatar: this.resource.avatarKey !== null,
      emailVerified: this.resource.isVerified,
      hasPassword: this.resource.hasPassword,
    }
  }

  /**
   * Everything the settings page edits.
   */
  async forSettings() {
    return {
      ...(await this.toObject()),
      ...this.pick(this.resource, [
        'voiceInput',
        'voiceOutput',
        'notifyProductEmail',
        'notifyStreakEmail',
        'notifyWeeklyEmail',
        'notifyInApp',
        'profilePublic',
        'showOnLeaderboards',
        'joinLeagues',
      ]),
    }
  }
}
