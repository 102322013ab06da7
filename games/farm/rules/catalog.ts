/**
 * What the farm's market and fields know: prices, growth, what animals eat
 * and give. Keys are the lemmas of the content's lexemes (`carrot`, `cow`).
 * Maps, not objects: a word from a phrase must never reach a prototype key.
 */

export type CropInfo = {
  /** Price of one seed (or seedling) at the market. */
  seedPrice: number
  /** Price the market pays for one harvested crop. */
  sellPrice: number
  /** Waterings from seed to ripe. */
  growth: number
}

export type AnimalInfo = {
  price: number
  /** Foods it eats, the first it finds in the barn is used when none is named. */
  eats: string[]
  /** What one feeding gives, if anything. */
  product?: string
}

function crop(seedPrice: number, growth: number): CropInfo {
  return { seedPrice, sellPrice: seedPrice * 3, growth }
}

export const CROPS = new Map<string, CropInfo>([
  ['carrot', crop(1, 2)],
  ['potato', crop(1, 2)],
  ['onion', crop(1, 2)],
  ['radish', crop(1, 1)],
  ['lettuce', crop(1, 1)],
  ['bean', crop(1, 2)],
  ['pea', crop(1, 2)],
  ['beet', crop(1, 2)],
  ['turnip', crop(1, 2)],
  ['garlic', crop(2, 2)],
  ['cabbage', crop(2, 3)],
  ['cucumber', crop(2, 2)],
  ['tomato', crop(2, 3)],
  ['pepper', crop(2, 3)],
  ['corn', crop(2, 3)],
  ['wheat', crop(1, 3)],
  ['strawberry', crop(3, 2)],
  ['flower', crop(2, 1)],
  ['sunflower', crop(2, 3)],
  ['pumpkin', crop(3, 3)],
  ['melon', crop(3, 3)],
  ['watermelon', crop(3, 3)],
  ['grape', crop(4, 3)],
  ['apple', crop(5, 3)],
  ['cherry', crop(5, 3)],
  ['orange', crop(5, 3)],
  ['pear', crop(5, 3)],
  ['plum', crop(5, 3)],
  ['tree', crop(4, 3)],
])

const BIRD_FOOD = ['grain', 'corn', 'wheat']
const GRAZER_FOOD = ['hay', 'grass', 'apple', 'carrot']

export const ANIMALS = new Map<string, AnimalInfo>([
  ['chicken', { price: 10, eats: BIRD_FOOD, product: 'egg' }],
  ['hen', { price: 10, eats: BIRD_FOOD, product: 'egg' }],
  ['duck', { price: 12, eats: BIRD_FOOD, product: 'egg' }],
  ['goose', { price: 15, eats: BIRD_FOOD, product: 'egg' }],
  ['turkey', { price: 18, eats: BIRD_FOOD }],
  ['rabbit', { price: 8, eats: ['carrot', 'grass', 'hay'] }],
  ['bee', { price: 5, eats: ['flower'], product: 'honey' }],
  ['lamb', { price: 20, eats: GRAZER_FOOD }],
  ['sheep', { price: 25, eats: GRAZER_FOOD, product: 'wool' }],
  ['goat', { price: 30, eats: GRAZER_FOOD, product: 'milk' }],
  ['pig', { price: 35, eats: ['corn', 'apple', 'carrot', 'grain', 'potato'] }],
  ['calf', { price: 40, eats: GRAZER_FOOD }],
  ['cow', { price: 60, eats: GRAZER_FOOD, product: 'milk' }],
  ['donkey', { price: 50, eats: GRAZER_FOOD }],
  ['ox', { price: 70, eats: GRAZER_FOOD }],
  ['horse', { price: 80, eats: GRAZER_FOOD }],
])

/** Everything else the market trades: feed, produce and tools. */
export const GOODS = new Map<string, number>([
  ['grain', 1],
  ['grass', 1],
  ['hay', 2],
  ['flour', 3],
  ['egg', 2],
  ['milk', 3],
  ['wool', 4],
  ['honey', 5],
  ['cheese', 6],
  ['bag', 2],
  ['box', 2],
  ['basket', 3],
  ['bucket', 4],
  ['rake', 6],
  ['sickle', 6],
  ['hoe', 8],
  ['pitchfork', 8],
  ['shovel', 8],
  ['spade', 8],
  ['hose', 10],
  ['scythe', 12],
  ['axe', 15],
  ['pickaxe', 15],
  ['sprinkler', 20],
  ['wheelbarrow', 25],
  ['cart', 40],
  ['tractor', 500],
])

/** Animals a farm has room for. */
export const PEN_CAPACITY = 12

/** "Buy some seeds" without a crop: a packet of this many of a random crop. */
export const SEED_PACKET = 3

/** The market buys back goods and animals at half price. */
export function resalePrice(price: number) {
  return Math.max(1, Math.ceil(price / 2))
}
