import { test } from '@japa/runner'
import { readFileSync } from 'node:fs'
import { createRng } from '#game_kit/rng'
import type { GameIntent, GameLevel } from '#game_kit/types'
import { farmGame } from '#games/farm/manifest'
import { applyFarm } from '#games/farm/rules/apply'
import { initialFarm, type FarmSetup, type FarmState } from '#games/farm/rules/state'
import { growthStage } from '#games/farm/rules/stages'

function levelWith(setup: FarmSetup, goals: GameLevel['goals'] = [{ intent: 'plant', slots: { crop: 'carrot' } }]): GameLevel {
  return { ...farmGame.levels[0], goals, setup }
}

function farm(setup: FarmSetup, goals?: GameLevel['goals']) {
  return initialFarm(levelWith(setup, goals), createRng(1))
}

function order(name: string, slots: GameIntent['slots'], countsForGoal = true): GameIntent {
  return { name, slots, countsForGoal }
}

function play(state: FarmState, intent: GameIntent, seed = 7) {
  return applyFarm(state, intent, createRng(seed))
}

function refusal(state: FarmState, intent: GameIntent) {
  const result = play(state, intent)
  return result.accepted ? null : result.reason
}

test.group('Farm rules · plant', () => {
  test('plants the number asked for in the first free plots and meets the goal', ({ assert }) => {
    const start = farm({ seeds: { carrot: 4 } })
    const result = play(start, order('plant', { crop: 'carrot', quantity: 3 }))
    assert.isTrue(result.accepted)
    assert.deepEqual(result.state.lastAction?.plots, [0, 1, 2])
    assert.equal(result.state.plots[2].crop, 'carrot')
    assert.equal(result.state.seeds.carrot, 1)
    assert.isTrue(result.goals[0].met)
    assert.isTrue(result.levelComplete)
    assert.equal(result.state.turn, 1)
    assert.equal(start.seeds.carrot, 4, 'the old state is untouched')
  })

  test('without a number plants one row, limited by the seeds', ({ assert }) => {
    assert.equal(play(farm({ seeds: { carrot: 9 } }), order('plant', { crop: 'carrot' })).state.lastAction?.quantity, 4)
    assert.equal(play(farm({ seeds: { carrot: 2 } }), order('plant', { crop: 'carrot' })).state.lastAction?.quantity, 2)
  })

  test('refuses without seeds, without room, beyond the seeds and for what cannot grow', ({ assert }) => {
    assert.deepEqual(refusal(farm({}), order('plant', { crop: 'carrot' })), { key: 'no_seeds', params: { crop: 'carrot' } })
    const full = farm({ seeds: { carrot: 2 }, plots: [{ crop: 'potato', count: 16 }] })
    assert.deepEqual(refusal(full, order('plant', { crop: 'carrot' })), { key: 'no_free_plot' })
    assert.deepEqual(refusal(farm({ seeds: { carrot: 2 } }), order('plant', { crop: 'carrot', quantity: 3 })), {
      key: 'not_enough_seeds',
      params: { crop: 'carrot', count: 2 },
    })
    const crowded = farm({ seeds: { carrot: 9 }, plots: [{ crop: 'potato', count: 14 }] })
    assert.deepEqual(refusal(crowded, order('plant', { crop: 'carrot', quantity: 3 })), { key: 'not_enough_plots', params: { count: 2 } })
    assert.equal(refusal(farm({ seeds: { carrot: 2 } }), order('plant', { crop: 'cow' }))?.key, 'cannot_plant')
    assert.equal(refusal(farm({ seeds: { carrot: 2 } }), order('plant', { crop: 'constructor' }))?.key, 'cannot_plant')
    assert.equal(refusal(farm({ seeds: { carrot: 2 } }), order('plant', { crop: 'carrot', quantity: 0 }))?.key, 'bad_quantity')
  })

  test('a refused move changes nothing, not even the turn', ({ assert }) => {
    const start = farm({})
    const result = play(start, order('plant', { crop: 'carrot' }))
    assert.isFalse(result.accepted)
    assert.strictEqual(result.state, start)
    assert.isFalse(result.levelComplete)
  })

  test('an accepted phrase that is not the lesson moves the farm but not the goal', ({ assert }) => {
    const result = play(farm({ seeds: { carrot: 4 } }), order('plant', { crop: 'carrot' }, false))
    assert.isTrue(result.accepted)
    assert.isFalse(result.goals[0].met)
  })
})

