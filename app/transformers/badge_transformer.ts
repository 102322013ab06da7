import { BaseTransformer } from '@adonisjs/core/transformers'
import type Achievement from '#models/achievement'

export type BadgeResource = { achievement: Achievement; earnedAt: string | null }

/**
 * A badge on the profile, earned or still to earn, in the interface
 * language. The rule itself stays on the server: the description says it.
 */
export default class BadgeTransformer extends BaseTransformer<BadgeResource> {
  constructor(
    resource: BadgeResource,
    protected locale: 'en' | 'ru'
  ) {
    super(resource)
  }

  toObject() {
    const { achievement, earnedAt } = this.resource
    return {
      key: achievement.key,
      icon: achievement.icon,
      title: achievement.title[this.locale] ?? achievement.title.en,
      description: achievement.description[this.locale] ?? achievement.description.en,
      earned: earnedAt !== null,
      earnedAt,
    }
  }
}
