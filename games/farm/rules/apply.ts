import type { ApplyResult, GameIntent, Refusal } from '#game_kit/types'
import type { Rng } from '#game_kit/rng'
import { allMet, markGoals } from '#game_kit/goals'
import { countOf, quantitySlot, refuse, textSlot } from '#game_kit/slots'
import { ANIMALS, CROPS, GOODS, PEN_CAPACITY, SEED_PACKET, resalePrice } from './catalog.js'
import { isRipe, withCount, type FarmAction, type FarmState } from './state.js'


type Outcome = { state: FarmState; action: FarmAction } | { refusal: Refusal }




function plant(state: FarmState, slots: GameIntent['slots']): Outcome {
  const crop = textSlot(slots, 'crop')
  if (!crop || !CROPS.has(crop)) return refuse('cannot_plant', { crop: crop ?? '' })
  const wanted = quantitySlot(slots)
  if (Number.isNaN(wanted)) return refuse('bad_quantity')
  const free = state.plots.flatMap((plot, index) => (plot.crop === null ? [index] : []))
  const seeds = countOf(state.seeds, crop)
  if (seeds === 0) return refuse('no_seeds', { crop })
  if (free.length === 0) return refuse('no_free_plot')
  if (wanted !== undefined && wanted > seeds) return refuse('not_enough_seeds', { crop, count: seeds })
  if (wanted !== undefined && wanted > free.length) return refuse('not_enough_plots', { count: free.length })
  // Without a number, a row's worth: as many as fit in one row of the field.
  const count = wanted ?? Math.min(seeds, free.length, state.size)
  const used = free.slice(0, count)
  const plots = state.plots.slice()
  for (const index of used) plots[index] = { crop, stage: 0 }
  return {
    state: { ...state, plots, seeds: withCount(state.seeds, crop, -count) },
    action: { intent: 'plant', subject: crop, quantity: count, plots: used, coins: 0 },
  }
}

function water(state: FarmState, slots: GameIntent['slots']): Outcome {
  const crop = textSlot(slots, 'crop')
  const planted = state.plots.flatMap((plot, index) => (plot.crop !== null && (!crop || plot.crop === crop) ? [index] : []))
  if (planted.length === 0) return refuse(crop ? 'nothing_to_water' : 'field_empty', { crop: crop ?? '' })
  const growing = planted.filter((index) => !isRipe(state.plots[index]))
  if (growing.length === 0) return refuse('already_ripe', { crop: crop ?? '' })
  const plots = state.plots.slice()
  for (const index of growing) plots[index] = { ...plots[index], stage: plots[index].stage + 1 }
  return {
    state: { ...state, plots },
    action: { intent: 'water', subject: crop, quantity: growing.length, plots: growing, coins: 0 },
  }
}

function harvest(state: FarmState, slots: GameIntent['slots']): Outcome {
  const crop = textSlot(slots, 'crop')
  if (!crop) return refuse('nothing_to_harvest', { crop: '' })
  const wanted = quantitySlot(slots)
  if (Number.isNaN(wanted)) return refuse('bad_quantity')
  const planted = state.plots.flatMap((plot, index) => (plot.crop === crop ? [index] : []))
  if (planted.length === 0) return refuse('nothing_to_harvest', { crop })
  const ripe = planted.filter((index) => isRipe(state.plots[index]))
  if (ripe.length === 0) return refuse('not_ripe', { crop })
  if (wanted !== undefined && wanted > ripe.length) return refuse('not_enough_ripe', { crop, count: ripe.length })
  const picked = ripe.slice(0, wanted ?? ripe.length)
  const plots = state.plots.slice()
  for (const index of picked) plots[index] = { crop: null, stage: 0 }
  return {
    state: { ...state, plots, items: withCount(state.items, crop, picked.length) },
    action: { intent: 'harvest', subject: crop, quantity: picked.length, plots: picked, coins: 0 },
  }
}

function animalCount(state: FarmState) {
  return Object.values(state.animals).reduce((sum, count) => sum + count, 0)
}

function buy(state: FarmState, slots: GameIntent['slots'], rng: Rng): Outcome {
  let item = textSlot(slots, 'item')
  const wanted = quantitySlot(slots)
  if (Number.isNaN(wanted)) return refuse('bad_quantity')
  let count = wanted ?? 1
  // "Buy some seeds": the seller picks a packet of some crop.
  if (item === 'seed') {
    const crops = [...CROPS.keys()]
    item = crops[rng.int(crops.length)]
    count = wanted ?? SEED_PACKET
  }
  if (!item) return refuse('not_for_sale', { item: '' })

  const cropInfo = CROPS.get(item)
  const animalInfo = ANIMALS.get(item)
  const price = animalInfo?.price ?? cropInfo?.seedPrice ?? GOODS.get(item)
  if (price === undefined) return refuse('not_for_sale', { item })
  const cost = price * count
  if (cost > state.coins) return refuse('not_enough_coins', { cost, coins: state.coins })
  const action: FarmAction = { intent: 'buy', subject: item, quantity: count, plots: [], coins: -cost }
  const coins = state.coins - cost
  if (animalInfo) {
    if (animalCount(state) + count > PEN_CAPACITY) return refuse('no_room', { count: PEN_CAPACITY - animalCount(state) })
    return { state: { ...state, coins, animals: withCount(state.animals, item, count) }, action }
  }
  if (cropInfo) return { state: { ...state, coins, seeds: withCount(state.seeds, item, count) }, action }
  return { state: { ...state, coins, items: withCount(state.items, item, count) }, action }
}

