import type { StrategyEvent, StrategyState } from '../rules/state.js'

/** How long each kind of event holds the stage before the next one starts, in ms. */
const HOLD: Record<StrategyEvent['type'], number> = {
  moved: 480,
  struck: 280,
  fell: 0,
  castle_hit: 320,
  spawned: 140,
  built: 380,
  gathered: 320,
}

/** A fall shows once the blow that caused it has landed. */
const FALL_AFTER_BLOW = 300

/** A long turn plays faster rather than keeping the player waiting. */
const LONGEST_MS = 2600

/**
 * When each event of a move starts, in ms from the move: the squads of one
 * order march side by side, blows land one after another, a fall follows
 * its blow. A move longer than LONGEST_MS is squeezed to fit.
 *
 * @example
 * beatsOf([moved A, moved B, struck B→C, fell C]) // → [0, 0, 480, 780]
 */
export function beatsOf(events: StrategyEvent[]) {
  let clock = 0
  const starts = events.map((event, index) => {
    if (event.type === 'fell') {
      const blow = events[index - 1]?.type === 'struck' ? index - 1 : -1
      return blow >= 0 ? clock - HOLD.struck + FALL_AFTER_BLOW : clock
    }
    const start = clock
    const runGoesOn = events[index + 1]?.type === event.type && (event.type === 'moved' || event.type === 'spawned')
    if (event.type === 'moved') clock += runGoesOn ? 0 : HOLD.moved
    else if (event.type === 'spawned') clock += runGoesOn ? HOLD.spawned : HOLD.spawned + 300
    else clock += HOLD[event.type]
    return start
  })
  const squeeze = clock > LONGEST_MS ? LONGEST_MS / clock : 1
  return starts.map((start) => Math.round(start * squeeze))
}

/**
 * The events an `accepted` brings that have not been shown yet: in co-op a
 * tick's events accumulate over several orders, so those of the previous
 * state in the same tick were animated already.
 */
export function freshEvents(previous: StrategyState, next: StrategyState) {
  if (next.eventsTick !== undefined && previous.eventsTick === next.eventsTick && previous.events.length <= next.events.length) {
    return next.events.slice(previous.events.length)
  }
  return next.events
}
