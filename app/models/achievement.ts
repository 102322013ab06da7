import { AchievementSchema } from '#database/schema'
import type { LocalizedText } from '#game_kit/types'
import type { AchievementRule } from '#services/achievement_rules'

/**
 * A badge: earned when its rule holds over the player's stats.
 */
export default class Achievement extends AchievementSchema {
  static selfAssignPrimaryKey = true

  declare title: LocalizedText
  declare description: LocalizedText
  declare rule: AchievementRule
}
