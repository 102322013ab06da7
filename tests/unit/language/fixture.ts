import type { GrammarPatternData, IntentData, LevelLanguageData, LexemeData, PhraseData } from '#language/content'
import { compileLevel } from '#language/compile'

const lexeme = (lemma: string, pos: LexemeData['pos'], tags: string[], extra: Partial<LexemeData> = {}): LexemeData => ({
  key: `en:${lemma}:${pos}`,
  language: 'en',
  lemma,
  pos,
  tags,
  translations: { ru: lemma },
  cefr: 'A1',
  ...extra,
})

export const lexemes: LexemeData[] = [
  lexeme('plant', 'verb', ['farm']),
  lexeme('sow', 'verb', ['farm'], { forms: { past: 'sowed', pastParticiple: 'sown' } }),
  lexeme('water', 'verb', ['farm']),
  lexeme('water', 'noun', ['resource'], { uncountable: true }),
  lexeme('go', 'verb', []),
  lexeme('carrot', 'noun', ['crop']),
  lexeme('potato', 'noun', ['crop'], { forms: { plural: 'potatoes' } }),
  lexeme('wheat', 'noun', ['crop'], { uncountable: true }),
  lexeme('sheep', 'noun', ['animal'], { forms: { plural: 'sheep' } }),
  lexeme('apple', 'noun', ['crop']),
  lexeme('three', 'number', [], { value: 3 }),
  lexeme('one', 'number', [], { value: 1 }),
  lexeme('the', 'article', []),
  lexeme('a', 'article', []),
  lexeme('an', 'article', []),
  lexeme('some', 'determiner', []),
  lexeme('please', 'interjection', []),
  lexeme('be', 'verb', [], { forms: { third: 'is', plural: 'are', first: 'am', past: 'was', pastPlural: 'were', pastParticiple: 'been', ing: 'being' } }),
  lexeme('there', 'adverb', []),
  lexeme('grey', 'adjective', ['colour'], { variants: ['gray'] }),
]

const pattern = (key: string): GrammarPatternData => ({
  key,
  template: '',
  title: { en: key, ru: key },
  explanation: { en: `Rule ${key}`, ru: `Правило ${key}` },
  examples: [{ en: `Example of ${key}.`, ru: `Пример ${key}.` }],
  catches: ['wrong_form'],
  cefr: 'A1',
})

export const patterns = ['imperative', 'plural_after_numbers', 'the_article', 'a_an', 'there_is_are'].map(pattern)

export const intents: IntentData[] = [
  {
    key: 'plant',
    verbs: ['en:plant:verb', 'en:sow:verb'],
    slots: { crop: { type: 'crop', required: true }, quantity: { type: 'number' } },
  },
  { key: 'water', verbs: ['en:water:verb'], slots: { crop: { type: 'crop', required: true } } },
]

export const phrases: PhraseData[] = [
  {
    key: 'plant_crops',
    intent: 'plant',
    pattern: 'imperative',
    text: 'Plant carrots.',
    accepted: ['[please] plant [the|some] {crop:crop.plural}', '[please] plant (a|an|one) {crop:crop.singular}'],
    translations: { ru: 'Посадите морковь.' },
  },
  {
    key: 'plant_count',
    intent: 'plant',
    pattern: 'plural_after_numbers',
    text: 'Plant three potatoes.',
    accepted: ['[please] plant {quantity:number} {crop:crop.agree(quantity)}', 'there <be.agree(quantity)> {quantity:number} {crop:crop.agree(quantity)}'],
    translations: { ru: 'Посадите три картофелины.' },
  },
  {
    key: 'water_crops',
    intent: 'water',
    pattern: 'the_article',
    text: 'Water the carrots.',
    accepted: ['water [the] {crop:crop.plural}'],
    translations: { ru: 'Полейте морковь.' },
  },
]

export function fixtureLevel(overrides: Partial<LevelLanguageData> = {}) {
  const level: LevelLanguageData = {
    number: 2,
    key: 'count_them',
    title: { en: 'Count them' },
    goals: [{ intent: 'plant', slots: { crop: 'potato', quantity: 3 } }],
    canonical: 'Plant three potatoes.',
    allowedIntents: ['plant', 'water'],
    vocabulary: ['en:potato:noun'],
    grammar: ['plural_after_numbers'],
    hints: [{ en: 'a' }, { en: 'b' }, { en: 'c' }],
    cefr: 'A1',
    difficulty: 1,
    ...overrides,
  }
  return compileLevel({ game: 'farm', language: 'en', lexemes, patterns, intents, phrases, level })
}
