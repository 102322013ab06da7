import testUtils from '@adonisjs/core/services/test_utils'
import { importSeedContent } from '#actions/content/import_content'
import contentLibrary from '#services/content_library'
import { jobsSettled } from '#services/queue_worker'

/**
 * Group setup: empty tables, the seed content imported the way an operator
 * would, a cold content cache. Returns the teardown that empties them again.
 */
export async function withSeedContent() {
  const truncate = await testUtils.db().truncate()
  await importSeedContent()
  contentLibrary.invalidate()
  return async () => {
    await jobsSettled()
    await truncate()
  }
}
