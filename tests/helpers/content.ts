import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import { importContent } from '#actions/content/import_content'
import contentLibrary from '#services/content_library'

/**
 * Group setup: empty tables, the seed content imported the way an operator
 * would, a cold content cache. Returns the teardown that empties them again.
 */
export async function withSeedContent() {
  const truncate = await testUtils.db().truncate()
  for (const path of [app.makePath('database/content/en'), app.makePath('games')]) {
    const report = await importContent(path)
    if (report.problems.length > 0) throw new Error(JSON.stringify(report.problems))
  }
  contentLibrary.invalidate()
  return truncate
}
