import { test } from '@japa/runner'
import gameRegistry, { GameManifestError, GameRegistry } from '#game_kit/registry'
import { createRng, seedFrom } from '#game_kit/rng'
import { allMet, markGoals } from '#game_kit/goals'
import type { GameManifest, GoalProgress } from '#game_kit/types'

function sampleGame(overrides: Partial<GameManifest> = {}): GameManifest {
  const level = gameRegistry.find('farm')!.levels[0]
  return {
    slug: 'sample',
    title: { en: 'Sample' },
    description: { en: 'A sample game' },
    modes: ['solo'],
    tags: [],
    intents: ['plant'],
    levels: [{ ...level, setup: undefined }],
    rules: {
      initialState: () => ({ goals: [], turn: 0 }),
      apply: (state) => ({ accepted: true, state, goals: state.goals, levelComplete: false }),
    },
    island: 'client/island.ts',
    ...overrides,
  }
}

function problemsOf(manifest: GameManifest) {
  try {
    new GameRegistry().register(manifest)
    return []
  } catch (error) {
    if (!(error instanceof GameManifestError)) throw error
    return error.problems.map((problem) => problem.field)
  }
}

test.group('Game registry', () => {
  test('the farm is registered at boot by its provider', ({ assert }) => {
    const farm = gameRegistry.find('farm')
    assert.exists(farm)
    assert.isAtLeast(farm!.levels.length, 12)
    assert.equal(gameRegistry.level('farm', 2)?.canonical, 'Plant three potatoes.')
    assert.isUndefined(gameRegistry.find('nope'))
  })

  test('a sound manifest registers', ({ assert }) => {
    assert.deepEqual(problemsOf(sampleGame()), [])
  })

  test('a bad manifest is refused with the game and the field named', ({ assert }) => {
    const level = sampleGame().levels[0]
    assert.deepEqual(problemsOf(sampleGame({ slug: 'Bad Slug' })), ['slug'])
    assert.deepEqual(problemsOf(sampleGame({ modes: [] })), ['modes'])
    assert.deepEqual(problemsOf(sampleGame({ island: '../../etc/passwd' })), ['island'])
    assert.deepEqual(problemsOf(sampleGame({ levels: [{ ...level, number: 2 }] })), ['levels[0].number'])
    assert.deepEqual(problemsOf(sampleGame({ levels: [{ ...level, difficulty: 11, cefr: 'Z9' as never }] })), [
      'levels[0].cefr',
      'levels[0].difficulty',
    ])
    assert.deepEqual(problemsOf(sampleGame({ levels: [{ ...level, allowedIntents: ['fly'], goals: [{ intent: 'fly', slots: {} }] }] })), [
      'levels[0].allowedIntents',
    ])
    assert.deepEqual(problemsOf(sampleGame({ levels: [{ ...level, goals: [{ intent: 'water', slots: {} }] }] })), ['levels[0].goals[0].intent'])
    assert.deepEqual(problemsOf(sampleGame({ modes: ['solo', 'coop'] })), ['coop'])
    assert.deepEqual(problemsOf(sampleGame({ rules: {} as never })), ['rules.initialState', 'rules.apply'])

    try {
      new GameRegistry().register(sampleGame({ levels: [{ ...level, task: undefined as never }] }))
      assert.fail('should throw')
    } catch (error) {
      assert.instanceOf(error, GameManifestError)
      assert.include((error as Error).message, 'Game "sample" has an invalid manifest')
      assert.include((error as Error).message, 'levels[0].task: needs an English text')
    }
  })

  test("a level setup its rules reject stops registration", ({ assert }) => {
    const farm = gameRegistry.find('farm')!
    const broken = { ...farm, slug: 'farmcopy', levels: [{ ...farm.levels[0], setup: { size: 9 } }] }
    assert.deepEqual(problemsOf(broken), ['levels[0].setup'])
  })

  test('a slug registers once', ({ assert }) => {
    const registry = new GameRegistry()
    registry.register(sampleGame())
    assert.throws(() => registry.register(sampleGame()), /another game is registered with this slug/)
  })
})

test.group('Game kit · RNG and goals', () => {
  test('the seeded generator repeats, resumes from its state, and stays in range', ({ assert }) => {
    const first = createRng(seedFrom('user', 1, 'farm', 2))
    const numbers = Array.from({ length: 5 }, () => first.next())
    const second = createRng(seedFrom('user', 1, 'farm', 2))
    assert.deepEqual(Array.from({ length: 5 }, () => second.next()), numbers)
    const resumed = createRng(first.state)
    assert.equal(resumed.next(), second.next())
    for (let index = 0; index < 1000; index++) {
      const value = first.int(6)
      assert.isTrue(Number.isInteger(value) && value >= 0 && value < 6)
    }
    assert.notEqual(seedFrom('a', 1), seedFrom('a', 2))
  })

  test('a goal is met by its intent with at least its slots, and only when it counts', ({ assert }) => {
    const goals: GoalProgress[] = [
      { intent: 'plant', slots: { crop: 'potato', quantity: 3 }, met: false },
      { intent: 'water', slots: { crop: 'potato' }, met: false },
    ]
    assert.isFalse(markGoals(goals, { name: 'plant', slots: { crop: 'potato', quantity: 2 }, countsForGoal: true })[0].met)
    assert.isFalse(markGoals(goals, { name: 'plant', slots: { crop: 'potato', quantity: 3 }, countsForGoal: false })[0].met)
    const planted = markGoals(goals, { name: 'plant', slots: { crop: 'potato', quantity: '3' as never, place: 'field' }, countsForGoal: true })
    assert.deepEqual(planted.map((goal) => goal.met), [true, false])
    assert.isFalse(allMet(planted))
    assert.isTrue(allMet(markGoals(planted, { name: 'water', slots: { crop: 'potato' }, countsForGoal: true })))
    assert.isFalse(allMet([]))
  })
})
