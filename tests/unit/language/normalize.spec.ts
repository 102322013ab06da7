import { test } from '@japa/runner'
import { check } from '#language/check'
import { expandContraction, NUMBER_WORDS, numberValue, numberWord, tokenize } from '#language/normalize'
import { fixtureLevel } from '#tests/unit/language/fixture'

/**
 * Names every plain object inherits: a written word must never find them
 * in a table of number words, contractions or spellings.
 */
const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString']

test.group('Normalising what a player wrote', () => {
  test('inherited object keys are not number words', ({ assert }) => {
    for (const word of INHERITED) {
      assert.isUndefined(numberValue([word]), word)
      assert.isUndefined(numberValue([word.toLowerCase()]), word)
      assert.isUndefined(numberValue(['twenty', word]), `twenty ${word}`)
      assert.isUndefined(numberValue([word, 'one']), `${word} one`)
      assert.isFalse(NUMBER_WORDS.has(word), word)
    }
  })

  test('inherited object keys are not contractions', ({ assert }) => {
    for (const word of INHERITED) assert.deepEqual(expandContraction(word), [word])
  })

  test('a word named like an object key stays a plain word, in every language', ({ assert }) => {
    for (const language of ['en', 'ru']) {
      const { tokens } = tokenize('constructor toString hasOwnProperty valueOf __proto__', language, { grey: 'gray' })
      assert.deepEqual(
        tokens.map((token) => token.norm),
        ['constructor', 'tostring', 'hasownproperty', 'valueof', 'proto'],
        language
      )
      assert.isTrue(tokens.every((token) => token.number === undefined), language)
    }
  })

  test('spellings apply to their own keys only', ({ assert }) => {
    const spellings = { gray: 'grey' }
    assert.deepEqual(tokenize('gray constructor', 'ru', spellings).tokens.map((token) => token.norm), ['grey', 'constructor'])
  })

  test('number words run from zero to ninety and a hundred, each spelt out one way', ({ assert }) => {
    for (const [word, value] of [['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['nineteen', 19]] as const) {
      assert.equal(numberValue([word]), value)
      assert.equal(numberWord(value), word)
    }
    assert.equal(numberValue(['ninety', 'nine']), 99)
    assert.equal(numberValue(['seventy-two']), 72)
    assert.equal(numberValue(['a', 'hundred']), 100)
    assert.equal(numberValue(['123456']), 123456)
    assert.isUndefined(numberValue(['1234567']))
    assert.isUndefined(numberWord(21))
  })
})

test.group('The checker and words named like object keys', () => {
  test('"constructor" is not a number: an extra word, not a quantity', ({ assert }) => {
    const verdict = check('Plant constructor potatoes', fixtureLevel(), { dictionary: new Set(['constructor']) })
    assert.isFalse(verdict.passed)
    assert.deepEqual(verdict.feedback.map((item) => item.kind), ['extra_word'])
    assert.notProperty(verdict.intent?.slots ?? {}, 'quantity')
  })

  test('other inherited names are unknown words, and nothing throws', ({ assert }) => {
    for (const word of INHERITED) {
      const verdict = check(`Plant ${word} potatoes`, fixtureLevel())
      assert.isFalse(verdict.passed, word)
      assert.isUndefined(verdict.error, word)
      assert.isUndefined(verdict.intent?.slots.quantity, word)
    }
  })

  test('a misspelt tens word is a typo of that number ("sevnty" → seventy)', ({ assert }) => {
    for (const [written, expected, value] of [['sevnty', 'seventy', 70], ['eigthy', 'eighty', 80], ['ninty', 'ninety', 90], ['sxity', 'sixty', 60]] as const) {
      const verdict = check(`Plant ${written} potatoes`, fixtureLevel())
      assert.isTrue(verdict.passed, written)
      assert.deepEqual(verdict.feedback.map((item) => [item.kind, item.expected]), [['typo', expected]], written)
      assert.equal(verdict.intent?.slots.quantity, value, written)
    }
  })
})
