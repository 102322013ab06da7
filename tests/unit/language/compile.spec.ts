import { test } from '@japa/runner'
import { check } from '#language/check'
import { compileLevel, ContentError } from '#language/compile'
import { fixtureLevel, intents, lexemes, patterns, phrases } from '#tests/unit/language/fixture'

test.group('Compiling a level', () => {
  test('lists every content problem at once', ({ assert }) => {
    try {
      fixtureLevel({
        goals: [{ intent: 'harvest', slots: {} }, { intent: 'plant', slots: { colour: 'red' } }],
        vocabulary: ['en:turnip:noun'],
        grammar: ['subjunctive'],
        accepted: [{ intent: 'plant', pattern: 'imperative', template: 'plant {crop:crop.plural' }],
      })
      assert.fail('compiled broken content')
    } catch (error) {
      assert.instanceOf(error, ContentError)
      const problems = (error as ContentError).problems.join('\n')
      for (const expected of ['goal intent harvest', 'goal slot colour', 'vocabulary en:turnip:noun', 'grammar subjunctive', 'plant {crop:crop.plural']) {
        assert.include(problems, expected)
      }
    }
  })

  test('a goal that names a pattern is reached only in that grammar', ({ assert }) => {
    const level = fixtureLevel({
      goals: [{ intent: 'plant', slots: { crop: 'potato', quantity: 3 }, pattern: 'there_is_are' }],
      accepted: [{ intent: 'plant', pattern: 'there_is_are', template: 'there <be.agree(quantity)> {quantity:number} {crop:crop.agree(quantity)}' }],
    })
    const plain = check('Plant three potatoes', level)
    assert.isTrue(plain.passed)
    assert.isFalse(plain.goalMatched)
    assert.isTrue(plain.trace.some((step) => step.detail.includes('not with there_is_are')))

    const lesson = check('There are three potatoes', level)
    assert.isTrue(lesson.passed)
    assert.isTrue(lesson.goalMatched)
  })

  test('a goal may not ask for a pattern no accepted template of its intent uses', ({ assert }) => {
    assert.throws(
      () => fixtureLevel({ goals: [{ intent: 'plant', slots: { crop: 'potato' }, pattern: 'comparatives' }] }),
      /asks for pattern comparatives/
    )
  })

  test('a fixed word in a form its lexeme lacks is a content problem, not an unknown word later', ({ assert }) => {
    const withoutAre = lexemes.map((lexeme) => (lexeme.lemma === 'be' ? { ...lexeme, forms: { third: 'is' } } : lexeme))
    const level = fixtureLevel().level
    assert.throws(
      () =>
        compileLevel({
          game: 'farm',
          language: 'en',
          lexemes: withoutAre,
          patterns,
          intents,
          phrases,
          level: {
            number: level,
            key: 'there',
            title: { en: 'There' },
            goals: [{ intent: 'plant', slots: { crop: 'potato' } }],
            canonical: 'There are three potatoes.',
            accepted: [{ intent: 'plant', pattern: 'there_is_are', template: 'there <be.agree(quantity)> {quantity:number} {crop:crop.agree(quantity)}' }],
            allowedIntents: ['plant'],
            vocabulary: [],
            grammar: [],
            hints: [],
            cefr: 'A1',
            difficulty: 1,
          },
        }),
      /en:be:verb has no plural form/
    )
  })
})
