import { test } from '@japa/runner'
import { createRng, type Rng } from '#game_kit/rng'
import type { CoopSeat, GameIntent } from '#game_kit/types'
import { strategyGame } from '#games/strategy/manifest'
import { strategyCoop, TURN_SECONDS, waveSizeFor } from '#games/strategy/rules/coop'
import type { StrategyState } from '#games/strategy/rules/state'

const TWO: CoopSeat[] = [
  { seat: 0, userId: 1, name: 'Ann' },
  { seat: 1, userId: 2, name: 'Ben' },
]

function order(name: string, slots: GameIntent['slots']): GameIntent {
  return { name, slots, countsForGoal: true }
}

/** What a team that knows its English says on each co-op level, and when (seconds). */
const PLANS: Record<number, Array<[number, GameIntent]>> = {
  11: [
    [1, order('attack', { target: 'wolf', unit: 'archer' })],
    [2, order('build', { building: 'tower', place: 'river' })],
    [3, order('defend', { place: 'bridge', unit: 'spearman' })],
  ],
  12: [
    [1, order('gather', { resource: 'wood', unit: 'worker' })],
    [2, order('gather', { resource: 'stone', unit: 'miner' })],
    [4, order('gather', { resource: 'stone', unit: 'miner' })],
    [5, order('gather', { resource: 'wood', unit: 'worker' })],
    [6, order('build', { building: 'fort' })],
  ],
  13: [
    [1, order('build', { building: 'bridge' })],
    [2, order('move', { unit: 'knight', direction: 'east' })],
  ],
  14: [
    [1, order('build', { building: 'tower', place: 'castle' })],
    [2, order('defend', { place: 'castle', unit: 'spearman' })],
  ],
}

/** Attack goals are tried every three seconds until someone lands one: the enemy has to be on the field. */
function play(level: number, seats: CoopSeat[], rng: Rng, tickRate = 10) {
  let state = strategyCoop.initialState(strategyGame.levels[level - 1], seats, rng)
  const attackGoal = state.goals.find((goal) => goal.intent === 'attack')
  let tick = 0
  for (; tick < strategyGame.coop!.timeLimitSeconds * tickRate && strategyCoop.outcome(state) === 'playing'; tick++) {
    const clock = { tick, tickRate }
    const seat = tick % seats.length
    for (const [second, intent] of PLANS[level]) {
      if (tick === second * tickRate) state = strategyCoop.command(state, { seat, intent }, clock, rng).state
    }
    if (attackGoal && tick % (3 * tickRate) === 0 && !state.goals.find((goal) => goal.intent === 'attack')!.met) {
      state = strategyCoop.command(state, { seat, intent: order('attack', attackGoal.slots) }, clock, rng).state
    }
    state = strategyCoop.tick(state, clock, rng)
  }
  return { state, seconds: tick / tickRate }
}

test.group('Strategy co-op rules', () => {
  test('there are at least four co-op levels, and a team that says the right things wins each one in time', ({ assert }) => {
    assert.isAtLeast(strategyGame.coop!.levels.length, 4)
    for (const level of strategyGame.coop!.levels) {
      const { state, seconds } = play(level, TWO, createRng(level))
      assert.equal(strategyCoop.outcome(state), 'won', `level ${level} after ${seconds} s: ${JSON.stringify(state.goals)}`)
      assert.isTrue(state.goals.every((goal) => goal.met))
      assert.isAbove(state.castle.health, 0)
    }
  })

  test('a team that says nothing loses the dragon level or runs out of time', ({ assert }) => {
    let state = strategyCoop.initialState(strategyGame.levels[13], TWO, createRng(1))
    const rng = createRng(1)
    for (let tick = 0; tick < 300 * 10 && strategyCoop.outcome(state) === 'playing'; tick++) state = strategyCoop.tick(state, { tick, tickRate: 10 }, rng)
    assert.notEqual(strategyCoop.outcome(state), 'won')
  })

  test('the world moves every few seconds whatever the tick rate', ({ assert }) => {
    for (const tickRate of [10, 20]) {
      let state = strategyCoop.initialState(strategyGame.levels[10], TWO, createRng(1))
      const rng = createRng(1)
      for (let tick = 1; tick <= 4 * TURN_SECONDS * tickRate; tick++) state = strategyCoop.tick(state, { tick, tickRate }, rng)
      assert.equal(state.turn, 4, `at ${tickRate} Hz`)
    }
  })

  test('an order carries its seat; a tick starts its events afresh and keeps the orders given in it', ({ assert }) => {
    const rng = createRng(1)
    const start = strategyCoop.initialState(strategyGame.levels[10], TWO, rng)
    const moved = strategyCoop.command(start, { seat: 1, intent: order('move', { unit: 'archer', direction: 'north' }) }, { tick: 5, tickRate: 10 }, rng)
    assert.isTrue(moved.accepted)
    assert.equal(moved.state.lastAction?.seat, 1)
    const withBuild = strategyCoop.command(moved.state, { seat: 0, intent: order('build', { building: 'tower' }) }, { tick: 5, tickRate: 10 }, rng)
    assert.deepEqual(
      withBuild.state.events.map((event) => event.type),
      ['moved', 'built']
    )
    const later = strategyCoop.command(withBuild.state, { seat: 0, intent: order('move', { unit: 'archer', direction: 'south' }) }, { tick: 6, tickRate: 10 }, rng)
    assert.deepEqual(
      later.state.events.map((event) => event.type),
      ['moved']
    )
    const refused = strategyCoop.command(start, { seat: 0, intent: order('attack', { target: 'dragon' }) }, { tick: 5, tickRate: 10 }, rng)
    assert.isFalse(refused.accepted)
    assert.strictEqual(refused.state, start)
  })

  test('bigger teams meet bigger waves', ({ assert }) => {
    assert.equal(waveSizeFor(4, 2), 4)
    assert.equal(waveSizeFor(4, 3), 5)
    assert.equal(waveSizeFor(4, 4), 6)
    const four: CoopSeat[] = [...TWO, { seat: 2, userId: 3, name: 'Cy' }, { seat: 3, userId: 4, name: 'Di' }]
    const state: StrategyState = strategyCoop.initialState(strategyGame.levels[10], four, createRng(1))
    assert.deepEqual(
      state.waves.map((wave) => wave.count),
      [5, 6]
    )
  })
})
