import { test } from '@japa/runner'
import fc from 'fast-check'
import { applyPatch, diffState } from '#realtime/protocol'

type Item = { id: number; x: number }
type State = { turn: number; label: string; items: Item[]; goals: Array<{ met: boolean }> }

/** A next state as rules make one: unchanged items kept by reference, changed ones replaced, some removed, new ones appended. */
const evolution = fc.record({
  turnDelta: fc.integer({ min: 0, max: 2 }),
  relabel: fc.boolean(),
  changes: fc.array(fc.record({ index: fc.nat(), x: fc.integer() }), { maxLength: 5 }),
  removals: fc.array(fc.nat(), { maxLength: 3 }),
  additions: fc.array(fc.integer(), { maxLength: 3 }),
  shuffle: fc.boolean(),
})

type Step = typeof evolution extends fc.Arbitrary<infer T> ? T : never

function evolve(state: State, step: Step, nextId: { value: number }): State {
  let items = state.items.slice()
  for (const change of step.changes) if (items.length > 0) {
    const index = change.index % items.length
    items[index] = { ...items[index], x: change.x }
  }
  for (const removal of step.removals) if (items.length > 0) items.splice(removal % items.length, 1)
  for (const x of step.additions) items.push({ id: nextId.value++, x })
  if (step.shuffle && items.length > 1) items = [items.at(-1)!, ...items.slice(0, -1)]
  return { ...state, turn: state.turn + step.turnDelta, label: step.relabel ? `${state.label}!` : state.label, items }
}

test.group('State patches', () => {
  test('applying the diff of two states gives the second, whatever the rules changed', ({ assert }) => {
    fc.assert(
      fc.property(fc.array(evolution, { minLength: 1, maxLength: 12 }), (steps) => {
        const nextId = { value: 3 }
        let server: State = { turn: 0, label: 'a', items: [{ id: 1, x: 0 }, { id: 2, x: 0 }], goals: [{ met: false }] }
        let client: State = structuredClone(server)
        for (const step of steps) {
          const next = evolve(server, step, nextId)
          const patch = diffState(server, next)
          if (patch) client = applyPatch(client, patch)
          assert.deepEqual(client, next)
          server = next
        }
      }),
      { numRuns: 300 }
    )
  })

  test('only what changed travels: one moved item of many, nothing for the same state', ({ assert }) => {
    const items = Array.from({ length: 20 }, (_, index) => ({ id: index + 1, x: 0 }))
    const state = { turn: 1, items }
    assert.isNull(diffState(state, state))
    assert.isNull(diffState(state, { ...state }))
    const moved = { ...state, items: items.map((item) => (item.id === 7 ? { ...item, x: 5 } : item)) }
    assert.deepEqual(diffState(state, moved), { l: { items: { u: [{ id: 7, x: 5 }] } } })
    const gone = { ...state, items: items.filter((item) => item.id !== 3) }
    assert.deepEqual(diffState(state, gone), { l: { items: { d: [3] } } })
    assert.deepEqual(diffState(state, { turn: 2, items }), { s: { turn: 2 } })
  })
})
