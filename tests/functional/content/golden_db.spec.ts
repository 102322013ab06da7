import { test } from '@japa/runner'
import { withSeedContent } from '#tests/helpers/content'
import { check } from '#language/check'
import contentLibrary from '#services/content_library'
import { seededLevel } from '#services/seed_content'
import { goldenCases } from '#tests/golden/golden_cases'
import { compareWithGolden } from '#tests/golden/golden_case'

/**
 * The golden table on content imported into the database (SQLite, or
 * PostgreSQL in the scaled-mode run), compiled by the content service.
 */
test.group('Golden table (database)', (group) => {
  group.setup(withSeedContent)

  test('every golden case gives the same verdict from stored content', async ({ assert }) => {
    const dictionary = await contentLibrary.dictionary()
    const failures: string[] = []
    for (const [index, row] of goldenCases.entries()) {
      const level = await contentLibrary.level(row.game, row.level)
      if (!level) {
        failures.push(`#${index + 1}: no level ${row.game} ${row.level}`)
        continue
      }
      const problems = compareWithGolden(row, check(row.utterance, level, { uiLocale: row.locale ?? 'en', dictionary }))
      if (problems.length > 0) failures.push(`#${index + 1} ${JSON.stringify(row.utterance)}: ${problems.join('; ')}`)
    }
    assert.deepEqual(failures, [])
  })

  test('every level compiles from stored content exactly as from the seed files', async ({ assert }) => {
    // So the property tests, which run on the seed files, hold for stored content too.
    for (const game of ['farm', 'strategy']) {
      const levels = await contentLibrary.levelsOf(game)
      assert.isAtLeast(levels.length, 3)
      for (const { number } of levels) {
        const stored = await contentLibrary.level(game, number)
        assert.deepEqual(JSON.parse(JSON.stringify(stored)), JSON.parse(JSON.stringify(seededLevel(game, number))), `${game} ${number}`)
      }
    }
  })
})
