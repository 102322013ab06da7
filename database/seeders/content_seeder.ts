import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { importSeedContent } from '#actions/content/import_content'

/**
 * The seed content library (database/content/en) and every game's
 * overrides, through the same import editors use: idempotent.
 */
export default class ContentSeeder extends BaseSeeder {
  async run() {
    await importSeedContent()
  }
}
