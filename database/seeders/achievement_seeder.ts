import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import Achievement from '#models/achievement'
import { ruleProblems } from '#services/achievement_rules'

/**
 * The seeded badges (database/content/achievements.json). Idempotent: a
 * badge is created once and its text and rule kept up to date by key.
 */
export default class AchievementSeeder extends BaseSeeder {
  async run() {
    const badges = JSON.parse(await readFile(app.makePath('database/content/achievements.json'), 'utf8')) as Array<
      Pick<Achievement, 'key' | 'icon' | 'title' | 'description' | 'rule'>
    >
    for (const [index, badge] of badges.entries()) {
      const problems = ruleProblems(badge.rule)
      if (problems.length > 0) throw new Error(`achievements.json: badge "${badge.key}": ${problems.join('; ')}`)
      await Achievement.updateOrCreate({ key: badge.key }, { ...badge, sortOrder: index })
    }
  }
}
