import type { GameLevel, GameStateBase } from '#game_kit/types'
import type { Rng } from '#game_kit/rng'
import { countOf } from '#game_kit/slots'
import { goalsOf } from '#game_kit/goals'
import { ANIMALS, CROPS } from './catalog.js'
import { growthStage } from './stages.js'

export type Plot = {
  /** The crop growing here, or null for free soil. */
  crop: string | null
  /** Waterings received; ripe at the crop's `growth`. */
  stage: number
}

/** What the island animates: the last accepted action and what it touched. */
export type FarmAction = {
  intent: string
  subject?: string
  quantity: number
  plots: number[]
  coins: number
}

export type FarmState = GameStateBase & {
  /** The field is size × size plots (4 to 6), row by row. */
  size: number
  plots: Plot[]
  coins: number
  seeds: Record<string, number>
  /** Harvest, feed, animal products and tools. */
  items: Record<string, number>
  animals: Record<string, number>
  lastAction: FarmAction | null
}

/** A level's `setup` in levels.json: where the farm starts. */
export type FarmSetup = {
  size?: number
  coins?: number
  seeds?: Record<string, number>
  items?: Record<string, number>
  animals?: Record<string, number>
  /** Crops already in the ground, from the first plot on. */
  plots?: Array<{ crop: string; stage?: number; count?: number }>
}

export const MIN_SIZE = 4
export const MAX_SIZE = 6

function counts(value: unknown, field: string, known?: Map<string, unknown>): Record<string, number> {
  const result: Record<string, number> = {}
  if (value === undefined) return result
  if (typeof value !== 'object' || value === null) throw new Error(`setup.${field} must map names to counts`)
  for (const [name, count] of Object.entries(value)) {
    if (!Number.isInteger(count) || (count as number) < 0) throw new Error(`setup.${field}.${name} must be a whole number`)
    if (known && !known.has(name)) throw new Error(`setup.${field}.${name} is not known to the farm`)
    if ((count as number) > 0) result[name] = count as number
  }
  return result
}

/**
 * The farm a level starts with. Throws on a setup the rules cannot use, so
 * the registry rejects the level at boot.
 *
 * @example
 * initialFarm({ ...level, setup: { seeds: { carrot: 4 } } }, rng)
 * // → a 4×4 empty field, 4 carrot seeds, 20 coins, the level's goals unmet
 */
export function initialFarm(level: GameLevel, _rng: Rng): FarmState {
  const setup = (level.setup ?? {}) as FarmSetup
  const size = setup.size ?? MIN_SIZE
  if (!Number.isInteger(size) || size < MIN_SIZE || size > MAX_SIZE) throw new Error(`setup.size must be ${MIN_SIZE} to ${MAX_SIZE}`)
  const coins = setup.coins ?? 20
  if (!Number.isInteger(coins) || coins < 0) throw new Error('setup.coins must be a whole number')

  const plots: Plot[] = Array.from({ length: size * size }, () => ({ crop: null, stage: 0 }))
  let next = 0
  for (const planted of setup.plots ?? []) {
    const info = CROPS.get(planted.crop)
    if (!info) throw new Error(`setup.plots: "${planted.crop}" is not a crop`)
    const count = planted.count ?? 1
    const stage = Math.min(planted.stage ?? 0, info.growth)
    for (let index = 0; index < count; index++) {
      if (next >= plots.length) throw new Error('setup.plots: more crops than plots')
      plots[next++] = { crop: planted.crop, stage }
    }
  }

  return {
    goals: goalsOf(level),
    turn: 0,
    size,
    plots,
    coins,
    seeds: counts(setup.seeds, 'seeds', CROPS),
    items: counts(setup.items, 'items'),
    animals: counts(setup.animals, 'animals', ANIMALS),
    lastAction: null,
  }
}


/** A copy of a count table with `name` changed by `delta`; zero entries are dropped. */
export function withCount(table: Record<string, number>, name: string, delta: number) {
  const next = { ...table }
  const value = countOf(table, name) + delta
  if (value > 0) next[name] = value
  else delete next[name]
  return next
}

export function isRipe(plot: Plot) {
  return growthStage(plot) === 'ripe'
}
