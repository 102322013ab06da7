import type { GoldenCase } from '#tests/golden/golden_case'

/**
 * The golden table (see golden_case.ts for the fields): what a good teacher
 * says about each answer, level by level, then voice, the interface
 * languages and hostile input. Spans are offsets into the utterance.
 */
export const goldenCases: GoldenCase[] = [
  // Farm 1 — imperative: "Plant carrots."
  { game: 'farm', level: 1, utterance: 'Plant carrots.', passed: true, kinds: [], intent: 'plant', slots: { crop: 'carrot' }, goalMatched: true, minScore: 100 },
  { game: 'farm', level: 1, utterance: 'Plant the carrots', passed: true, kinds: [], intent: 'plant', slots: { crop: 'carrot' }, goalMatched: true, minScore: 100 },
  { game: 'farm', level: 1, utterance: 'Plant some carrots', passed: true, kinds: [], intent: 'plant', slots: { crop: 'carrot' }, goalMatched: true, minScore: 100 },
  { game: 'farm', level: 1, utterance: 'Please plant carrots', passed: true, kinds: [], intent: 'plant', slots: { crop: 'carrot' }, goalMatched: true, minScore: 100 },
  { game: 'farm', level: 1, utterance: 'Plant carrots please', passed: true, kinds: [], goalMatched: true, minScore: 100 },
  { game: 'farm', level: 1, utterance: 'PLANT CARROTS!', passed: true, kinds: [], goalMatched: true, minScore: 100, note: 'case does not matter' },
  { game: 'farm', level: 1, utterance: 'Plant all the carrots', passed: true, kinds: [], goalMatched: true },
  {
    game: 'farm', level: 1, utterance: 'Plant potatoes', passed: true, kinds: [], intent: 'plant', slots: { crop: 'potato' }, goalMatched: false,
    note: 'good English, another crop than the goal',
  },
  { game: 'farm', level: 1, utterance: 'Plant carrots in the field', passed: true, kinds: [], slots: { crop: 'carrot', place: 'field' }, goalMatched: true },
  {
    game: 'farm', level: 1, utterance: 'Plant carrot', passed: false, kinds: ['wrong_form'], spans: [[6, 12]], expected: ['carrots'],
    goalMatched: true, correction: 'Plant carrots.',
  },
  {
    game: 'farm', level: 1, utterance: 'Plnat carrots', passed: true, kinds: ['typo'], spans: [[0, 5]], expected: ['plant'], goalMatched: true,
    minScore: 95, maxScore: 95,
  },
  { game: 'farm', level: 1, utterance: 'Plant carots', passed: true, kinds: ['typo'], spans: [[6, 12]], expected: ['carrots'], goalMatched: true, minScore: 95 },
  {
    game: 'farm', level: 1, utterance: 'Plants carrots', passed: false, kinds: ['wrong_form'], spans: [[0, 6]], expected: ['plant'],
    rule: 'imperative', goalMatched: true,
  },
  { game: 'farm', level: 1, utterance: 'Planting carrots', passed: false, kinds: ['wrong_form'], spans: [[0, 8]], expected: ['plant'], rule: 'imperative' },
  { game: 'farm', level: 1, utterance: 'Planted carrots', passed: false, kinds: ['wrong_form'], spans: [[0, 7]], expected: ['plant'], rule: 'imperative' },
  {
    game: 'farm', level: 1, utterance: 'You plant carrots', passed: false, kinds: ['extra_word'], spans: [[0, 3]], expected: [null],
    rule: 'imperative', correction: 'Plant carrots.', note: 'an order has no "you"',
  },
  {
    game: 'farm', level: 1, utterance: 'Carrots plant', passed: false, kinds: ['word_order'], spans: [[0, 7]], expected: [null], rule: 'imperative',
    goalMatched: true, correction: 'Plant carrots.',
  },
  { game: 'farm', level: 1, utterance: 'Plant', passed: false, kinds: ['missing_word'], spans: [[5, 5]], expected: ['carrots'], intent: 'plant', goalMatched: false },
  { game: 'farm', level: 1, utterance: 'carrots', passed: false, kinds: ['missing_word'], spans: [[0, 0]], expected: ['plant'], correction: 'Plant carrots.' },
  {
    game: 'farm', level: 1, utterance: 'Plant a carrots', passed: false, kinds: ['extra_word'], spans: [[6, 7]], expected: [null], rule: 'a_an',
    correction: 'Plant carrots.', note: 'a/an only before one thing',
  },
  {
    game: 'farm', level: 1, utterance: 'Plant the the carrots', passed: false, kinds: ['extra_word'], spans: [[6, 9]], expected: [null],
    correction: 'Plant the carrots.',
  },
  { game: 'farm', level: 1, utterance: 'Plant cows', passed: false, kinds: ['wrong_word'], spans: [[6, 10]], expected: ['carrots'], goalMatched: false },
  {
    game: 'farm', level: 1, utterance: 'Plant them carrots', passed: false, kinds: ['wrong_word'], spans: [[6, 10]], expected: ['the'],
    rule: 'the_article', note: 'a real word one letter from "the"',
  },
  {
    game: 'farm', level: 1, utterance: 'Water carrots', passed: false, kinds: ['wrong_word'], spans: [[0, 5]], expected: ['plant'], intent: null,
    goalMatched: false, note: 'watering is not allowed on this level',
  },
  { game: 'farm', level: 1, utterance: 'Plant xyzzy', passed: false, kinds: ['unknown_word'], spans: [[6, 11]], expected: ['carrots'], goalMatched: false },
  {
    game: 'farm', level: 1, utterance: "Don't plant carrots", passed: false, kinds: ['extra_word'], spans: [[0, 5]], expected: [null],
    note: 'contraction: do + not, one span',
  },
  { game: 'farm', level: 1, utterance: 'Plant, carrots', passed: true, kinds: ['punctuation'], spans: [[5, 6]], expected: [null], minScore: 100, note: 'a note only' },
  {
    game: 'farm', level: 1, utterance: 'Plant the carrots, please.', passed: true, kinds: ['punctuation'], spans: [[17, 18]], expected: [null],
    goalMatched: true, minScore: 100,
  },
  { game: 'farm', level: 1, utterance: 'Plant carrots 🥕', passed: true, kinds: [], goalMatched: true, minScore: 100, note: 'emoji are not words' },

  // Farm 1 — intent fallback and the farm override (sow is a verb of plant in farm only)
  { game: 'farm', level: 1, utterance: 'Sow three carrots', passed: true, kinds: [], intent: 'plant', slots: { crop: 'carrot', quantity: 3 }, goalMatched: true },
  { game: 'strategy', level: 1, utterance: 'Sow three carrots', passed: false, intent: null, goalMatched: false, note: 'strategy has no sow and no planting' },
  { game: 'farm', level: 1, utterance: 'Sow carrots', passed: true, kinds: [], intent: 'plant', slots: { crop: 'carrot' }, goalMatched: true },
  { game: 'farm', level: 1, utterance: 'Sow a carrot', passed: true, kinds: [], intent: 'plant', slots: { crop: 'carrot' }, goalMatched: true, note: 'singular after a' },
  {
    game: 'farm', level: 1, utterance: 'Sow carrot', passed: false, kinds: ['wrong_form'], spans: [[4, 10]], expected: ['carrots'], intent: 'plant',
    correction: 'Sow carrots.',
  },
  { game: 'farm', level: 1, utterance: 'Sow an carrot', passed: false, kinds: ['wrong_form'], spans: [[4, 6]], expected: ['a'], rule: 'a_an', intent: 'plant' },

  // Farm 2 — plural after numbers: "Plant three potatoes."
  {
    game: 'farm', level: 2, utterance: 'Plant three potatoes.', passed: true, kinds: [], intent: 'plant', slots: { crop: 'potato', quantity: 3 },
    goalMatched: true, minScore: 100,
  },
  {
    game: 'farm', level: 2, utterance: 'Plant three potato', passed: false, kinds: ['wrong_form'], spans: [[12, 18]], expected: ['potatoes'],
    rule: 'plural_after_numbers', goalMatched: true, correction: 'Plant three potatoes.',
  },
  {
    game: 'farm', level: 2, utterance: 'Plant 3 potatoes', passed: true, kinds: [], intent: 'plant', slots: { crop: 'potato', quantity: 3 },
    goalMatched: true, minScore: 100,
  },
  {
    game: 'farm', level: 2, utterance: 'Plant 3 potato', passed: false, kinds: ['wrong_form'], spans: [[8, 14]], expected: ['potatoes'],
    rule: 'plural_after_numbers', goalMatched: true, correction: 'Plant 3 potatoes.',
  },
  { game: 'farm', level: 2, utterance: 'Plant one potato', passed: true, kinds: [], slots: { crop: 'potato', quantity: 1 }, goalMatched: false },
  {
    game: 'farm', level: 2, utterance: 'Plant one potatoes', passed: false, kinds: ['wrong_form'], spans: [[10, 18]], expected: ['potato'],
    rule: 'plural_after_numbers', goalMatched: false,
  },
  { game: 'farm', level: 2, utterance: 'Plant twenty-one potatoes', passed: true, kinds: [], slots: { quantity: 21 }, goalMatched: false },
  { game: 'farm', level: 2, utterance: 'Plant twenty one potatoes', passed: true, kinds: [], slots: { quantity: 21 }, goalMatched: false },
  { game: 'farm', level: 2, utterance: 'Plant a hundred potatoes', passed: true, kinds: [], slots: { quantity: 100 }, goalMatched: false },
  {
    game: 'farm', level: 2, utterance: 'Plant thre potatoes', passed: true, kinds: ['typo'], spans: [[6, 10]], expected: ['three'],
    slots: { quantity: 3 }, goalMatched: true,
  },
  { game: 'farm', level: 2, utterance: 'Plant three potatos', passed: true, kinds: ['typo'], spans: [[12, 19]], expected: ['potatoes'], goalMatched: true },
  {
    game: 'farm', level: 2, utterance: 'Plant tree potatoes', passed: false, kinds: ['wrong_word'], spans: [[6, 10]], expected: ['three'],
    goalMatched: false, correction: 'Plant three potatoes.', note: '"tree" is a word: not a typo',
  },
  {
    game: 'farm', level: 2, utterance: 'Plant constructor potatoes.', passed: false, kinds: ['extra_word'], spans: [[6, 17]], expected: [null],
    intent: 'plant', slots: { crop: 'potato' }, goalMatched: false, correction: 'Plant potatoes.',
    note: 'an inherited object key is no number word (it once passed with 100)',
  },
  {
    game: 'farm', level: 2, utterance: 'Plant sevnty potatoes', passed: true, kinds: ['typo'], spans: [[6, 12]], expected: ['seventy'],
    slots: { crop: 'potato', quantity: 70 }, goalMatched: false, note: 'sixty to ninety are number words too (once an unknown word)',
  },
  {
    game: 'farm', level: 2, utterance: 'Plant ninty potatoes', passed: true, kinds: ['typo'], spans: [[6, 11]], expected: ['ninety'],
    slots: { quantity: 90 }, goalMatched: false,
  },
  {
    game: 'farm', level: 2, utterance: 'Plant potatoes three', passed: false, kinds: ['word_order'], slots: { quantity: 3, crop: 'potato' },
    goalMatched: true, correction: 'Plant three potatoes.',
  },
  {
    game: 'farm', level: 2, utterance: 'Three potatoes plant', passed: false, kinds: ['word_order'], spans: [[15, 20]], expected: [null],
    goalMatched: true, correction: 'Plant three potatoes.',
  },
  {
    game: 'farm', level: 2, utterance: 'Plant three', passed: false, kinds: ['missing_word'], spans: [[11, 11]], expected: ['potatoes'],
    rule: 'plural_after_numbers', goalMatched: false,
  },
  { game: 'farm', level: 2, utterance: 'Plant three big potatoes', passed: false, kinds: ['extra_word'], spans: [[12, 15]], expected: [null], goalMatched: true },
  { game: 'farm', level: 2, utterance: 'Sow three potatoes', passed: true, kinds: [], intent: 'plant', slots: { crop: 'potato', quantity: 3 }, goalMatched: true },
  {
    game: 'farm', level: 2, utterance: 'Sow three potato', passed: false, kinds: ['wrong_form'], spans: [[10, 16]], expected: ['potatoes'],
    rule: 'plural_after_numbers', intent: 'plant', goalMatched: true, note: 'the fallback keeps the verb and finds the plural',
  },
  { game: 'farm', level: 2, utterance: 'Please, plant three potatoes', passed: true, kinds: ['punctuation'], spans: [[6, 7]], expected: [null], goalMatched: true },
  { game: 'farm', level: 2, utterance: 'Plant... three... potatoes...', passed: true, kinds: ['punctuation'], spans: [[5, 6]], expected: [null], goalMatched: true },
  { game: 'farm', level: 2, utterance: 'Plant ３ potatoes', passed: true, kinds: [], slots: { quantity: 3 }, goalMatched: true, note: 'full-width digit' },
  { game: 'farm', level: 2, utterance: 'Ｐｌａｎｔ three potatoes', passed: true, kinds: [], goalMatched: true, note: 'full-width letters' },
  {
    game: 'farm', level: 2, utterance: 'Plаnt three potatoes', passed: true, kinds: ['typo'], spans: [[0, 5]], expected: ['plant'], goalMatched: true,
    note: 'a Cyrillic а inside: mixed scripts',
  },
  { game: 'farm', level: 2, utterance: 'Plant three картошки', passed: false, kinds: ['unknown_word'], spans: [[12, 20]], expected: ['potatoes'], goalMatched: false },

  // Farm 3 — the: "Water the carrots."
  { game: 'farm', level: 3, utterance: 'Water the carrots.', passed: true, kinds: [], intent: 'water', slots: { crop: 'carrot' }, goalMatched: true, minScore: 100 },
  { game: 'farm', level: 3, utterance: 'Water carrots', passed: true, kinds: [], intent: 'water', slots: { crop: 'carrot' }, goalMatched: true, minScore: 100 },
  { game: 'farm', level: 3, utterance: 'Water the carrot', passed: true, kinds: [], slots: { crop: 'carrot' }, goalMatched: true },
  {
    game: 'farm', level: 3, utterance: 'Waters the carrots', passed: false, kinds: ['wrong_form'], spans: [[0, 6]], expected: ['water'],
    rule: 'imperative', goalMatched: true,
  },
  { game: 'farm', level: 3, utterance: 'Watering the carrots', passed: false, kinds: ['wrong_form'], spans: [[0, 8]], expected: ['water'], rule: 'imperative' },
  { game: 'farm', level: 3, utterance: 'Wtaer the carrots', passed: true, kinds: ['typo'], spans: [[0, 5]], expected: ['water'], goalMatched: true },
  { game: 'farm', level: 3, utterance: 'Water teh carrots', passed: true, kinds: ['typo'], spans: [[6, 9]], expected: ['the'], goalMatched: true },
  { game: 'farm', level: 3, utterance: 'Water a carrots', passed: false, kinds: ['extra_word'], spans: [[6, 7]], expected: [null], rule: 'a_an' },
  { game: 'farm', level: 3, utterance: 'Water the garden', passed: true, kinds: [], intent: 'water', slots: { place: 'garden' }, goalMatched: false },
  { game: 'farm', level: 3, utterance: 'Water the potatoes', passed: true, kinds: [], slots: { crop: 'potato' }, goalMatched: false },
  {
    game: 'farm', level: 3, utterance: 'Water the carrots in the second bed', passed: true, kinds: [], slots: { crop: 'carrot', place: 'bed' },
    goalMatched: true, note: 'farm override: a bed is a place',
  },
  {
    game: 'farm', level: 3, utterance: 'Plant the carrots', passed: false, kinds: ['wrong_word'], spans: [[0, 5]], expected: ['water'], intent: null,
    goalMatched: false, note: 'another verb: not the watering intent',
  },
  {
    game: 'farm', level: 3, utterance: 'The carrots water', passed: false, kinds: ['word_order'], spans: [[12, 17]], expected: [null],
    goalMatched: true, correction: 'Water the carrots.',
  },
  { game: 'farm', level: 3, utterance: 'Water the cows', passed: false, kinds: ['wrong_word'], spans: [[10, 14]], expected: ['carrots'], goalMatched: false },

  // Farm 3 — can + verb
  { game: 'farm', level: 3, utterance: 'Can you water the carrots?', passed: true, kinds: [], intent: 'water', goalMatched: true, minScore: 100 },
  { game: 'farm', level: 3, utterance: 'Could you water the carrots please?', passed: true, kinds: [], goalMatched: true },
  {
    game: 'farm', level: 3, utterance: 'Can you waters the carrots?', passed: false, kinds: ['wrong_form'], spans: [[8, 14]], expected: ['water'],
    rule: 'can_verb', correction: 'Can you water the carrots?',
  },
  {
    game: 'farm', level: 3, utterance: 'Can you to water the carrots?', passed: false, kinds: ['extra_word'], spans: [[8, 10]], expected: [null],
    rule: 'can_verb', correction: 'Can you water the carrots?',
  },

  // Farm 4 — "Feed four chickens." (irregular plurals)
  {
    game: 'farm', level: 4, utterance: 'Feed four chickens.', passed: true, kinds: [], intent: 'feed', slots: { animal: 'chicken', quantity: 4 },
    goalMatched: true, minScore: 100,
  },
  { game: 'farm', level: 4, utterance: 'Feed 4 chickens', passed: true, kinds: [], slots: { quantity: 4 }, goalMatched: true },
  { game: 'farm', level: 4, utterance: 'Feed the four chickens', passed: true, kinds: [], goalMatched: true },
  {
    game: 'farm', level: 4, utterance: 'Feed four chicken', passed: false, kinds: ['wrong_form'], spans: [[10, 17]], expected: ['chickens'],
    rule: 'plural_after_numbers', goalMatched: true,
  },
  { game: 'farm', level: 4, utterance: 'Feed four chikens', passed: true, kinds: ['typo'], spans: [[10, 17]], expected: ['chickens'], goalMatched: true },
  { game: 'farm', level: 4, utterance: 'Feed four sheep', passed: true, kinds: [], slots: { animal: 'sheep' }, goalMatched: false },
  {
    game: 'farm', level: 4, utterance: 'Feed four sheeps', passed: false, kinds: ['wrong_form'], spans: [[10, 16]], expected: ['sheep'],
    rule: 'plural_after_numbers', goalMatched: false,
  },
  { game: 'farm', level: 4, utterance: 'Feed one sheep', passed: true, kinds: [], slots: { quantity: 1 }, goalMatched: false },
  { game: 'farm', level: 4, utterance: 'Feed two geese', passed: true, kinds: [], slots: { animal: 'goose', quantity: 2 }, goalMatched: false },
  {
    game: 'farm', level: 4, utterance: 'Feed two gooses', passed: false, kinds: ['wrong_form'], spans: [[9, 15]], expected: ['geese'],
    rule: 'plural_after_numbers', note: '"gooses" is a word (the verb), still the wrong plural',
  },
  {
    game: 'farm', level: 4, utterance: 'Feed for chickens', passed: false, kinds: ['wrong_word'], spans: [[5, 8]], expected: ['four'],
    goalMatched: false, correction: 'Feed four chickens.',
  },
  {
    game: 'farm', level: 4, utterance: 'Feed chickens four', passed: false, kinds: ['word_order'], slots: { quantity: 4 }, goalMatched: true,
    correction: 'Feed four chickens.',
  },
  { game: 'farm', level: 4, utterance: 'Feed four chickens with some grain', passed: true, kinds: [], slots: { food: 'grain' }, goalMatched: true },
  { game: 'farm', level: 4, utterance: 'Fed four chickens', passed: false, kinds: ['wrong_form'], spans: [[0, 3]], expected: ['feed'], rule: 'imperative' },
  {
    game: 'farm', level: 4, utterance: 'Feed fuor chickens', passed: true, kinds: ['typo'], spans: [[5, 9]], expected: ['four'],
    slots: { quantity: 4 }, goalMatched: true,
  },
  { game: 'farm', level: 4, utterance: 'Feed four', passed: false, kinds: ['missing_word'], spans: [[9, 9]], expected: ['chickens'] },

  // Farm 5 — "Buy two goats." (some/any)
  { game: 'farm', level: 5, utterance: 'Buy two goats.', passed: true, kinds: [], intent: 'buy', slots: { item: 'goat', quantity: 2 }, goalMatched: true, minScore: 100 },
  { game: 'farm', level: 5, utterance: 'Buy 2 goats', passed: true, kinds: [], goalMatched: true },
  {
    game: 'farm', level: 5, utterance: 'Buy two goat', passed: false, kinds: ['wrong_form'], spans: [[8, 12]], expected: ['goats'],
    rule: 'plural_after_numbers', goalMatched: true,
  },
  {
    game: 'farm', level: 5, utterance: 'Buy to goats', passed: false, kinds: ['wrong_word'], spans: [[4, 6]], expected: ['two'], goalMatched: false,
    correction: 'Buy two goats.',
  },
  { game: 'farm', level: 5, utterance: 'Buy too goats', passed: false, kinds: ['wrong_word'], spans: [[4, 7]], expected: ['two'] },
  { game: 'farm', level: 5, utterance: 'Buy goats two', passed: false, kinds: ['word_order'], goalMatched: true, correction: 'Buy two goats.' },
  { game: 'farm', level: 5, utterance: 'Buy two gaots', passed: true, kinds: ['typo'], spans: [[8, 13]], expected: ['goats'], goalMatched: true },
  { game: 'farm', level: 5, utterance: 'Sell two goats', passed: true, kinds: [], intent: 'sell', goalMatched: false },
  { game: 'farm', level: 5, utterance: 'Buy some goats', passed: true, kinds: [], intent: 'buy', slots: { item: 'goat' }, goalMatched: false },
  { game: 'farm', level: 5, utterance: 'Buy some goat', passed: false, kinds: ['wrong_form'], spans: [[9, 13]], expected: ['goats'], rule: 'some_any' },
  { game: 'farm', level: 5, utterance: 'By two goats', passed: false, kinds: ['wrong_word'], spans: [[0, 2]], expected: ['buy'] },
  { game: 'farm', level: 5, utterance: 'Buy two goats, please!', passed: true, kinds: ['punctuation'], spans: [[13, 14]], expected: [null], goalMatched: true },

  // Farm 6 — a/an: "Buy an apple."
  { game: 'farm', level: 6, utterance: 'Buy an apple.', passed: true, kinds: [], intent: 'buy', slots: { item: 'apple' }, goalMatched: true, minScore: 100 },
  {
    game: 'farm', level: 6, utterance: 'Buy a apple', passed: false, kinds: ['wrong_form'], spans: [[4, 5]], expected: ['an'], rule: 'a_an',
    goalMatched: true, correction: 'Buy an apple.',
  },
  {
    game: 'farm', level: 6, utterance: 'Buy an cow', passed: false, kinds: ['wrong_form'], spans: [[4, 6]], expected: ['a'], rule: 'a_an',
    goalMatched: false, correction: 'Buy a cow.',
  },
  { game: 'farm', level: 6, utterance: 'Buy a cow', passed: true, kinds: [], slots: { item: 'cow' }, goalMatched: false },
  {
    game: 'farm', level: 6, utterance: 'Buy apple', passed: false, kinds: ['missing_word'], spans: [[4, 4]], expected: ['an'], rule: 'a_an',
    correction: 'Buy an apple.',
  },
  { game: 'farm', level: 6, utterance: 'Buy an apples', passed: false, kinds: ['wrong_form'], spans: [[7, 13]], expected: ['apple'], rule: 'a_an' },
  { game: 'farm', level: 6, utterance: 'Buy an aple', passed: true, kinds: ['typo'], spans: [[7, 11]], expected: ['apple'], goalMatched: true },
  {
    game: 'farm', level: 6, utterance: 'Buy a aple', passed: false, kinds: ['wrong_form', 'typo'], spans: [[4, 5], [6, 10]],
    expected: ['an', 'apple'], rule: 'a_an', note: 'a/an judged on the word meant',
  },
  { game: 'farm', level: 6, utterance: 'Buy an egg', passed: true, kinds: [], slots: { item: 'egg' }, goalMatched: false },
  { game: 'farm', level: 6, utterance: 'Buy a egg', passed: false, kinds: ['wrong_form'], spans: [[4, 5]], expected: ['an'], rule: 'a_an' },
  { game: 'farm', level: 6, utterance: 'Buy an onion', passed: true, kinds: [], goalMatched: false },
  { game: 'farm', level: 6, utterance: 'Buy the apple', passed: true, kinds: [], slots: { item: 'apple' }, goalMatched: true },
  { game: 'farm', level: 6, utterance: 'Buy one apple', passed: true, kinds: [], slots: { item: 'apple', quantity: 1 }, goalMatched: true },
  { game: 'farm', level: 6, utterance: 'Sell an apple', passed: true, kinds: [], intent: 'sell', goalMatched: false },

  // Farm 7 — prepositions of place: "Plant onions in the north field." (ordinals)
  {
    game: 'farm', level: 7, utterance: 'Plant onions in the north field.', passed: true, kinds: [], intent: 'plant',
    slots: { crop: 'onion', place: 'field' }, goalMatched: true, minScore: 100,
  },
  { game: 'farm', level: 7, utterance: 'Plant onions on the north field', passed: true, kinds: [], goalMatched: true },
  { game: 'farm', level: 7, utterance: 'In the north field plant onions', passed: true, kinds: [], slots: { crop: 'onion', place: 'field' }, goalMatched: true },
  { game: 'farm', level: 7, utterance: 'Plant an onion in the north field', passed: true, kinds: [], goalMatched: true },
  { game: 'farm', level: 7, utterance: 'Plant three onions in the north field', passed: true, kinds: [], slots: { quantity: 3 }, goalMatched: true },
  { game: 'farm', level: 7, utterance: 'Water the onions in the north field', passed: true, kinds: [], intent: 'water', goalMatched: false },
  {
    game: 'farm', level: 7, utterance: 'Plant onions in north field', passed: false, kinds: ['missing_word'], spans: [[16, 16]], expected: ['the'],
    rule: 'the_article', goalMatched: true,
  },
  {
    game: 'farm', level: 7, utterance: 'Plant onions into the north field', passed: false, kinds: ['wrong_word'], spans: [[13, 17]], expected: ['in'],
    rule: 'prepositions_of_place',
  },
  {
    game: 'farm', level: 7, utterance: 'Plant onions under the north field', passed: false, kinds: ['wrong_word'], spans: [[13, 18]],
    expected: ['in'], rule: 'prepositions_of_place',
  },
  {
    game: 'farm', level: 10, utterance: 'There are constructor carrots in the garden', passed: false, kinds: ['wrong_word'], spans: [[10, 21]],
    expected: ['three'], goalMatched: false, note: '"constructor" is no quantity (it once passed with 100)',
  },
  {
    game: 'farm', level: 7, utterance: 'Plant onions the north field', passed: false, kinds: ['missing_word'], spans: [[13, 13]], expected: ['in'],
    rule: 'prepositions_of_place',
  },
  { game: 'farm', level: 7, utterance: 'Plant onions in a north field', passed: false, kinds: ['wrong_word'], spans: [[16, 17]], expected: ['the'], rule: 'the_article' },
  { game: 'farm', level: 7, utterance: 'Plant onion in the north field', passed: false, kinds: ['wrong_form'], spans: [[6, 11]], expected: ['onions'] },
  { game: 'farm', level: 7, utterance: 'Plant onions in the north fields', passed: false, kinds: ['wrong_form'], spans: [[26, 32]], expected: ['field'] },
  { game: 'farm', level: 7, utterance: 'Plant onions in in the north field', passed: false, kinds: ['extra_word'], spans: [[13, 15]], expected: [null] },
  { game: 'farm', level: 7, utterance: 'Plant onions in the north feild', passed: true, kinds: ['typo'], spans: [[26, 31]], expected: ['field'], goalMatched: true },
  { game: 'farm', level: 7, utterance: 'Plant onions in the second row', passed: true, kinds: [], slots: { place: 'row' }, goalMatched: false },
  {
    game: 'farm', level: 7, utterance: 'Plant onions in the two row', passed: false, kinds: ['wrong_form'], spans: [[20, 23]], expected: ['second'],
    rule: 'ordinals', correction: 'Plant onions in the second row.',
  },
  { game: 'farm', level: 7, utterance: 'Plant onions in second row', passed: false, kinds: ['missing_word'], spans: [[16, 16]], expected: ['the'], rule: 'the_article' },
  { game: 'farm', level: 7, utterance: 'Plant onions in the secend row', passed: true, kinds: ['typo'], spans: [[20, 26]], expected: ['second'] },

  // Farm 8 — joining with and: "Take some hay and feed the cows."
  {
    game: 'farm', level: 8, utterance: 'Take some hay and feed the cows.', passed: true, kinds: [], intent: 'feed',
    slots: { food: 'hay', animal: 'cow' }, goalMatched: true, minScore: 100,
  },
  { game: 'farm', level: 8, utterance: 'Take hay and feed cows', passed: true, kinds: [], goalMatched: true },
  { game: 'farm', level: 8, utterance: 'Feed the cows and give them some hay', passed: true, kinds: [], slots: { food: 'hay', animal: 'cow' }, goalMatched: true },
  { game: 'farm', level: 8, utterance: 'Give some hay to the cows', passed: true, kinds: [], goalMatched: false, note: 'the lesson is joining with and' },
  {
    game: 'farm', level: 8, utterance: 'Take some hay feed the cows', passed: false, kinds: ['missing_word'], spans: [[14, 14]], expected: ['and'],
    rule: 'joining_with_and', correction: 'Take some hay and feed the cows.',
  },
  {
    game: 'farm', level: 8, utterance: 'Take some hay. Feed the cows.', passed: false, kinds: ['punctuation', 'missing_word'],
    spans: [[13, 14], [15, 15]], expected: [null, 'and'], rule: 'joining_with_and',
  },
  {
    game: 'farm', level: 8, utterance: 'Take some hay, and feed the cows.', passed: true, kinds: ['punctuation'], spans: [[13, 14]], expected: [null],
    goalMatched: true,
  },
  {
    game: 'farm', level: 8, utterance: 'Take some hays and feed the cows', passed: false, kinds: ['wrong_form'], spans: [[10, 14]], expected: ['hay'],
    rule: 'uncountable_nouns', goalMatched: true,
  },
  {
    game: 'farm', level: 8, utterance: 'Take some hay and feeds the cows', passed: false, kinds: ['wrong_form'], spans: [[18, 23]],
    expected: ['feed'], rule: 'imperative',
  },
  { game: 'farm', level: 8, utterance: 'Take some hay and and feed the cows', passed: false, kinds: ['extra_word'], spans: [[14, 17]], expected: [null] },
  {
    game: 'farm', level: 8, utterance: 'Take some hay and feed thee cows', passed: false, kinds: ['wrong_word'], spans: [[23, 27]], expected: ['the'],
    rule: 'the_article',
  },
  {
    game: 'farm', level: 8, utterance: 'Take some hey and feed the cows', passed: false, kinds: ['wrong_word'], spans: [[10, 13]], expected: ['hay'],
    goalMatched: false,
  },

  // Farm 9 — possessive 's: "Feed the farmer's cows."
  {
    game: 'farm', level: 9, utterance: "Feed the farmer's cows.", passed: true, kinds: [], intent: 'feed', slots: { owner: 'farmer', animal: 'cow' },
    goalMatched: true, minScore: 100,
  },
  { game: 'farm', level: 9, utterance: 'Feed the farmer’s cows', passed: true, kinds: [], goalMatched: true, note: 'typographic apostrophe' },
  { game: 'farm', level: 9, utterance: "Feed the farmer's cow", passed: true, kinds: [], goalMatched: true },
  { game: 'farm', level: 9, utterance: "Feed the king's cows", passed: true, kinds: [], slots: { owner: 'king' }, goalMatched: false },
  { game: 'farm', level: 9, utterance: 'Feed the cows', passed: true, kinds: [], slots: { animal: 'cow' }, goalMatched: false, note: 'good English, but whose cows?' },
  {
    game: 'farm', level: 9, utterance: 'Feed the farmers cows', passed: false, kinds: ['wrong_form'], spans: [[9, 16]], expected: ["farmer's"],
    rule: 'possessive_s', goalMatched: true, correction: "Feed the farmer's cows.",
  },
  { game: 'farm', level: 9, utterance: 'Feed the farmer cows', passed: false, kinds: ['wrong_form'], spans: [[9, 15]], expected: ["farmer's"], rule: 'possessive_s' },
  { game: 'farm', level: 9, utterance: "Feed farmer's cows", passed: false, kinds: ['missing_word'], spans: [[5, 5]], expected: ['the'], rule: 'the_article' },
  { game: 'farm', level: 9, utterance: "Feed the farmer's cow's", passed: false, kinds: ['wrong_form'], spans: [[18, 23]], expected: ['cows'], rule: 'possessive_s' },
  {
    game: 'farm', level: 9, utterance: "Feed the farmers' cows", passed: true, kinds: ['typo'], spans: [[9, 17]], expected: ["farmer's"],
    goalMatched: true, note: 'one farmer: a slip, not a grammar mistake',
  },

  // Farm 10 — there is / there are: "There are three carrots in the garden."
  {
    game: 'farm', level: 10, utterance: 'There are three carrots in the garden.', passed: true, kinds: [], intent: 'plant',
    slots: { crop: 'carrot', quantity: 3, place: 'garden' }, goalMatched: true, minScore: 100,
  },
  { game: 'farm', level: 10, utterance: 'There are 3 carrots in the garden', passed: true, kinds: [], goalMatched: true },
  {
    game: 'farm', level: 10, utterance: 'There is three carrots in the garden', passed: false, kinds: ['wrong_form'], spans: [[6, 8]],
    expected: ['are'], rule: 'there_is_are', goalMatched: true, correction: 'There are three carrots in the garden.',
  },
  {
    game: 'farm', level: 10, utterance: "There's three carrots in the garden", passed: false, kinds: ['wrong_form'], spans: [[0, 7]],
    expected: ['there are'], rule: 'there_is_are', note: 'contraction: there + is',
  },
  {
    game: 'farm', level: 10, utterance: 'There are one carrot in the garden', passed: false, kinds: ['wrong_form'], spans: [[6, 9]], expected: ['is'],
    rule: 'there_is_are', goalMatched: false,
  },
  { game: 'farm', level: 10, utterance: "There's one carrot in the garden", passed: true, kinds: [], slots: { quantity: 1 }, goalMatched: false },
  { game: 'farm', level: 10, utterance: 'Plant three carrots in the garden', passed: true, kinds: [], slots: { crop: 'carrot', quantity: 3, place: 'garden' }, goalMatched: false, note: 'the lesson is there is/are' },
  {
    game: 'farm', level: 10, utterance: 'There are three carrot in the garden', passed: false, kinds: ['wrong_form'], spans: [[16, 22]],
    expected: ['carrots'], rule: 'plural_after_numbers',
  },
  {
    game: 'farm', level: 10, utterance: 'There three carrots in the garden', passed: false, kinds: ['missing_word'], spans: [[6, 6]],
    expected: ['are'], rule: 'there_is_are',
  },
  {
    game: 'farm', level: 10, utterance: 'Are there three carrots in the garden', passed: false, kinds: ['word_order'], spans: [[0, 3]],
    expected: [null], correction: 'There are three carrots in the garden.',
  },
  {
    game: 'farm', level: 10, utterance: 'There are three carrots on the garden', passed: false, kinds: ['wrong_word'], spans: [[24, 26]],
    expected: ['in'], rule: 'prepositions_of_place',
  },

  // Strategy 1 — directions: "Move the archers north."
  {
    game: 'strategy', level: 1, utterance: 'Move the archers north', passed: true, kinds: [], intent: 'move',
    slots: { unit: 'archer', direction: 'north' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 1, utterance: 'Move archers north', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 1, utterance: 'Move the archers to the north', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 1, utterance: 'March the archers north', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 1, utterance: 'The archers move north', passed: true, kinds: [], goalMatched: true, note: 'strategy override of move_units' },
  { game: 'strategy', level: 1, utterance: 'Go north with the archers', passed: true, kinds: [], slots: { unit: 'archer', direction: 'north' }, goalMatched: true },
  { game: 'strategy', level: 1, utterance: 'Move the archers south', passed: true, kinds: [], slots: { direction: 'south' }, goalMatched: false },
  { game: 'strategy', level: 1, utterance: 'Move the knights north', passed: true, kinds: [], slots: { unit: 'knight' }, goalMatched: false },
  { game: 'strategy', level: 1, utterance: 'Move the archers nroth', passed: true, kinds: ['typo'], spans: [[17, 22]], expected: ['north'], goalMatched: true },
  {
    game: 'strategy', level: 1, utterance: 'Move north the archers', passed: false, kinds: ['word_order'], spans: [[5, 10]], expected: [null],
    rule: 'directions', goalMatched: true, correction: 'Move the archers north.',
  },
  { game: 'strategy', level: 1, utterance: 'Moves the archers north', passed: false, kinds: ['wrong_form'], spans: [[0, 5]], expected: ['move'], rule: 'imperative' },
  {
    game: 'strategy', level: 1, utterance: 'Move the archers in the north', passed: false, kinds: ['wrong_word'], spans: [[17, 19]], expected: ['to'],
    rule: 'directions',
  },
  { game: 'strategy', level: 1, utterance: 'Move the archers nord', passed: false, kinds: ['unknown_word'], spans: [[17, 21]], expected: ['north'], goalMatched: false },
  {
    game: 'strategy', level: 1, utterance: "Move the archer's north", passed: false, kinds: ['wrong_form'], spans: [[9, 17]], expected: ['archers'],
    rule: 'possessive_s', note: 'no apostrophe in a plural',
  },
  { game: 'strategy', level: 1, utterance: 'Archers, move north!', passed: true, kinds: ['punctuation'], spans: [[7, 8]], expected: [null], goalMatched: true },

  // Strategy 2 — a/an, prepositions of place: "Build a tower near the river."
  {
    game: 'strategy', level: 2, utterance: 'Build a tower near the river', passed: true, kinds: [], intent: 'build',
    slots: { building: 'tower', place: 'river' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 2, utterance: 'Build a tower next to the river', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 2, utterance: 'Build a tower by the river', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 2, utterance: 'Near the river build a tower', passed: true, kinds: [], goalMatched: true },
  {
    game: 'strategy', level: 2, utterance: 'Build an tower near the river', passed: false, kinds: ['wrong_form'], spans: [[6, 8]], expected: ['a'],
    rule: 'a_an', goalMatched: true,
  },
  { game: 'strategy', level: 2, utterance: 'Build tower near the river', passed: false, kinds: ['missing_word'], spans: [[6, 6]], expected: ['a'], rule: 'a_an' },
  {
    game: 'strategy', level: 2, utterance: 'Build a tower near river', passed: false, kinds: ['missing_word'], spans: [[19, 19]], expected: ['the'],
    rule: 'the_article',
  },
  {
    game: 'strategy', level: 2, utterance: 'Build a tower under the river', passed: false, kinds: ['wrong_word'], spans: [[14, 19]],
    expected: ['near'], rule: 'prepositions_of_place',
  },
  {
    game: 'strategy', level: 2, utterance: 'Build the tower near the river', passed: false, kinds: ['wrong_word'], spans: [[6, 9]], expected: ['a'],
    rule: 'a_an', note: 'a new tower: a',
  },
  {
    game: 'strategy', level: 2, utterance: 'Build a tower the river near', passed: false, kinds: ['word_order'], spans: [[24, 28]], expected: [null],
    correction: 'Build a tower near the river.',
  },
  {
    game: 'strategy', level: 2, utterance: 'Built a tower near the river', passed: false, kinds: ['wrong_form'], spans: [[0, 5]], expected: ['build'],
    rule: 'imperative',
  },
  { game: 'strategy', level: 2, utterance: 'Build a towr near the river', passed: true, kinds: ['typo'], spans: [[8, 12]], expected: ['tower'], goalMatched: true },
  { game: 'strategy', level: 2, utterance: 'Build a tower near the rivers', passed: false, kinds: ['wrong_form'], spans: [[23, 29]], expected: ['river'] },
  {
    game: 'strategy', level: 2, utterance: 'Build a tower near the harbor', passed: true, kinds: [], slots: { place: 'harbour' }, goalMatched: false,
    note: 'spelling variant',
  },
  { game: 'strategy', level: 2, utterance: 'Build a harbor near the river', passed: true, kinds: [], slots: { building: 'harbour' }, goalMatched: false },
  {
    game: 'strategy', level: 2, utterance: 'Make a tower near the river', passed: true, kinds: [], intent: 'build',
    slots: { building: 'tower', place: 'river' }, goalMatched: true, note: 'intent fallback: make is a verb of build',
  },
  { game: 'strategy', level: 2, utterance: 'Build a tower, near the river', passed: true, kinds: ['punctuation'], spans: [[13, 14]], expected: [null] },

  // Strategy 3 — "Send two knights east."
  {
    game: 'strategy', level: 3, utterance: 'Send two knights east.', passed: true, kinds: [], intent: 'move',
    slots: { unit: 'knight', quantity: 2, direction: 'east' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 3, utterance: 'Send 2 knights east', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 3, utterance: 'Send two knights to the east', passed: true, kinds: [], goalMatched: true },
  {
    game: 'strategy', level: 3, utterance: 'Send two knight east', passed: false, kinds: ['wrong_form'], spans: [[9, 15]], expected: ['knights'],
    rule: 'plural_after_numbers', goalMatched: true,
  },
  {
    game: 'strategy', level: 3, utterance: 'Send to knights east', passed: false, kinds: ['wrong_word'], spans: [[5, 7]], expected: ['two'],
    correction: 'Send two knights east.',
  },
  { game: 'strategy', level: 3, utterance: 'Send two spearmen east', passed: true, kinds: [], slots: { unit: 'spearman' }, goalMatched: false },
  {
    game: 'strategy', level: 3, utterance: 'Send two spearmans east', passed: false, kinds: ['wrong_form'], spans: [[9, 18]], expected: ['spearmen'],
    rule: 'plural_after_numbers',
  },
  { game: 'strategy', level: 3, utterance: 'Send one knight east', passed: true, kinds: [], slots: { quantity: 1 }, goalMatched: false },
  {
    game: 'strategy', level: 3, utterance: 'Send one knights east', passed: false, kinds: ['wrong_form'], spans: [[9, 16]], expected: ['knight'],
    rule: 'plural_after_numbers',
  },
  {
    game: 'strategy', level: 3, utterance: 'Send 12 knight east', passed: false, kinds: ['wrong_form'], spans: [[8, 14]], expected: ['knights'],
    rule: 'plural_after_numbers',
  },
  { game: 'strategy', level: 3, utterance: 'Send east two knights', passed: false, kinds: ['word_order'], spans: [[5, 9]], expected: [null], goalMatched: true },
  { game: 'strategy', level: 3, utterance: 'Send two knights', passed: false, kinds: ['missing_word'], spans: [[16, 16]], expected: ['east'] },
  {
    game: 'strategy', level: 3, utterance: 'Send constructor knights east', passed: false, kinds: ['extra_word'], spans: [[5, 16]], expected: [null],
    intent: 'move', goalMatched: false, correction: 'Send knights east.', note: 'an inherited object key is no number word',
  },
  { game: 'strategy', level: 3, utterance: 'Send two knigths east', passed: true, kinds: ['typo'], spans: [[9, 16]], expected: ['knights'], goalMatched: true },
  {
    game: 'strategy', level: 3, utterance: 'Send a archer west', passed: false, kinds: ['wrong_form'], spans: [[5, 6]], expected: ['an'],
    rule: 'a_an', goalMatched: false,
  },

  // Strategy 4 — uncountable nouns: "Gather wood."
  { game: 'strategy', level: 4, utterance: 'Gather wood.', passed: true, kinds: [], intent: 'gather', slots: { resource: 'wood' }, goalMatched: true, minScore: 100 },
  { game: 'strategy', level: 4, utterance: 'Gather some wood', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 4, utterance: 'Chop wood', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 4, utterance: 'Mine stone', passed: true, kinds: [], slots: { resource: 'stone' }, goalMatched: false },
  { game: 'strategy', level: 4, utterance: 'Send the workers to gather wood', passed: true, kinds: [], slots: { unit: 'worker', resource: 'wood' }, goalMatched: true },
  {
    game: 'strategy', level: 4, utterance: 'Gather woods', passed: false, kinds: ['wrong_form'], spans: [[7, 12]], expected: ['wood'],
    rule: 'uncountable_nouns', goalMatched: true,
  },
  { game: 'strategy', level: 4, utterance: 'Gather a wood', passed: false, kinds: ['extra_word'], spans: [[7, 8]], expected: [null], rule: 'uncountable_nouns' },
  {
    game: 'strategy', level: 4, utterance: 'Mine wood', passed: false, kinds: ['wrong_word'], spans: [[0, 4]], expected: ['gather'],
    goalMatched: false, note: 'wood is chopped, not mined',
  },
  { game: 'strategy', level: 4, utterance: 'Gathering wood', passed: false, kinds: ['wrong_form'], spans: [[0, 9]], expected: ['gather'], rule: 'imperative' },
  { game: 'strategy', level: 4, utterance: 'Gather wod', passed: true, kinds: ['typo'], spans: [[7, 10]], expected: ['wood'], goalMatched: true },
  { game: 'strategy', level: 4, utterance: 'Gather', passed: false, kinds: ['missing_word'], spans: [[6, 6]], expected: ['wood'] },

  // Strategy 5 — "Defend the bridge with the spearmen."
  {
    game: 'strategy', level: 5, utterance: 'Defend the bridge with the spearmen.', passed: true, kinds: [], intent: 'defend',
    slots: { place: 'bridge', unit: 'spearman' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 5, utterance: 'Guard the bridge with the spearmen', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 5, utterance: 'The spearmen defend the bridge', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 5, utterance: 'Defend the bridge', passed: true, kinds: [], slots: { place: 'bridge' }, goalMatched: false },
  {
    game: 'strategy', level: 5, utterance: 'Defend bridge with the spearmen', passed: false, kinds: ['missing_word'], spans: [[7, 7]],
    expected: ['the'], rule: 'the_article',
  },
  {
    game: 'strategy', level: 5, utterance: 'Defend the bridge with the spearmans', passed: false, kinds: ['wrong_form'], spans: [[27, 36]],
    expected: ['spearmen'], rule: 'plural_after_numbers',
  },
  { game: 'strategy', level: 5, utterance: 'Defend the bridge by the spearmen', passed: false, kinds: ['wrong_word'], spans: [[18, 20]], expected: ['with'] },
  {
    game: 'strategy', level: 5, utterance: 'Defend the brige with the spearmen', passed: true, kinds: ['typo'], spans: [[11, 16]],
    expected: ['bridge'], goalMatched: true,
  },
  {
    game: 'strategy', level: 5, utterance: 'Defend the bridge whith the spearmen', passed: true, kinds: ['typo'], spans: [[18, 23]],
    expected: ['with'], goalMatched: true,
  },
  {
    game: 'strategy', level: 5, utterance: 'Defends the bridge with the spearmen', passed: false, kinds: ['wrong_form'], spans: [[0, 7]],
    expected: ['defend'], rule: 'imperative',
  },
  { game: 'strategy', level: 5, utterance: 'Defend the third tower', passed: true, kinds: [], slots: { place: 'tower' }, goalMatched: false },
  { game: 'strategy', level: 5, utterance: 'Defend the three tower', passed: false, kinds: ['wrong_form'], spans: [[11, 16]], expected: ['third'], rule: 'ordinals' },

  // Strategy 6 — object pronouns: "Attack the wolves with the archers."
  {
    game: 'strategy', level: 6, utterance: 'Attack the wolves with the archers.', passed: true, kinds: [], intent: 'attack',
    slots: { target: 'wolf', unit: 'archer' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 6, utterance: 'The archers attack the wolves', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 6, utterance: 'Can you attack the wolves with the archers?', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 6, utterance: 'Attack them with the archers', passed: true, kinds: [], slots: { unit: 'archer' }, goalMatched: false },
  {
    game: 'strategy', level: 6, utterance: 'Attack they with the archers', passed: false, kinds: ['wrong_form'], spans: [[7, 11]], expected: ['them'],
    rule: 'object_pronouns',
  },
  {
    game: 'strategy', level: 6, utterance: 'Attack the wolfs with the archers', passed: false, kinds: ['wrong_form'], spans: [[11, 16]],
    expected: ['wolves'], rule: 'plural_after_numbers', goalMatched: true,
  },
  {
    game: 'strategy', level: 6, utterance: 'Attack the wolves with five archer', passed: false, kinds: ['wrong_form'], spans: [[28, 34]],
    expected: ['archers'], rule: 'plural_after_numbers',
  },
  { game: 'strategy', level: 6, utterance: 'Atack the wolves with the archers', passed: true, kinds: ['typo'], spans: [[0, 5]], expected: ['attack'], goalMatched: true },
  { game: 'strategy', level: 6, utterance: 'Defend the gate with the archers', passed: true, kinds: [], intent: 'defend', goalMatched: false },

  // Strategy 7 — "Knights, retreat!"
  {
    game: 'strategy', level: 7, utterance: 'Knights, retreat!', passed: true, kinds: ['punctuation'], spans: [[7, 8]], expected: [null],
    intent: 'retreat', slots: { unit: 'knight' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 7, utterance: 'Knights retreat', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 7, utterance: 'Retreat, knights!', passed: true, kinds: ['punctuation'], spans: [[7, 8]], expected: [null], goalMatched: true },
  { game: 'strategy', level: 7, utterance: 'Order the knights to retreat', passed: true, kinds: [], goalMatched: true },
  {
    game: 'strategy', level: 7, utterance: 'Knights, move back!', passed: true, kinds: ['punctuation'], spans: [[7, 8]], expected: [null],
    intent: 'move', goalMatched: false,
  },
  {
    game: 'strategy', level: 7, utterance: 'Knights, retreats!', passed: false, kinds: ['punctuation', 'wrong_form'], spans: [[7, 8], [9, 17]],
    expected: [null, 'retreat'], rule: 'imperative',
  },
  {
    game: 'strategy', level: 7, utterance: 'Knight, retreat!', passed: false, kinds: ['wrong_form', 'punctuation'], spans: [[0, 6], [6, 7]],
    expected: ['knights', null],
  },
  { game: 'strategy', level: 7, utterance: 'Knights, run!', passed: false, kinds: ['punctuation', 'wrong_word'], spans: [[7, 8], [9, 12]], expected: [null, 'retreat'] },

  // Strategy 8 — comparatives: "Build a taller tower."
  {
    game: 'strategy', level: 8, utterance: 'Build a taller tower.', passed: true, kinds: [], intent: 'build', slots: { building: 'tower' },
    goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 8, utterance: 'Build a higher tower', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 8, utterance: 'Build a stronger wall', passed: true, kinds: [], slots: { building: 'wall' }, goalMatched: false },
  {
    game: 'strategy', level: 8, utterance: 'Build a tall tower', passed: false, kinds: ['wrong_form'], spans: [[8, 12]], expected: ['taller'],
    rule: 'comparatives', goalMatched: true, correction: 'Build a taller tower.', note: 'the level asks for a comparative: not an extra word',
  },
  { game: 'strategy', level: 8, utterance: 'Build a tallest tower', passed: false, kinds: ['wrong_form'], spans: [[8, 15]], expected: ['taller'], rule: 'comparatives' },
  {
    game: 'strategy', level: 8, utterance: 'Build a more tall tower', passed: false, kinds: ['extra_word', 'wrong_form'], spans: [[8, 12], [13, 17]],
    expected: [null, 'taller'], rule: 'comparatives',
  },
  { game: 'strategy', level: 8, utterance: 'Build a gooder tower', passed: false, kinds: ['wrong_form'], spans: [[8, 14]], expected: ['better'], rule: 'comparatives' },
  {
    game: 'strategy', level: 8, utterance: 'Build a strong wall', passed: false, kinds: ['wrong_form'], spans: [[8, 14]], expected: ['stronger'],
    rule: 'comparatives', goalMatched: false,
  },
  { game: 'strategy', level: 8, utterance: 'Build a taler tower', passed: true, kinds: ['typo'], spans: [[8, 13]], expected: ['taller'], goalMatched: true },
  { game: 'strategy', level: 8, utterance: 'Build an taller tower', passed: false, kinds: ['wrong_form'], spans: [[6, 8]], expected: ['a'], rule: 'a_an' },
  { game: 'strategy', level: 8, utterance: 'Build a taller towers', passed: false, kinds: ['wrong_form'], spans: [[15, 21]], expected: ['tower'], rule: 'comparatives' },
  { game: 'strategy', level: 8, utterance: 'Build a tower', passed: true, kinds: [], intent: 'build', slots: { building: 'tower' }, goalMatched: false, note: 'right, but the lesson is the comparative' },

  // Strategy 9 — many/much: "Gather as much stone as you can."
  {
    game: 'strategy', level: 9, utterance: 'Gather as much stone as you can.', passed: true, kinds: [], intent: 'gather',
    slots: { resource: 'stone' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 9, utterance: 'Gather as much stone as possible', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 9, utterance: 'Mine as much stone as you can', passed: true, kinds: [], goalMatched: true },
  {
    game: 'strategy', level: 9, utterance: 'Gather as many stone as you can', passed: false, kinds: ['wrong_word'], spans: [[10, 14]],
    expected: ['much'], rule: 'many_much', goalMatched: true,
  },
  {
    game: 'strategy', level: 9, utterance: 'Gather as much stones as you can', passed: false, kinds: ['wrong_form'], spans: [[15, 21]],
    expected: ['stone'], rule: 'uncountable_nouns',
  },
  { game: 'strategy', level: 9, utterance: 'Gather much stone as you can', passed: false, kinds: ['missing_word'], spans: [[7, 7]], expected: ['as'], rule: 'many_much' },
  {
    game: 'strategy', level: 9, utterance: 'Gather as much stone as can you', passed: false, kinds: ['word_order'], spans: [[24, 27]],
    expected: [null], correction: 'Gather as much stone as you can.',
  },
  { game: 'strategy', level: 9, utterance: 'Gather as mach stone as you can', passed: true, kinds: ['typo'], spans: [[10, 14]], expected: ['much'], goalMatched: true },
  {
    game: 'strategy', level: 9, utterance: "Gather as much stone as you can't", passed: false, kinds: ['extra_word'], spans: [[28, 33]],
    expected: ['can'], correction: 'Gather as much stone as you can.', note: 'contraction: can + not, the not is extra',
  },

  // Strategy 10 — present continuous: "The knights are marching north."
  {
    game: 'strategy', level: 10, utterance: 'The knights are marching north.', passed: true, kinds: [], intent: 'move',
    slots: { unit: 'knight', direction: 'north' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 10, utterance: 'The knights are moving to the north', passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 10, utterance: 'The archers are marching north', passed: true, kinds: [], slots: { unit: 'archer' }, goalMatched: false },
  { game: 'strategy', level: 10, utterance: 'Move the knights north', passed: true, kinds: [], slots: { unit: 'knight', direction: 'north' }, goalMatched: false, note: 'the lesson is the present continuous' },
  {
    game: 'strategy', level: 10, utterance: 'The knights marching north', passed: false, kinds: ['missing_word'], spans: [[12, 12]],
    expected: ['are'], rule: 'present_continuous',
  },
  {
    game: 'strategy', level: 10, utterance: 'The knights are march north', passed: false, kinds: ['wrong_form'], spans: [[16, 21]],
    expected: ['marching'], rule: 'present_continuous', goalMatched: true,
  },
  {
    game: 'strategy', level: 10, utterance: 'The knights is marching north', passed: false, kinds: ['wrong_form'], spans: [[12, 14]],
    expected: ['are'], rule: 'present_continuous',
  },
  {
    game: 'strategy', level: 10, utterance: 'The knight are marching north', passed: false, kinds: ['wrong_form'], spans: [[4, 10]],
    expected: ['knights'], rule: 'present_continuous',
  },

  // Strategy 11–14 — the co-op levels: every order of the game counts, the goals are the team's
  {
    game: 'strategy', level: 11, utterance: 'Build a tower near the river.', passed: true, kinds: [], intent: 'build',
    slots: { building: 'tower', place: 'river' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 11, utterance: 'Defend the bridge with the spearmen.', passed: true, kinds: [], slots: { place: 'bridge', unit: 'spearman' }, goalMatched: true },
  {
    game: 'strategy', level: 11, utterance: 'Attack the wolfs with the archers.', passed: false, kinds: ['wrong_form'], spans: [[11, 16]], expected: ['wolves'],
    goalMatched: true, note: 'an irregular plural',
  },
  { game: 'strategy', level: 12, utterance: 'Send the workers to gather wood.', passed: true, kinds: [], slots: { unit: 'worker', resource: 'wood' }, goalMatched: true },
  {
    game: 'strategy', level: 12, utterance: 'Gather stones.', passed: false, kinds: ['wrong_form'], spans: [[7, 13]], expected: ['stone'], rule: 'uncountable_nouns',
  },
  { game: 'strategy', level: 12, utterance: 'Build a fort.', passed: true, kinds: [], slots: { building: 'fort' }, goalMatched: true },
  {
    game: 'strategy', level: 13, utterance: 'Can you build a bridge over the river?', passed: true, kinds: [], intent: 'build',
    slots: { building: 'bridge', place: 'river' }, goalMatched: true, minScore: 100,
  },
  { game: 'strategy', level: 13, utterance: 'Move the knights east.', passed: true, kinds: [], slots: { unit: 'knight', direction: 'east' }, goalMatched: true },
  { game: 'strategy', level: 13, utterance: 'Attack the raiders with the knights.', passed: true, kinds: [], slots: { target: 'raider', unit: 'knight' }, goalMatched: true },
  {
    game: 'strategy', level: 14, utterance: 'Attack the dragon with five knights.', passed: true, kinds: [], intent: 'attack',
    slots: { target: 'dragon', quantity: 5, unit: 'knight' }, goalMatched: true, minScore: 100,
  },
  {
    game: 'strategy', level: 14, utterance: 'Attack the dragon with five knight.', passed: false, kinds: ['wrong_form'], spans: [[28, 34]], expected: ['knights'],
    rule: 'plural_after_numbers',
  },
  { game: 'strategy', level: 14, utterance: 'Defend the castle.', passed: true, kinds: [], slots: { place: 'castle' }, goalMatched: true },

  // Voice: n-best alternatives, the best one wins; case and punctuation ignored
  {
    game: 'farm', level: 2, utterance: ['plant three potatoes', 'plant tree potatoes', 'plan three potatoes'], passed: true, kinds: [],
    slots: { quantity: 3 }, goalMatched: true, minScore: 100,
  },
  {
    game: 'farm', level: 2, utterance: ['plan three potatoes', 'plant three potatoes'], passed: true, kinds: [], goalMatched: true, minScore: 100,
    note: 'the second alternative wins',
  },
  { game: 'farm', level: 2, utterance: ['Plant Three Potatoes', 'plant, three potatoes!'], passed: true, kinds: [], minScore: 100, note: 'no punctuation note in voice' },
  {
    game: 'farm', level: 2, utterance: ['plant tree potato', 'plan tree potato'], passed: false, kinds: ['wrong_word', 'wrong_form'],
    spans: [[6, 10], [11, 17]], expected: ['three', 'potatoes'], note: 'all fail: the best of them',
  },
  {
    game: 'farm', level: 9, utterance: ['feed the farmers cows'], passed: true, kinds: [], slots: { owner: 'farmer' }, goalMatched: true,
    note: 'speech has no apostrophes',
  },
  { game: 'strategy', level: 7, utterance: ['knights, retreat!'], passed: true, kinds: [], goalMatched: true },
  { game: 'strategy', level: 1, utterance: ['move the arches north', 'move the archers north'], passed: true, kinds: [], goalMatched: true },

  // Interface language: explanations in Russian
  {
    game: 'farm', level: 2, utterance: 'Plant three potato', passed: false, kinds: ['wrong_form'], spans: [[12, 18]], expected: ['potatoes'],
    rule: 'plural_after_numbers', locale: 'ru', explanationIncludes: 'После числа больше одного существительное',
  },
  {
    game: 'farm', level: 6, utterance: 'Buy a apple', passed: false, kinds: ['wrong_form'], spans: [[4, 5]], expected: ['an'], rule: 'a_an',
    locale: 'ru', explanationIncludes: 'An — перед гласным звуком',
  },
  {
    game: 'farm', level: 7, utterance: 'Plant onions in north field', passed: false, kinds: ['missing_word'], spans: [[16, 16]], expected: ['the'],
    rule: 'the_article', locale: 'ru', explanationIncludes: 'В русском языке артиклей нет',
  },
  {
    game: 'farm', level: 9, utterance: 'Feed the farmer cows', passed: false, kinds: ['wrong_form'], spans: [[9, 15]], expected: ["farmer's"],
    rule: 'possessive_s', locale: 'ru', explanationIncludes: "добавьте 's",
  },
  {
    game: 'farm', level: 10, utterance: 'There is three carrots in the garden', passed: false, kinds: ['wrong_form'], spans: [[6, 8]],
    expected: ['are'], rule: 'there_is_are', locale: 'ru', explanationIncludes: 'there are — когда их несколько',
  },
  {
    game: 'strategy', level: 4, utterance: 'Gather woods', passed: false, kinds: ['wrong_form'], spans: [[7, 12]], expected: ['wood'],
    rule: 'uncountable_nouns', locale: 'ru', explanationIncludes: 'нет множественного числа',
  },
  {
    game: 'strategy', level: 6, utterance: 'Attack they with the archers', passed: false, kinds: ['wrong_form'], spans: [[7, 11]], expected: ['them'],
    rule: 'object_pronouns', locale: 'ru', explanationIncludes: 'Говорят attack them',
  },
  {
    game: 'strategy', level: 8, utterance: 'Build a tall tower', passed: false, kinds: ['wrong_form'], spans: [[8, 12]], expected: ['taller'],
    rule: 'comparatives', locale: 'ru', explanationIncludes: 'tall → taller',
  },
  {
    game: 'strategy', level: 9, utterance: 'Gather as many stone as you can', passed: false, kinds: ['wrong_word'], spans: [[10, 14]],
    expected: ['much'], rule: 'many_much', locale: 'ru', explanationIncludes: 'much — с неисчисляемым',
  },
  {
    game: 'strategy', level: 10, utterance: 'The knights are march north', passed: false, kinds: ['wrong_form'], spans: [[16, 21]],
    expected: ['marching'], rule: 'present_continuous', locale: 'ru', explanationIncludes: 'глагол с -ing',
  },
  {
    game: 'farm', level: 1, utterance: 'Plants carrots', passed: false, kinds: ['wrong_form'], spans: [[0, 6]], expected: ['plant'],
    rule: 'imperative', locale: 'ru', explanationIncludes: 'окончаний -s и -ing у глагола нет',
  },

  // Hostile and edge input: refused checks say why; nothing throws
  { game: 'farm', level: 1, utterance: '', passed: false, kinds: [], intent: null, goalMatched: false, error: 'language.errors.empty' },
  { game: 'farm', level: 1, utterance: '   \t ', passed: false, kinds: [], error: 'language.errors.empty' },
  { game: 'farm', level: 1, utterance: '🥕🥔', passed: false, kinds: [], error: 'language.errors.empty' },
  { game: 'farm', level: 1, utterance: '?!...', passed: false, kinds: [], error: 'language.errors.empty' },
  { game: 'farm', level: 1, utterance: [], passed: false, kinds: [], error: 'language.errors.empty' },
  {
    game: 'farm', level: 2, utterance: 'Plant three potatoes '.repeat(10) + 'please', passed: false,
    kinds: [], maxScore: 0, error: 'language.errors.too_long', note: 'over 200 characters',
  },
  {
    game: 'farm', level: 2, utterance: 'Plant three potatoes'.padEnd(200), passed: true,
    kinds: [], goalMatched: true, error: null, note: 'exactly 200 characters',
  },
  { game: 'farm', level: 2, utterance: '<script>alert(1)</script>', passed: false, intent: null, goalMatched: false, error: null },
  {
    game: 'farm', level: 1, utterance: 'Constructor toString valueOf hasOwnProperty __proto__', passed: false,
    kinds: ['extra_word', 'unknown_word', 'unknown_word', 'unknown_word', 'punctuation', 'unknown_word'], intent: null, goalMatched: false,
    error: null, note: 'names every object inherits are plain (unknown) words',
  },
  {
    game: 'farm', level: 1, utterance: "Plant carrots'); DROP TABLE users;--", passed: false,
    kinds: ['punctuation', 'extra_word', 'extra_word', 'extra_word'], spans: [[13, 14], [17, 21], [22, 27], [28, 33]], error: null,
  },
  // Farm 11 — harvest: "Harvest the potatoes."
  {
    game: 'farm', level: 11, utterance: 'Harvest the potatoes.', passed: true, kinds: [], intent: 'harvest',
    slots: { crop: 'potato' }, goalMatched: true, minScore: 100,
  },
  { game: 'farm', level: 11, utterance: 'Pick the potatoes', passed: true, kinds: [], intent: 'harvest', goalMatched: true, note: 'pick is a harvest verb' },
  {
    game: 'farm', level: 11, utterance: 'Harvest the potato', passed: false, kinds: ['wrong_form'], spans: [[12, 18]], expected: ['potatoes'],
    goalMatched: true,
  },
  { game: 'farm', level: 11, utterance: 'Water the tomatoes', passed: true, kinds: [], intent: 'water', goalMatched: false, note: 'allowed, not the goal' },

  // Farm 12 — two goals in turn: harvest, then sell.
  { game: 'farm', level: 12, utterance: 'Harvest the pumpkins.', passed: true, kinds: [], intent: 'harvest', goalMatched: true },
  { game: 'farm', level: 12, utterance: 'Sell the pumpkins', passed: true, kinds: [], intent: 'sell', slots: { item: 'pumpkin' }, goalMatched: true },
  {
    game: 'farm', level: 12, utterance: 'Harvest three pumpkin', passed: false, kinds: ['wrong_form'], spans: [[14, 21]], expected: ['pumpkins'],
    rule: 'plural_after_numbers',
  },
  { game: 'farm', level: 12, utterance: 'Buy a pumpkin', passed: true, kinds: [], intent: 'buy', goalMatched: false },
]