test.group('Farm rules · water and harvest', () => {
  test('watering grows the named crop one stage until ripe', ({ assert }) => {
    let state = farm({ plots: [{ crop: 'carrot', count: 2 }, { crop: 'potato', count: 1 }] })
    state = play(state, order('water', { crop: 'carrot' })).state
    assert.deepEqual(state.plots.slice(0, 3).map((plot) => plot.stage), [1, 1, 0])
    assert.equal(growthStage(state.plots[0]), 'growing')
    state = play(state, order('water', { crop: 'carrot' })).state
    assert.equal(growthStage(state.plots[0]), 'ripe')
    assert.deepEqual(refusal(state, order('water', { crop: 'carrot' })), { key: 'already_ripe', params: { crop: 'carrot' } })
  })

  test('watering without a crop waters everything still growing', ({ assert }) => {
    const state = play(farm({ plots: [{ crop: 'carrot' }, { crop: 'potato' }] }), order('water', {})).state
    assert.deepEqual(state.lastAction?.plots, [0, 1])
    assert.deepEqual(refusal(farm({}), order('water', {})), { key: 'field_empty', params: { crop: '' } })
    assert.deepEqual(refusal(farm({ plots: [{ crop: 'potato' }] }), order('water', { crop: 'carrot' })), {
      key: 'nothing_to_water',
      params: { crop: 'carrot' },
    })
  })

  test('harvest takes ripe crops into the barn and frees the plots', ({ assert }) => {
    const start = farm({ plots: [{ crop: 'potato', stage: 2, count: 3 }, { crop: 'potato', stage: 0 }] }, [
      { intent: 'harvest', slots: { crop: 'potato' } },
    ])
    const result = play(start, order('harvest', { crop: 'potato' }))
    assert.isTrue(result.accepted)
    assert.equal(result.state.items.potato, 3)
    assert.isNull(result.state.plots[0].crop)
    assert.equal(result.state.plots[3].crop, 'potato', 'the unripe one stays')
    assert.isTrue(result.levelComplete)
  })

  test('harvest refuses what is not planted, not ripe, or more than is ripe', ({ assert }) => {
    const state = farm({ plots: [{ crop: 'potato', stage: 2 }, { crop: 'carrot' }] })
    assert.deepEqual(refusal(state, order('harvest', { crop: 'onion' })), { key: 'nothing_to_harvest', params: { crop: 'onion' } })
    assert.deepEqual(refusal(state, order('harvest', { crop: 'carrot' })), { key: 'not_ripe', params: { crop: 'carrot' } })
    assert.deepEqual(refusal(state, order('harvest', { crop: 'potato', quantity: 2 })), {
      key: 'not_enough_ripe',
      params: { crop: 'potato', count: 1 },
    })
  })
})

test.group('Farm rules · market', () => {
  test('buying seeds, animals and goods costs coins', ({ assert }) => {
    let state = farm({ coins: 100 })
    state = play(state, order('buy', { item: 'carrot', quantity: 3 })).state
    assert.equal(state.seeds.carrot, 3)
    state = play(state, order('buy', { item: 'goat', quantity: 2 })).state
    assert.equal(state.animals.goat, 2)
    state = play(state, order('buy', { item: 'hay' })).state
    assert.equal(state.items.hay, 1)
    assert.equal(state.coins, 100 - 3 - 60 - 2)
    assert.equal(state.lastAction?.coins, -2)
  })

  test('"some seeds" is a packet of a crop the seeded RNG picks', ({ assert }) => {
    const state = farm({ coins: 100 })
    const first = play(state, order('buy', { item: 'seed' }), 42)
    const again = play(state, order('buy', { item: 'seed' }), 42)
    assert.isTrue(first.accepted)
    assert.deepEqual(first.state, again.state, 'same seed, same packet')
    assert.equal(Object.values(first.state.seeds).reduce((sum, count) => sum + count, 0), 3)
  })

  test('the market refuses without coins, without room and what it does not sell', ({ assert }) => {
    assert.deepEqual(refusal(farm({ coins: 50 }), order('buy', { item: 'cow' })), {
      key: 'not_enough_coins',
      params: { cost: 60, coins: 50 },
    })
    assert.deepEqual(refusal(farm({ coins: 500, animals: { chicken: 11 } }), order('buy', { item: 'goat', quantity: 2 })), {
      key: 'no_room',
      params: { count: 1 },
    })
    assert.deepEqual(refusal(farm({ coins: 500 }), order('buy', { item: 'farmer' })), { key: 'not_for_sale', params: { item: 'farmer' } })
    assert.deepEqual(refusal(farm({ coins: 500 }), order('buy', { item: 'toString' })), { key: 'not_for_sale', params: { item: 'toString' } })
  })

  test('selling pays for produce and animals, all of them unless a number is said', ({ assert }) => {
    let state = farm({ coins: 0, items: { pumpkin: 4, egg: 3 }, animals: { pig: 1 } })
    state = play(state, order('sell', { item: 'pumpkin' })).state
    assert.equal(state.coins, 4 * 9)
    assert.notProperty(state.items, 'pumpkin')
    state = play(state, order('sell', { item: 'egg', quantity: 2 })).state
    assert.equal(state.items.egg, 1)
    state = play(state, order('sell', { item: 'pig' })).state
    assert.notProperty(state.animals, 'pig')
    assert.equal(state.coins, 36 + 2 + 18)
  })

  test('selling refuses what is not there', ({ assert }) => {
    const state = farm({ items: { egg: 1 } })
    assert.deepEqual(refusal(state, order('sell', { item: 'milk' })), { key: 'nothing_to_sell', params: { item: 'milk' } })
    assert.deepEqual(refusal(state, order('sell', { item: 'egg', quantity: 3 })), {
      key: 'not_enough_to_sell',
      params: { item: 'egg', count: 1 },
    })
  })
})

