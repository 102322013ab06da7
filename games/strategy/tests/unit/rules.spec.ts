import { test } from '@japa/runner'
import { createRng } from '#game_kit/rng'
import type { GameIntent, GameLevel } from '#game_kit/types'
import { strategyGame } from '#games/strategy/manifest'
import { advance, applyStrategy } from '#games/strategy/rules/apply'
import { initialStrategy, type StrategySetup, type StrategyState } from '#games/strategy/rules/state'

function levelWith(setup: StrategySetup, goals: GameLevel['goals'] = [{ intent: 'move', slots: { unit: 'archer' } }]): GameLevel {
  return { ...strategyGame.levels[0], goals, setup }
}

function battle(setup: StrategySetup, goals?: GameLevel['goals']) {
  return initialStrategy(levelWith(setup, goals), createRng(1))
}

function order(name: string, slots: GameIntent['slots'], countsForGoal = true): GameIntent {
  return { name, slots, countsForGoal }
}

function play(state: StrategyState, intent: GameIntent, seed = 7) {
  return applyStrategy(state, intent, createRng(seed))
}

function refusal(state: StrategyState, intent: GameIntent) {
  const result = play(state, intent)
  return result.accepted ? null : result.reason
}

function squadsOf(state: StrategyState, unit: string) {
  return state.squads.filter((squad) => squad.unit === unit)
}

/** What the checker gives for each solo level's model answer (`node ace content:check`). */
const MODEL_ORDERS: Record<number, GameIntent> = {
  1: order('move', { unit: 'archer', direction: 'north' }),
  2: order('build', { building: 'tower', place: 'river' }),
  3: order('move', { quantity: 2, unit: 'knight', direction: 'east' }),
  4: order('gather', { resource: 'wood' }),
  5: order('defend', { place: 'bridge', unit: 'spearman' }),
  6: order('attack', { target: 'wolf', unit: 'archer' }),
  7: order('retreat', { unit: 'knight' }),
  8: order('build', { building: 'tower' }),
  9: order('gather', { resource: 'stone' }),
  10: order('move', { unit: 'knight', direction: 'north' }),
}

test.group('Strategy rules · the solo levels', () => {
  test('every solo level completes with its model answer, from its own setup', ({ assert }) => {
    const solo = strategyGame.levels.filter((level) => !strategyGame.coop!.levels.includes(level.number))
    assert.isAtLeast(solo.length, 10)
    for (const level of solo) {
      const rng = createRng(5)
      const result = applyStrategy(initialStrategy(level, rng), MODEL_ORDERS[level.number], rng)
      assert.isTrue(result.accepted, `level ${level.number}: ${JSON.stringify(result.reason)}`)
      assert.isTrue(result.levelComplete, `level ${level.number} completes`)
    }
  })

  test('the same state, order and seed give the same battle; the old state is untouched', ({ assert }) => {
    const level = strategyGame.levels[5]
    const start = initialStrategy(level, createRng(1))
    const copy = structuredClone(start)
    const first = play(start, MODEL_ORDERS[6], 42)
    const second = play(start, MODEL_ORDERS[6], 42)
    assert.deepEqual(first.state, second.state)
    assert.deepEqual(start, copy)
  })

  test('a setup the rules cannot use is refused with the field that is wrong', ({ assert }) => {
    assert.throws(() => battle({ squads: [{ unit: 'dragon', count: 1, at: 'castle' }] }), /setup.squads\[0\]: "dragon" is not a known unit/)
    assert.throws(() => battle({ squads: [{ unit: 'archer', count: 1, at: [7, 0] }] }), /cannot stand on river/)
    assert.throws(() => battle({ map: ['....', '....', '...'] }), /rows of equal length/)
    assert.throws(() => battle({ waves: [{ turn: 0, enemy: 'wolf', count: 2, from: 'north' }] }), /turn must be 1 or later/)
    assert.throws(() => battle({ resources: { mithril: 3 } }), /mithril is not a resource/)
  })
})

