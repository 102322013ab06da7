import { BaseSeeder } from '@adonisjs/lucid/seeders'
import app from '@adonisjs/core/services/app'
import { importContent } from '#actions/content/import_content'

/**
 * The seed content library (database/content/en) and every game's
 * overrides, through the same import editors use: idempotent.
 */
export default class ContentSeeder extends BaseSeeder {
  async run() {
    for (const path of [app.makePath('database/content/en'), app.makePath('games')]) {
      const report = await importContent(path)
      if (report.problems.length > 0) {
        throw new Error(
          `Seed content has problems:\n${report.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.reason}`).join('\n')}`
        )
      }
    }
  }
}