test.group('Farm rules · animals', () => {
  test('feeding uses food the animal eats and gives its product', ({ assert }) => {
    const state = farm({ animals: { chicken: 4 }, items: { grain: 6 } }, [{ intent: 'feed', slots: { animal: 'chicken', quantity: 4 } }])
    const result = play(state, order('feed', { animal: 'chicken', quantity: 4 }))
    assert.isTrue(result.accepted)
    assert.equal(result.state.items.grain, 2)
    assert.equal(result.state.items.egg, 4)
    assert.isTrue(result.levelComplete)
  })

  test('a named food must be one the animal eats', ({ assert }) => {
    const state = farm({ animals: { cow: 2 }, items: { hay: 2, grain: 5 } })
    assert.equal(play(state, order('feed', { animal: 'cow', food: 'hay' })).state.items.milk, 2)
    assert.deepEqual(refusal(state, order('feed', { animal: 'cow', food: 'grain' })), {
      key: 'wrong_food',
      params: { animal: 'cow', food: 'grain' },
    })
  })

  test('feeding refuses missing animals, too many animals and too little food', ({ assert }) => {
    assert.deepEqual(refusal(farm({}), order('feed', { animal: 'cow' })), { key: 'no_animal', params: { animal: 'cow' } })
    assert.deepEqual(refusal(farm({ animals: { cow: 2 }, items: { hay: 9 } }), order('feed', { animal: 'cow', quantity: 3 })), {
      key: 'not_enough_animals',
      params: { animal: 'cow', count: 2 },
    })
    assert.deepEqual(refusal(farm({ animals: { cow: 2 } }), order('feed', { animal: 'cow' })), {
      key: 'no_food',
      params: { animal: 'cow', food: 'hay' },
    })
    assert.deepEqual(refusal(farm({ animals: { cow: 3 }, items: { hay: 2 } }), order('feed', { animal: 'cow' })), {
      key: 'not_enough_food',
      params: { food: 'hay', count: 2 },
    })
  })

  test('an intent the farm does not know is refused, not thrown', ({ assert }) => {
    assert.deepEqual(refusal(farm({}), order('attack', { unit: 'knight' })), { key: 'not_on_the_farm', params: { intent: 'attack' } })
  })
})

test.group('Farm levels', () => {
  test('there are at least 12, and each level’s own model answer can be carried out', ({ assert }) => {
    assert.isAtLeast(farmGame.levels.length, 12)
    for (const level of farmGame.levels) {
      let state = initialFarm(level, createRng(level.number))
      // Play the goals in order, as the checker would hand them over.
      for (const goal of level.goals) {
        const result = applyFarm(state, { name: goal.intent, slots: goal.slots, countsForGoal: true }, createRng(level.number))
        assert.isTrue(result.accepted, `level ${level.number}: ${goal.intent} ${JSON.stringify(goal.slots)} → ${result.reason?.key}`)
        state = result.state
      }
      assert.isTrue(allGoalsMet(state), `level ${level.number} completes`)
    }
  })

  test('the field grows from 4×4 to 6×6 over the levels', ({ assert }) => {
    const sizes = farmGame.levels.map((level) => initialFarm(level, createRng(1)).size)
    assert.equal(sizes[0], 4)
    assert.equal(sizes.at(-1), 6)
    assert.deepEqual(sizes, [...sizes].sort((a, b) => a - b))
  })

  test('every refusal the rules can give is translated in English and Russian', ({ assert }) => {
    const source = readFileSync(new URL('../../rules/apply.ts', import.meta.url), 'utf8')
    const keys = new Set([...source.matchAll(/refuse\('([a-z_]+)'/g)].map((match) => match[1]))
    assert.isAbove(keys.size, 15)
    for (const locale of ['en', 'ru']) {
      const messages = JSON.parse(readFileSync(new URL(`../../lang/${locale}/farm.json`, import.meta.url), 'utf8')).refusals
      for (const key of keys) assert.property(messages, key, `${locale}: farm.refusals.${key}`)
    }
  })
})

function allGoalsMet(state: FarmState) {
  return state.goals.every((goal) => goal.met)
}
