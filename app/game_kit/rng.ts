/**
 * A small seeded generator (mulberry32): the same seed gives the same
 * numbers on the server, in the browser and in a replay. Its whole state is
 * one 32-bit integer, saved with the game.
 */
export type Rng = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number
  /** The state to save; `createRng(state)` continues the sequence. */
  readonly state: number
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    get state() {
      return state
    },
  }
}

/**
 * A seed for a new game from anything unique (a user id and a level, say).
 */
export function seedFrom(...parts: Array<string | number>): number {
  let hash = 2166136261
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 16777619)
  }
  return hash >>> 0
}