function sell(state: FarmState, slots: GameIntent['slots']): Outcome {
  const item = textSlot(slots, 'item')
  if (!item) return refuse('nothing_to_sell', { item: '' })
  const wanted = quantitySlot(slots)
  if (Number.isNaN(wanted)) return refuse('bad_quantity')
  const animalInfo = ANIMALS.get(item)
  const have = animalInfo ? countOf(state.animals, item) : countOf(state.items, item)
  if (have === 0) return refuse('nothing_to_sell', { item })
  // "Sell the eggs" sells them all; "Sell an egg" / "Sell ten eggs" that many.
  const count = wanted ?? have
  if (count > have) return refuse('not_enough_to_sell', { item, count: have })
  const unitPrice = animalInfo
    ? resalePrice(animalInfo.price)
    : (CROPS.get(item)?.sellPrice ?? resalePrice(GOODS.get(item) ?? 1))
  const earned = unitPrice * count
  const action: FarmAction = { intent: 'sell', subject: item, quantity: count, plots: [], coins: earned }
  if (animalInfo) return { state: { ...state, coins: state.coins + earned, animals: withCount(state.animals, item, -count) }, action }
  return { state: { ...state, coins: state.coins + earned, items: withCount(state.items, item, -count) }, action }
}

function feed(state: FarmState, slots: GameIntent['slots']): Outcome {
  const animal = textSlot(slots, 'animal')
  const info = animal ? ANIMALS.get(animal) : undefined
  if (!animal || !info) return refuse('no_animal', { animal: animal ?? '' })
  const wanted = quantitySlot(slots)
  if (Number.isNaN(wanted)) return refuse('bad_quantity')
  const have = countOf(state.animals, animal)
  if (have === 0) return refuse('no_animal', { animal })
  if (wanted !== undefined && wanted > have) return refuse('not_enough_animals', { animal, count: have })
  const count = wanted ?? have

  const named = textSlot(slots, 'food')
  if (named && !info.eats.includes(named)) return refuse('wrong_food', { animal, food: named })
  const food = named ?? info.eats.find((candidate) => countOf(state.items, candidate) > 0)
  if (!food) return refuse('no_food', { animal, food: info.eats[0] })
  const stock = countOf(state.items, food)
  if (stock === 0) return refuse('no_food', { animal, food })
  if (stock < count) return refuse('not_enough_food', { food, count: stock })

  let items = withCount(state.items, food, -count)
  if (info.product) items = withCount(items, info.product, count)
  return {
    state: { ...state, items },
    action: { intent: 'feed', subject: animal, quantity: count, plots: [], coins: 0 },
  }
}

/**
 * One move on the farm. Pure and deterministic: the same state, intent and
 * RNG state always give the same result, so a replay ends where play did.
 *
 * @example
 * // state: 4 carrot seeds, 16 free plots, goal "plant carrots"
 * applyFarm(state, { name: 'plant', slots: { crop: 'carrot', quantity: 3 }, countsForGoal: true }, rng)
 * // → accepted; plots 0–2 hold carrot seeds, 1 seed left, the goal met, level complete
 */
export function applyFarm(state: FarmState, intent: GameIntent, rng: Rng): ApplyResult<FarmState> {
  let outcome: Outcome
  switch (intent.name) {
    case 'plant':
      outcome = plant(state, intent.slots)
      break
    case 'water':
      outcome = water(state, intent.slots)
      break
    case 'harvest':
      outcome = harvest(state, intent.slots)
      break
    case 'buy':
      outcome = buy(state, intent.slots, rng)
      break
    case 'sell':
      outcome = sell(state, intent.slots)
      break
    case 'feed':
      outcome = feed(state, intent.slots)
      break
    default:
      outcome = refuse('not_on_the_farm', { intent: intent.name })
  }

  if ('refusal' in outcome) {
    return { accepted: false, reason: outcome.refusal, state, goals: state.goals, levelComplete: allMet(state.goals) }
  }
  const goals = markGoals(state.goals, intent)
  const next: FarmState = { ...outcome.state, goals, turn: state.turn + 1, lastAction: outcome.action }
  return { accepted: true, state: next, goals, levelComplete: allMet(goals) }
}
