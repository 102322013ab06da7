import { test } from '@japa/runner'
import fc from 'fast-check'
import { check } from '#language/check'
import type { CompiledLevel, Verdict } from '#language/types'
import { MAX_UTTERANCE_LENGTH } from '#language/types'
import { fixtureLevel } from '#tests/unit/language/fixture'
import { seededLevels } from '#services/seed_content'

/**
 * Properties of the checker over many generated inputs, on a small fixture
 * level and on every seeded level of every game.
 */
const levels: Array<[string, CompiledLevel]> = [['fixture', fixtureLevel()], ...seededLevels()]

function spansAreSound(input: string, verdict: Verdict) {
  const spans = verdict.feedback.map((item) => [item.start, item.end] as const)
  for (const [start, end] of spans) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length)) return false
  }
  const solid = spans.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0])
  for (let index = 1; index < solid.length; index++) {
    if (solid[index][0] < solid[index - 1][1]) return false
  }
  return true
}

/**
 * A word from the level's canonical answer, edited once so that it is no
 * longer a word at all.
 */
function oneEdit(word: string, position: number, operation: number, letter: string) {
  const at = position % word.length
  switch (operation % 4) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + word.slice(at + 1)
    case 2:
      return word.slice(0, at) + letter + word.slice(at)
    default:
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at) + letter
  }
}

test.group('Checker properties', () => {
  for (const [name, level] of levels) {
    test(`${name}: never throws, always answers a sound verdict`, ({ assert }) => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 400 })), (input) => {
          const verdict = check(input, level)
          assert.isAtLeast(verdict.score, 0)
          assert.isAtMost(verdict.score, 100)
          assert.notEqual(verdict.error?.messageKey, 'language.errors.internal', verdict.error?.params.reason as string)
          if (input.length > MAX_UTTERANCE_LENGTH) assert.equal(verdict.error?.messageKey, 'language.errors.too_long')
          return spansAreSound(input.slice(0, MAX_UTTERANCE_LENGTH), verdict)
        }),
        { numRuns: 300, seed: 42 }
      )
    })

    test(`${name}: the same input gets the same verdict`, ({ assert }) => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...vocabulary(level)), { maxLength: 6 }), (words) => {
          const input = words.join(' ')
          assert.deepEqual(check(input, level), check(input, level))
          return spansAreSound(input, check(input, level))
        }),
        { numRuns: 200, seed: 7 }
      )
    })

    test(`${name}: the canonical answer passes with 100`, ({ assert }) => {
      const verdict = check(level.canonical, level)
      assert.isTrue(verdict.passed, JSON.stringify(verdict.feedback))
      assert.equal(verdict.score, 100)
      assert.isTrue(verdict.goalMatched)
      // As typed, shouted or spoken.
      assert.isTrue(check(level.canonical.toUpperCase(), level).passed)
      assert.isTrue(check([level.canonical.toLowerCase().replace(/[.!?]/g, '')], level).passed)
    })

    test(`${name}: one typo in a long word keeps the answer passing`, ({ assert }) => {
      const words = level.canonical.replace(/[^\p{L}\p{N}' -]/gu, '').split(' ')
      const long = words.map((word, index) => [word, index] as const).filter(([word]) => word.length > 5)
      if (long.length === 0) return
      fc.assert(
        fc.property(
          fc.constantFrom(...long),
          fc.nat(),
          fc.nat(),
          fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
          ([word, index], position, operation, letter) => {
            const edited = oneEdit(word.toLowerCase(), position, operation, letter)
            // Only real typos: not another word of the language.
            fc.pre(!level.words[edited] && edited !== word.toLowerCase())
            const input = [...words.slice(0, index), edited, ...words.slice(index + 1)].join(' ')
            const verdict = check(input, level)
            assert.isTrue(verdict.passed, `${input}: ${JSON.stringify(verdict.feedback)}`)
            assert.isAtLeast(verdict.score, 90)
            assert.includeMembers(verdict.feedback.map((item) => item.kind), ['typo'])
          }
        ),
        { numRuns: 150, seed: 3 }
      )
    })
  }
})

function vocabulary(level: CompiledLevel) {
  const words = new Set<string>()
  for (const template of level.templates) {
    for (const edge of template.graph.edges) if (edge.kind === 'word') words.add(edge.word)
  }
  for (const word of Object.keys(level.words).slice(0, 60)) words.add(word)
  return [...words, '3', 'xyz', ',', "don't"]
}
