import { test } from '@japa/runner'
import { check } from '#language/check'
import { games, seedContentFor, seededLevel, seedLevels } from '#services/seed_content'
import { goldenCases } from '#tests/golden/golden_cases'
import { compareWithGolden } from '#tests/golden/golden_case'
import { englishDictionary } from '#services/english_dictionary'

/**
 * The golden table against levels compiled straight from the seed files.
 * (tests/functional/content/golden_db.spec.ts runs it on content imported
 * into the database, on SQLite and PostgreSQL.)
 */
test.group('Golden table (seed files)', () => {
  test('has at least 170 cases covering every feedback kind', ({ assert }) => {
    assert.isAtLeast(goldenCases.length, 170)
    const kinds = new Set(goldenCases.flatMap((row) => row.kinds ?? []))
    for (const kind of ['typo', 'wrong_form', 'wrong_word', 'missing_word', 'extra_word', 'word_order', 'unknown_word', 'punctuation']) {
      assert.isTrue(kinds.has(kind as never), `no case of ${kind}`)
    }
  })

  test('explains a mistake with every grammar pattern and checks every level', ({ assert }) => {
    const rules = new Set(goldenCases.map((row) => row.rule))
    for (const pattern of seedContentFor('farm').patterns) assert.isTrue(rules.has(pattern.key), `no case of ${pattern.key}`)
    const levels = new Set(goldenCases.map((row) => `${row.game} ${row.level}`))
    for (const game of games()) {
      for (const level of seedLevels(game)) assert.isTrue(levels.has(`${game} ${level.number}`), `no case on ${game} ${level.number}`)
    }
    assert.isTrue(goldenCases.some((row) => Array.isArray(row.utterance)), 'no voice case')
    assert.isTrue(goldenCases.some((row) => row.locale === 'ru' && row.explanationIncludes), 'no Russian explanation')
  })

  for (const [index, row] of goldenCases.entries()) {
    const label = Array.isArray(row.utterance) ? row.utterance.join(' | ') : row.utterance
    test(`#${index + 1} ${row.game} ${row.level}: ${label}`, async ({ assert }) => {
      const level = seededLevel(row.game, row.level)
      const verdict = check(row.utterance, level, { uiLocale: row.locale ?? 'en', dictionary: await englishDictionary() })
      assert.deepEqual(compareWithGolden(row, verdict), [], JSON.stringify({ feedback: verdict.feedback, intent: verdict.intent }))
    })
  }
})
