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

  test('spelling variants come from lexemes of the level\'s language only', ({ assert }) => {
    const russian = {
      key: 'ru:морковь:noun',
      language: 'ru',
      lemma: 'морковь',
      pos: 'noun' as const,
      tags: ['crop'],
      translations: { en: 'carrot' },
      cefr: 'A1' as const,
      variants: ['carrots', 'морковка'],
    }
    const base = fixtureLevel()
    const level = compileLevel({
      game: 'farm',
      language: 'en',
      lexemes: [...lexemes, russian],
      patterns,
      intents,
      phrases,
      level: { number: base.level, key: 'count_them', title: { en: 'Count them' }, goals: base.goals, canonical: base.canonical, allowedIntents: base.allowedIntents, vocabulary: [], grammar: [], hints: [], cefr: 'A1', difficulty: 1 },
    })
    assert.deepEqual(level.spellings, { gray: 'grey' })
    assert.isTrue(check('Plant three carrots', level).passed)
  })

  test('a lexeme named like an object key (constructor) is a word like any other', ({ assert }) => {
    const builder = { ...lexemes.find((lexeme) => lexeme.lemma === 'carrot')!, key: 'en:constructor:noun', lemma: 'constructor', forms: { plural: 'constructors' } }
    const base = fixtureLevel()
    const level = compileLevel({
      game: 'farm',
      language: 'en',
      lexemes: [...lexemes, builder],
      patterns,
      intents,
      phrases,
      level: { number: base.level, key: 'count_them', title: { en: 'Count them' }, goals: base.goals, canonical: base.canonical, allowedIntents: base.allowedIntents, vocabulary: [], grammar: [], hints: [], cefr: 'A1', difficulty: 1 },
    })
    assert.deepEqual(level.words.constructor, [{ lexeme: 'en:constructor:noun', form: 'lemma' }])
    const verdict = check('Plant three constructors', level)
    assert.isTrue(verdict.passed)
    assert.deepEqual(verdict.intent?.slots, { quantity: 3, crop: 'constructor' })
  })

  test('slot, form and word names from a template must really exist (not be inherited keys)', ({ assert }) => {
    try {
      fixtureLevel({
        accepted: [
          { intent: 'plant', pattern: 'imperative', template: 'plant {crop:crop} {constructor:crop}' },
          { intent: 'plant', pattern: 'imperative', template: 'plant {crop:crop} <be.constructor>' },
          { intent: 'plant', pattern: 'imperative', template: 'plant {crop:crop} constructor' },
        ],
      })
      assert.fail('compiled broken content')
    } catch (error) {
      assert.instanceOf(error, ContentError)
      const problems = (error as ContentError).problems.join('\n')
      for (const expected of ['slot constructor is not a slot of intent plant', 'en:be:verb has no constructor form', 'word "constructor" is not a form of any lexeme']) {
        assert.include(problems, expected)
      }
    }
  })

  test('a level without any accepted template does not compile (the checker relies on it)', ({ assert }) => {
    assert.throws(() => fixtureLevel({ allowedIntents: [], goals: [] }), /no accepted template/)
    assert.throws(
      () => fixtureLevel({ allowedIntents: [], goals: [], accepted: [{ intent: 'plant', pattern: 'imperative', template: 'plant {crop:crop}' }] }),
      /is not allowed/
    )
  })
})
