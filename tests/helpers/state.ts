import type { Group } from '@japa/runner/core'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { settleMails } from '#tests/helpers/mailbox'
import { jobsSettled } from '#services/queue_worker'

/**
 * Every test starts from empty tables and fresh rate limits. Tables are
 * emptied (not wrapped in a global transaction) because mails are stored
 * by a background sender after the response, outside any test transaction.
 */
export function freshStatePerTest(group: Group) {
  group.each.setup(async () => {
    await resetState()
  })
  group.teardown(async () => {
    await settleMails()
    await resetState()
  })
}

export async function resetState() {
  await jobsSettled()
  const truncate = await testUtils.db().truncate()
  await truncate()
  await limiter.clear()
}

let counter = 0
/**
 * An address no other test uses.
 */
export function uniqueEmail(prefix = 'user') {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`
}
