import type { GameIntent, Refusal } from './types.js'

/**
 * Reading an intent's slots in a game's rules, and refusing an order: the
 * same small steps in every game.
 */

/** The most one order may name: more than any field, barn or army holds. */
export const MAX_QUANTITY = 100

/** A refusal as rules return it: a key under `games.<slug>.refusals`, with its values. */
export function refuse(key: string, params?: Record<string, string | number>): { refusal: Refusal } {
  return { refusal: params ? { key, params } : { key } }
}

/** A word slot ("crop", "unit"), or undefined when not said. */
export function textSlot(slots: GameIntent['slots'], name: string): string | undefined {
  const value = slots[name]
  return typeof value === 'string' ? value : undefined
}

/**
 * The quantity slot: undefined when not said, NaN when it is not a usable
 * count (zero, a fraction, more than MAX_QUANTITY).
 */
export function quantitySlot(slots: GameIntent['slots'], max = MAX_QUANTITY): number | undefined {
  const value = slots.quantity
  if (value === undefined) return undefined
  const number = Number(value)
  return Number.isInteger(number) && number >= 1 && number <= max ? number : Number.NaN
}

/** How many of `name` a table holds (never a prototype property). */
export function countOf(table: Record<string, number>, name: string) {
  return Object.hasOwn(table, name) ? table[name] : 0
}
