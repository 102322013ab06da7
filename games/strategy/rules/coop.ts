import type { CoopRules, CoopSeat, GameLevel } from '#game_kit/types'
import type { Rng } from '#game_kit/rng'
import { allMet, markGoals } from '#game_kit/goals'
import { advance, battleOutcome, command } from './apply.js'
import { initialStrategy, type StrategyEvent, type StrategyState } from './state.js'

/** The world takes a step every this many seconds of a match, whatever the room's tick rate. */
export const TURN_SECONDS = 3

/**
 * A bigger team meets bigger waves: a quarter more enemies per player
 * beyond two (four players: one and a half times as many).
 */
export function waveSizeFor(count: number, players: number) {
  return Math.max(count, Math.round(count * (1 + 0.25 * Math.max(0, players - 2))))
}

function eventsAt(state: StrategyState, tick: number): StrategyEvent[] {
  return state.eventsTick === tick ? state.events : []
}

/**
 * The battle played together: every player commands the one army. Orders
 * take effect at once (in the tick they arrive in); the world moves every
 * TURN_SECONDS. The match is won when every goal is met and every wave is
 * beaten, lost when the castle falls.
 *
 * @example
 * // tick 20 at 10 Hz is a turn: waves due on turn 1 arrive and enemies march
 * strategyCoop.tick(state, { tick: 20, tickRate: 10 }, rng)
 */
export const strategyCoop: CoopRules<StrategyState> = {
  initialState(level: GameLevel, seats: CoopSeat[], rng: Rng) {
    const state = initialStrategy(level, rng)
    return { ...state, waves: state.waves.map((wave) => ({ ...wave, count: waveSizeFor(wave.count, seats.length) })), eventsTick: 0 }
  },

  command(state, { seat, intent }, { tick }, rng) {
    const done = command(state, intent, rng)
    if ('refusal' in done) return { accepted: false, reason: done.refusal, state, goals: state.goals, levelComplete: allMet(state.goals) }
    const goals = markGoals(state.goals, intent)
    const next: StrategyState = {
      ...done.state,
      goals,
      lastAction: { ...done.action, seat },
      events: [...eventsAt(state, tick), ...done.events],
      eventsTick: tick,
    }
    return { accepted: true, state: { ...next, outcome: battleOutcome(next) }, goals, levelComplete: allMet(goals) }
  },

  tick(state, { tick, tickRate }, rng) {
    const turnTicks = Math.max(1, Math.round(TURN_SECONDS * tickRate))
    if (tick % turnTicks !== 0 || state.outcome !== 'playing') return state
    const world = advance({ ...state, turn: state.turn + 1 }, rng)
    const next = { ...world.state, events: [...eventsAt(state, tick), ...world.events], eventsTick: tick }
    return { ...next, outcome: battleOutcome(next) }
  },

  outcome(state) {
    return state.outcome
  },
}