test.group('Strategy rules · orders', () => {
  test('move: a squad covers its speed towards a direction and stops at water', ({ assert }) => {
    const start = battle({ squads: [{ unit: 'archer', count: 4, at: 'castle' }] })
    const north = play(start, order('move', { unit: 'archer', direction: 'north' }))
    assert.deepInclude(north.state.squads[0], { x: 3, y: 5 })
    assert.deepEqual(north.state.lastAction, { intent: 'move', subject: 'archer', quantity: 4, squads: [1] })
    // From (5, 4) east: (6, 4), then the bridge (7, 4) — the river on either side is no way.
    const nearRiver = battle({ squads: [{ unit: 'archer', count: 1, at: [6, 3] }] })
    assert.deepEqual(refusal(nearRiver, order('move', { unit: 'archer', direction: 'east' })), { key: 'blocked', params: { direction: 'east' } })
    assert.deepEqual(refusal(start, order('move', { unit: 'archer' })), { key: 'which_way' })
  })

  test('move with a number splits the squad; more than the army has is refused', ({ assert }) => {
    const start = battle({ squads: [{ unit: 'knight', count: 4, at: 'castle' }] })
    const result = play(start, order('move', { unit: 'knight', quantity: 2, direction: 'east' }))
    const knights = squadsOf(result.state, 'knight')
    assert.deepEqual(knights.map((squad) => [squad.count, squad.x, squad.y]), [[2, 3, 7], [2, 6, 7]])
    assert.equal(knights[0].health + knights[1].health, 4 * 12)
    assert.deepEqual(refusal(start, order('move', { unit: 'knight', quantity: 5, direction: 'east' })), {
      key: 'not_enough_units',
      params: { unit: 'knight', count: 4 },
    })
    assert.deepEqual(refusal(start, order('move', { unit: 'archer', direction: 'east' })), { key: 'no_units', params: { unit: 'archer' } })
    assert.deepEqual(refusal(start, order('move', { unit: 'unicorn', direction: 'east' })), { key: 'unknown_unit', params: { unit: 'unicorn' } })
  })

  test('attack: squads close in and strike; "attack them" takes any enemy; no enemy is a refusal', ({ assert }) => {
    const start = battle({ squads: [{ unit: 'archer', count: 4, at: 'castle' }], enemies: [{ unit: 'wolf', count: 3, at: [6, 5] }] })
    const result = play(start, order('attack', { unit: 'archer', target: 'wolf' }))
    assert.isTrue(result.accepted)
    const struck = result.state.events.find((event) => event.type === 'struck')
    assert.deepInclude(struck, { by: 1, target: 2 })
    assert.isTrue(play(start, order('attack', { unit: 'archer' })).accepted)
    const calm = battle({ squads: [{ unit: 'archer', count: 4, at: 'castle' }] })
    assert.deepEqual(refusal(calm, order('attack', { unit: 'archer' })), { key: 'no_enemy' })
    assert.deepEqual(refusal(calm, order('attack', { unit: 'archer', target: 'troll' })), { key: 'no_target', params: { target: 'troll' } })
    assert.deepEqual(refusal(start, order('attack', { unit: 'archer', target: 'tower' })), { key: 'cannot_attack', params: { target: 'tower' } })
  })

  test('build: pays the cost, stands near the place, grows taller when built again; a bridge crosses the river', ({ assert }) => {
    const start = battle({ resources: { wood: 30, stone: 30 } })
    const tower = play(start, order('build', { building: 'tower', place: 'river' }))
    assert.deepEqual(tower.state.resources, { wood: 20, stone: 20 })
    const built = tower.state.buildings[0]
    assert.equal(built.kind, 'tower')
    assert.isAtMost(Math.min(...[0, 1, 2, 3, 5, 6, 7, 8].map((y) => Math.abs(built.x - 7) + Math.abs(built.y - y))), 2)
    const taller = play(tower.state, order('build', { building: 'tower' }))
    assert.equal(taller.state.buildings[0].level, 2)
    assert.deepEqual(taller.state.resources, {}, 'the second level costs twice as much')
    assert.deepEqual(refusal(taller.state, order('build', { building: 'tower' })), {
      key: 'not_enough_resources',
      params: { building: 'tower', cost: '30 wood, 30 stone' },
    })

    const bridge = play(battle({ resources: { wood: 20 } }), order('build', { building: 'bridge' }))
    assert.isTrue(bridge.accepted)
    const at = bridge.state.buildings[0]
    assert.equal(bridge.state.map[at.y][at.x], '=', 'the river tile becomes a crossing')
    assert.deepEqual(refusal(start, order('build', { building: 'spaceship' })), { key: 'cannot_build', params: { building: 'spaceship' } })
  })

  test('gather: every gathering squad that reaches a source brings its share', ({ assert }) => {
    const start = battle({ squads: [{ unit: 'worker', count: 4, at: 'village' }, { unit: 'miner', count: 3, at: [9, 1] }] })
    const wood = play(start, order('gather', { resource: 'wood' }))
    assert.deepEqual(wood.state.resources, { wood: 8 }, 'workers bring 2 wood each; miners bring none')
    const stone = play(start, order('gather', { resource: 'stone', unit: 'miner' }))
    assert.deepEqual(stone.state.resources, { stone: 9 })
    assert.deepEqual(refusal(start, order('gather', { resource: 'wood', unit: 'miner' })), {
      key: 'cannot_gather_with',
      params: { unit: 'miner', resource: 'wood' },
    })
    assert.deepEqual(refusal(battle({ squads: [{ unit: 'archer', count: 2, at: 'castle' }] }), order('gather', { resource: 'wood' })), { key: 'no_workers' })
  })

  test('defend takes half the damage; retreat runs home and does not strike back', ({ assert }) => {
    const setup: StrategySetup = { squads: [{ unit: 'spearman', count: 4, at: 'bridge' }], enemies: [{ unit: 'orc', count: 4, at: [8, 4] }] }
    const dug = play(battle(setup), order('defend', { place: 'bridge', unit: 'spearman' }), 3)
    assert.equal(dug.state.squads[0].stance, 'defending')
    const damageTo = ({ events }: { events: StrategyState['events'] }) =>
      events.reduce((sum, event) => sum + (event.type === 'struck' && event.target === 1 ? event.damage : 0), 0)
    const standing = advance({ ...battle(setup), turn: 1 }, createRng(3))
    const holding = advance({ ...battle(setup), squads: battle(setup).squads.map((squad) => (squad.id === 1 ? { ...squad, stance: 'defending' as const } : squad)), turn: 1 }, createRng(3))
    assert.isAbove(damageTo(standing), 0)
    assert.closeTo(damageTo(holding), damageTo(standing) / 2, 1)

    const knights = battle({ squads: [{ unit: 'knight', count: 3, at: [9, 3] }], enemies: [{ unit: 'troll', count: 2, at: [11, 4] }] })
    const back = play(knights, order('retreat', { unit: 'knight' }))
    assert.equal(back.state.squads[0].stance, 'retreating')
    assert.isFalse(back.state.events.some((event) => event.type === 'struck' && event.by === 1))
    const home = battle({ squads: [{ unit: 'knight', count: 3, at: 'castle' }] })
    assert.deepEqual(refusal(home, order('retreat', { unit: 'knight' })), { key: 'already_home' })
  })
})

test.group('Strategy rules · the world', () => {
  test('a wave lands on its turn at its edge and marches on the castle; towers shoot', ({ assert }) => {
    let state: StrategyState = {
      ...battle({ resources: {}, buildings: [{ kind: 'tower', at: [4, 4] }], waves: [{ turn: 1, enemy: 'goblin', count: 3, from: 'north' }] }),
      turn: 1,
    }
    const rng = createRng(11)
    const first = advance(state, rng)
    const goblins = first.state.squads.filter((squad) => squad.side === 'enemy')
    assert.lengthOf(goblins, 1)
    assert.isTrue(first.events.some((event) => event.type === 'spawned'))
    state = first.state
    let distanceBefore = Math.abs(goblins[0].x - 3) + Math.abs(goblins[0].y - 7)
    for (let turn = 2; turn < 6; turn++) {
      state = advance({ ...state, turn }, rng).state
      const goblin = state.squads.find((squad) => squad.side === 'enemy')
      if (!goblin) break
      const distance = Math.abs(goblin.x - 3) + Math.abs(goblin.y - 7)
      assert.isAtMost(distance, distanceBefore)
      distanceBefore = distance
    }
  })

  test('the castle falls to an army left alone: the battle is lost and orders are refused', ({ assert }) => {
    let state: StrategyState = battle({ enemies: [{ unit: 'giant', count: 6, at: [2, 7] }] })
    const rng = createRng(3)
    for (let turn = 1; turn < 40 && state.outcome === 'playing'; turn++) state = advance({ ...state, turn }, rng).state
    assert.equal(state.outcome, 'lost')
    assert.equal(state.castle.health, 0)
    assert.deepEqual(refusal(state, order('move', { unit: 'archer', direction: 'north' })), { key: 'battle_lost' })
  })

  test('an enemy an unmet goal names comes again when the towers got the last of them', ({ assert }) => {
    const state: StrategyState = {
      ...battle({ waves: [{ turn: 1, enemy: 'wolf', count: 2, from: 'east' }] }, [{ intent: 'attack', slots: { target: 'wolf' } }]),
      turn: 3,
    }
    const next = advance(state, createRng(2))
    assert.isTrue(next.state.squads.some((squad) => squad.side === 'enemy' && squad.unit === 'wolf' && squad.count === 2))
    const met = advance({ ...state, goals: [{ ...state.goals[0], met: true }] }, createRng(2))
    assert.isFalse(met.state.squads.some((squad) => squad.side === 'enemy'))
  })
})
