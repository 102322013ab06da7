import type { ApplyResult, GameIntent, Refusal } from '#game_kit/types'
import type { Rng } from '#game_kit/rng'
import { allMet, markGoals } from '#game_kit/goals'
import { countOf, quantitySlot, refuse, textSlot } from '#game_kit/slots'
import { ANY_ENEMY, BUILDINGS, DIRECTIONS, ENEMIES, MAX_BUILDING_LEVEL, RESOURCES, TERRAIN, TERRAIN_PLACES, UNITS } from './catalog.js'
import {
  distance,
  distanceField,
  passable,
  terrainAt,
  unitInfo,
  walk,
  STEPS,
  type Point,
  type Squad,
  type StrategyAction,
  type StrategyEvent,
  type StrategyState,
  type Wave,
} from './state.js'


/** Buildings that grow taller when built again without a place ("Build a taller tower"). */
const STACKABLE = new Set(['tower', 'wall', 'fort'])

/** Buildings that are a source of a resource, besides the terrain. */
const BUILDING_SOURCES: Record<string, string[]> = {
  farm: ['food'],
  windmill: ['food'],
  granary: ['food'],
  well: ['water'],
  quarry: ['stone'],
  sawmill: ['wood'],
  mine: ['gold', 'iron', 'coal'],
}

type Done = { state: StrategyState; action: StrategyAction; events: StrategyEvent[] }
type Outcome = Done | { refusal: Refusal }




function isGatherer(unit: string) {
  return Boolean(UNITS.get(unit)?.gathers)
}

/**
 * The player's squads an order is for, `wanted` units of them when a number
 * was said: a squad is split when only part of it goes. Without a unit
 * named, every fighting squad (or every gathering one, for `gather`).
 */
function chooseSquads(state: StrategyState, slots: GameIntent['slots'], fallback: 'fighters' | 'gatherers'): { state: StrategyState; ids: number[] } | { refusal: Refusal } {
  const unit = textSlot(slots, 'unit')
  if (unit !== undefined && !UNITS.has(unit)) return { refusal: { key: 'unknown_unit', params: { unit } } }
  const mine = state.squads.filter(
    (squad) => squad.side === 'player' && (unit ? squad.unit === unit : fallback === 'gatherers' ? isGatherer(squad.unit) : !isGatherer(squad.unit))
  )
  if (mine.length === 0) return { refusal: unit ? { key: 'no_units', params: { unit } } : { key: fallback === 'gatherers' ? 'no_workers' : 'no_army' } }
  const wanted = quantitySlot(slots)
  if (Number.isNaN(wanted)) return { refusal: { key: 'bad_quantity' } }
  const total = mine.reduce((sum, squad) => sum + squad.count, 0)
  if (wanted === undefined) return { state, ids: mine.map((squad) => squad.id) }
  if (wanted > total) return { refusal: { key: 'not_enough_units', params: { unit: unit ?? '', count: total } } }

  let left = wanted
  let nextId = state.nextId
  const squads = state.squads.slice()
  const ids: number[] = []
  for (const squad of mine) {
    if (left === 0) break
    if (squad.count <= left) {
      ids.push(squad.id)
      left -= squad.count
      continue
    }
    // Part of this squad goes: it leaves as a new squad, the rest stays (each unit keeps at least 1 health).
    const hp = unitInfo(squad).hp
    const partHealth = Math.min(left * hp, squad.health - (squad.count - left))
    const part: Squad = { ...squad, id: nextId++, count: left, health: partHealth }
    squads[squads.indexOf(squad)] = { ...squad, count: squad.count - left, health: squad.health - partHealth }
    squads.push(part)
    ids.push(part.id)
    left = 0
  }
  return { state: { ...state, squads, nextId }, ids }
}

/** The tiles a place name stands for: a landmark, a building of that kind, or the terrain. */
function placeTiles(state: StrategyState, place: string): Point[] {
  if (Object.hasOwn(state.landmarks, place)) return [state.landmarks[place]]
  const buildings = state.buildings.filter((building) => building.kind === place)
  if (buildings.length > 0) return buildings.map(({ x, y }) => ({ x, y }))
  const codes = TERRAIN_PLACES.get(place)
  if (!codes) return []
  const tiles: Point[] = []
  for (let y = 0; y < state.height; y++) for (let x = 0; x < state.width; x++) if ((codes as string[]).includes(state.map[y][x])) tiles.push({ x, y })
  return tiles
}

function withSquad(state: StrategyState, id: number, change: Partial<Squad>): StrategyState {
  return { ...state, squads: state.squads.map((squad) => (squad.id === id ? { ...squad, ...change } : squad)) }
}

function squadById(state: StrategyState, id: number) {
  return state.squads.find((squad) => squad.id === id)!
}

/** Squads walk towards `targets`; returns the moves made. */
function march(state: StrategyState, ids: number[], targets: Point[], extraSpeed = 0, stance: Squad['stance'] = 'ready') {
  const field = distanceField(state, targets)
  const events: StrategyEvent[] = []
  let next = state
  for (const id of ids) {
    const squad = squadById(next, id)
    const to = walk(next, squad, field, unitInfo(squad).speed + extraSpeed)
    if (to.x !== squad.x || to.y !== squad.y) events.push({ type: 'moved', id, from: { x: squad.x, y: squad.y }, to })
    next = withSquad(next, id, { ...to, stance })
  }
  return { state: next, events, reachable: ids.some((id) => Number.isFinite(field(squadById(state, id)))) }
}

function move(state: StrategyState, slots: GameIntent['slots']): Outcome {
  const chosen = chooseSquads(state, slots, 'fighters')
  if ('refusal' in chosen) return chosen
  const direction = textSlot(slots, 'direction')
  const place = textSlot(slots, 'place')
  let next = chosen.state
  const events: StrategyEvent[] = []
  if (place) {
    const tiles = placeTiles(next, place)
    if (tiles.length === 0) return refuse('unknown_place', { place })
    const marched = march(next, chosen.ids, tiles)
    if (!marched.reachable) return refuse('no_way', { place })
    next = marched.state
    events.push(...marched.events)
  } else {
    const step = direction ? DIRECTIONS.get(direction) : undefined
    if (!step) return refuse('which_way')
    for (const id of chosen.ids) {
      const squad = squadById(next, id)
      let at: Point = { x: squad.x, y: squad.y }
      for (let moved = 0; moved < unitInfo(squad).speed; moved++) {
        const to = { x: at.x + step.dx, y: at.y + step.dy }
        if (!passable(next, to)) break
        at = to
      }
      if (at.x !== squad.x || at.y !== squad.y) events.push({ type: 'moved', id, from: { x: squad.x, y: squad.y }, to: at })
      next = withSquad(next, id, { ...at, stance: 'ready' })
    }
    if (events.length === 0) return refuse('blocked', { direction: direction! })
  }
  const unit = squadById(next, chosen.ids[0]).unit
  return { state: next, events, action: { intent: 'move', subject: unit, quantity: countIn(next, chosen.ids), squads: chosen.ids } }
}

function countIn(state: StrategyState, ids: number[]) {
  return ids.reduce((sum, id) => sum + (state.squads.find((squad) => squad.id === id)?.count ?? 0), 0)
}

/**
 * One strike: damage is the attackers' strength give or take a quarter
 * (seeded); defenders dug in take half. Losses round to whole units.
 */
function strike(state: StrategyState, attacker: Squad | { id: number; power: number }, targetId: number, rng: Rng): { state: StrategyState; events: StrategyEvent[] } {
  const power = 'power' in attacker ? attacker.power : attacker.count * unitInfo(attacker).attack
  const target = squadById(state, targetId)
  const damage = Math.max(1, Math.round(power * (0.75 + rng.next() * 0.5) * (target.stance === 'defending' ? 0.5 : 1)))
  const health = target.health - damage
  const hp = unitInfo(target).hp
  const count = health > 0 ? Math.ceil(health / hp) : 0
  const events: StrategyEvent[] = [{ type: 'struck', by: attacker.id, target: targetId, damage, killed: target.count - count }]
  if (count === 0) {
    events.push({ type: 'fell', id: targetId })
    return { state: { ...state, squads: state.squads.filter((squad) => squad.id !== targetId) }, events }
  }
  return { state: withSquad(state, targetId, { health, count }), events }
}

/** Enemy squads a target word names; no word ("attack them") is any enemy. */
function enemiesNamed(state: StrategyState, target: string | undefined) {
  return state.squads.filter((squad) => squad.side === 'enemy' && (target === undefined || ANY_ENEMY.has(target) || squad.unit === target))
}

function attack(state: StrategyState, slots: GameIntent['slots'], rng: Rng): Outcome {
  const target = textSlot(slots, 'target')
  if (target !== undefined && !ENEMIES.has(target) && !ANY_ENEMY.has(target)) return refuse('cannot_attack', { target })
  if (enemiesNamed(state, target).length === 0) return target === undefined ? refuse('no_enemy') : refuse('no_target', { target })
  const chosen = chooseSquads(state, slots, 'fighters')
  if ('refusal' in chosen) return chosen
  let next = chosen.state
  const events: StrategyEvent[] = []
  for (const id of chosen.ids) {
    const foes = enemiesNamed(next, target)
    if (foes.length === 0) break
    const squad = squadById(next, id)
    const range = unitInfo(squad).range
    const field = distanceField(next, foes)
    const to = walk(next, squad, field, unitInfo(squad).speed, (at) => foes.some((foe) => distance(at, foe) <= range))
    if (to.x !== squad.x || to.y !== squad.y) events.push({ type: 'moved', id, from: { x: squad.x, y: squad.y }, to })
    next = withSquad(next, id, { ...to, stance: 'ready' })
    const inReach = foes.filter((foe) => distance(to, foe) <= range).sort((a, b) => distance(to, a) - distance(to, b) || a.id - b.id)
    if (inReach.length > 0) {
      const struck = strike(next, squadById(next, id), inReach[0].id, rng)
      next = struck.state
      events.push(...struck.events)
    }
  }
  if (events.length === 0) return target === undefined ? refuse('no_enemy') : refuse('no_way', { place: target })
  return { state: next, events, action: { intent: 'attack', subject: target ?? 'enemy', quantity: countIn(next, chosen.ids), squads: chosen.ids } }
}

function defend(state: StrategyState, slots: GameIntent['slots']): Outcome {
  const place = textSlot(slots, 'place') ?? 'castle'
  const tiles = placeTiles(state, place)
  if (tiles.length === 0) return refuse('unknown_place', { place })
  const chosen = chooseSquads(state, slots, 'fighters')
  if ('refusal' in chosen) return chosen
  const marched = march(chosen.state, chosen.ids, tiles, 0, 'defending')
  if (!marched.reachable) return refuse('no_way', { place })
  return { state: marched.state, events: marched.events, action: { intent: 'defend', subject: place, quantity: countIn(marched.state, chosen.ids), squads: chosen.ids } }
}

function retreat(state: StrategyState, slots: GameIntent['slots']): Outcome {
  const chosen = chooseSquads(state, slots, 'fighters')
  if ('refusal' in chosen) return chosen
  const castle = { x: state.castle.x, y: state.castle.y }
  if (chosen.ids.every((id) => distance(squadById(chosen.state, id), castle) === 0)) return refuse('already_home')
  // Falling back is faster than advancing: one tile more.
  const marched = march(chosen.state, chosen.ids, [castle], 1, 'retreating')
  return { state: marched.state, events: marched.events, action: { intent: 'retreat', quantity: countIn(marched.state, chosen.ids), squads: chosen.ids } }
}

function occupied(state: StrategyState, at: Point) {
  return (state.castle.x === at.x && state.castle.y === at.y) || state.buildings.some((building) => building.x === at.x && building.y === at.y)
}

/** Where a new building may go near `tiles`: the nearest suitable free tile, north-west first on ties. */
function siteNear(state: StrategyState, tiles: Point[], site: 'land' | 'river' | 'shore', reach: number): Point | null {
  let best: { at: Point; away: number } | null = null
  for (let y = 0; y < state.height; y++) {
    for (let x = 0; x < state.width; x++) {
      const at = { x, y }
      const code = terrainAt(state, at)!
      const suits =
        site === 'river'
          ? code === '~'
          : TERRAIN[code].buildable && (site === 'land' || STEPS.some((step) => terrainAt(state, { x: x + step.x, y: y + step.y }) === '~'))
      if (!suits || occupied(state, at)) continue
      const away = Math.min(...tiles.map((tile) => distance(tile, at)))
      if (away > reach || (best && away >= best.away)) continue
      best = { at, away }
    }
  }
  return best?.at ?? null
}

function costText(cost: Partial<Record<string, number>>, times: number) {
  return Object.entries(cost)
    .map(([resource, amount]) => `${amount! * times} ${resource}`)
    .join(', ')
}

function build(state: StrategyState, slots: GameIntent['slots']): Outcome {
  const kind = textSlot(slots, 'building')
  const info = kind ? BUILDINGS.get(kind) : undefined
  if (!kind || !info) return refuse('cannot_build', { building: kind ?? '' })
  const place = textSlot(slots, 'place')

  // Built again with no place: the existing one grows a level ("Build a taller tower").
  const existing = place || !STACKABLE.has(kind) ? undefined : state.buildings.filter((building) => building.kind === kind && building.level < MAX_BUILDING_LEVEL).sort((a, b) => a.level - b.level || a.id - b.id)[0]
  const level = existing ? existing.level + 1 : 1
  const affordable = Object.entries(info.cost).every(([resource, amount]) => countOf(state.resources, resource) >= amount! * level)
  if (!affordable) return refuse('not_enough_resources', { building: kind, cost: costText(info.cost, level) })
  const resources = { ...state.resources }
  for (const [resource, amount] of Object.entries(info.cost)) {
    resources[resource] = countOf(resources, resource) - amount! * level
    if (resources[resource] === 0) delete resources[resource]
  }
  const action: StrategyAction = { intent: 'build', subject: kind, quantity: 1, squads: [] }

  if (existing) {
    const buildings = state.buildings.map((building) => (building.id === existing.id ? { ...building, level, health: building.health + info.hp } : building))
    return { state: { ...state, resources, buildings }, events: [{ type: 'built', id: existing.id, level }], action }
  }

  const castle = { x: state.castle.x, y: state.castle.y }
  const tiles = place ? placeTiles(state, place) : [castle]
  if (place && tiles.length === 0) return refuse('unknown_place', { place })
  // A bridge with no place named goes over the river nearest the castle, however far.
  const reach = place ? 2 : info.site === 'river' ? state.width + state.height : 3
  const at = siteNear(state, tiles, info.site ?? 'land', reach)
  if (!at) return refuse('no_room', { place: place ?? 'castle' })
  const id = state.nextId
  // A bridge turns the river tile it stands on into a crossing.
  const map = info.site === 'river' ? state.map.map((row, y) => (y === at.y ? row.slice(0, at.x) + '=' + row.slice(at.x + 1) : row)) : state.map
  return {
    state: { ...state, map, resources, nextId: id + 1, buildings: [...state.buildings, { id, kind, ...at, level: 1, health: info.hp }] },
    events: [{ type: 'built', id, level: 1 }],
    action,
  }
}

function gather(state: StrategyState, slots: GameIntent['slots']): Outcome {
  const resource = textSlot(slots, 'resource')
  if (!resource || !(RESOURCES as readonly string[]).includes(resource)) return refuse('cannot_gather', { resource: resource ?? '' })
  const sources: Point[] = state.buildings.filter((building) => BUILDING_SOURCES[building.kind]?.includes(resource)).map(({ x, y }) => ({ x, y }))
  for (let y = 0; y < state.height; y++) {
    for (let x = 0; x < state.width; x++) {
      const terrain = TERRAIN[terrainAt(state, { x, y })!]
      if ('source' in terrain && (terrain.source as readonly string[]).includes(resource)) sources.push({ x, y })
    }
  }
  if (sources.length === 0) return refuse('no_source', { resource })
  const chosen = chooseSquads(state, slots, 'gatherers')
  if ('refusal' in chosen) return chosen
  const field = distanceField(state, sources)
  // A gather order is a round trip within the move: each squad that can reach a source brings its share.
  const by = chosen.ids.filter((id) => {
    const squad = squadById(chosen.state, id)
    return Number.isFinite(field(squad)) && (UNITS.get(squad.unit)?.gathers?.[resource] ?? 0) > 0
  })
  if (by.length === 0) {
    const unit = textSlot(slots, 'unit')
    return unit ? refuse('cannot_gather_with', { unit, resource }) : refuse('no_way', { place: resource })
  }
  const amount = by.reduce((sum, id) => {
    const squad = squadById(chosen.state, id)
    return sum + squad.count * UNITS.get(squad.unit)!.gathers![resource]!
  }, 0)
  return {
    state: { ...chosen.state, resources: { ...chosen.state.resources, [resource]: countOf(chosen.state.resources, resource) + amount } },
    events: [{ type: 'gathered', resource, amount, by }],
    action: { intent: 'gather', subject: resource, quantity: amount, squads: by },
  }
}

/**
 * An order, on its own: the world does not move (see `advance`). The co-op
 * room applies every player's accepted orders, then advances once per tick.
 */
export function command(state: StrategyState, intent: GameIntent, rng: Rng): Outcome {
  if (state.outcome !== 'playing') return refuse(state.outcome === 'lost' ? 'battle_lost' : 'battle_won')
  switch (intent.name) {
    case 'move':
      return move(state, intent.slots)
    case 'attack':
      return attack(state, intent.slots, rng)
    case 'defend':
      return defend(state, intent.slots)
    case 'retreat':
      return retreat(state, intent.slots)
    case 'build':
      return build(state, intent.slots)
    case 'gather':
      return gather(state, intent.slots)
    default:
      return refuse('not_an_order', { intent: intent.name })
  }
}

const EDGES: Record<string, (state: StrategyState, rng: Rng) => Point> = {
  north: (state, rng) => ({ x: rng.int(state.width), y: 0 }),
  south: (state, rng) => ({ x: rng.int(state.width), y: state.height - 1 }),
  west: (state, rng) => ({ x: 0, y: rng.int(state.height) }),
  east: (state, rng) => ({ x: state.width - 1, y: rng.int(state.height) }),
}

/** The nearest passable tile to `point` (itself if it is): where a wave steps onto the map. */
function landingNear(state: StrategyState, point: Point): Point | null {
  let best: { at: Point; away: number } | null = null
  for (let y = 0; y < state.height; y++) {
    for (let x = 0; x < state.width; x++) {
      const away = distance(point, { x, y })
      if (passable(state, { x, y }) && (!best || away < best.away)) best = { at: { x, y }, away }
    }
  }
  return best?.at ?? null
}

function landWave(state: StrategyState, wave: Pick<Wave, 'enemy' | 'count' | 'from'>, rng: Rng, events: StrategyEvent[]): StrategyState {
  const at = landingNear(state, EDGES[wave.from](state, rng))
  if (!at) return state
  const id = state.nextId
  const hp = ENEMIES.get(wave.enemy)!.hp
  events.push({ type: 'spawned', id })
  return {
    ...state,
    nextId: id + 1,
    squads: [...state.squads, { id, side: 'enemy', unit: wave.enemy, count: wave.count, health: wave.count * hp, ...at, stance: 'ready' }],
  }
}

/**
 * A goal to attack an enemy stays within reach: when none of that enemy is
 * on the field or still to come (the towers got them first, say), a fresh
 * band of them arrives, from where their last wave came from.
 */
function reinforce(state: StrategyState, rng: Rng, events: StrategyEvent[]): StrategyState {
  let next = state
  for (const goal of state.goals) {
    const target = goal.slots.target
    if (goal.met || goal.intent !== 'attack' || typeof target !== 'string' || !ENEMIES.has(target)) continue
    const onField = next.squads.some((squad) => squad.side === 'enemy' && squad.unit === target)
    const coming = next.waves.some((wave) => wave.enemy === target && wave.turn > next.turn)
    if (onField || coming) continue
    const last = [...next.waves].reverse().find((wave) => wave.enemy === target)
    next = landWave(next, { enemy: target, count: last?.count ?? 2, from: last?.from ?? 'north' }, rng, events)
  }
  return next
}

/**
 * The world moves one step: waves arrive, every enemy goes for the nearest
 * player squad or building close by (else the castle) and strikes what is
 * in reach, then the castle's towers and the player's squads strike back.
 * Pure and seeded like `command`.
 */
export function advance(state: StrategyState, rng: Rng): { state: StrategyState; events: StrategyEvent[] } {
  if (state.outcome !== 'playing') return { state, events: [] }
  let next = state
  const events: StrategyEvent[] = []

  for (const wave of next.waves.filter((candidate) => candidate.turn === next.turn)) next = landWave(next, wave, rng, events)

  next = reinforce(next, rng, events)

  const castle = { x: next.castle.x, y: next.castle.y }
  for (const enemyId of next.squads.filter((squad) => squad.side === 'enemy').map((squad) => squad.id)) {
    const enemy = next.squads.find((squad) => squad.id === enemyId)
    if (!enemy) continue
    const info = unitInfo(enemy)
    // Prey close by; with none, the march on the castle.
    const prey = next.squads.filter((squad) => squad.side === 'player' && distance(squad, enemy) <= 3)
    const goal: Point[] = prey.length > 0 ? prey : [castle]
    const inReach = (at: Point) => goal.some((target) => distance(at, target) <= info.range)
    const to = walk(next, enemy, distanceField(next, goal), info.speed, inReach)
    if (to.x !== enemy.x || to.y !== enemy.y) events.push({ type: 'moved', id: enemyId, from: { x: enemy.x, y: enemy.y }, to })
    next = withSquad(next, enemyId, to)
    const moved = squadById(next, enemyId)
    const victim = prey.filter((squad) => distance(to, squad) <= info.range).sort((a, b) => distance(to, a) - distance(to, b) || a.id - b.id)[0]
    if (victim) {
      const struck = strike(next, moved, victim.id, rng)
      next = struck.state
      events.push(...struck.events)
    } else if (distance(to, castle) <= info.range) {
      const damage = Math.max(1, Math.round(moved.count * info.attack * (0.75 + rng.next() * 0.5)))
      next = { ...next, castle: { ...next.castle, health: Math.max(0, next.castle.health - damage) } }
      events.push({ type: 'castle_hit', by: enemyId, damage })
    }
  }

  // The defence: towers and forts by level, then every squad not falling back (as it stands now).
  const shooters = [
    ...next.buildings.filter((building) => BUILDINGS.get(building.kind)!.attack).map((building) => ({ building })),
    ...next.squads.filter((squad) => squad.side === 'player').map((squad) => ({ squadId: squad.id })),
  ]
  for (const shooter of shooters) {
    let from: { id: number; at: Point; range: number; power: number }
    if ('building' in shooter) {
      const info = BUILDINGS.get(shooter.building.kind)!
      from = { id: shooter.building.id, at: shooter.building, range: info.range ?? 1, power: info.attack! * shooter.building.level }
    } else {
      const squad = next.squads.find((candidate) => candidate.id === shooter.squadId)
      if (!squad || squad.stance === 'retreating') continue
      from = { id: squad.id, at: squad, range: unitInfo(squad).range, power: squad.count * unitInfo(squad).attack }
    }
    const foe = next.squads
      .filter((squad) => squad.side === 'enemy' && distance(from.at, squad) <= from.range)
      .sort((a, b) => distance(from.at, a) - distance(from.at, b) || a.id - b.id)[0]
    if (!foe) continue
    const struck = strike(next, { id: from.id, power: from.power }, foe.id, rng)
    next = struck.state
    events.push(...struck.events)
  }

  // Solo play ends on its goals (the kit's business); only a fallen castle ends the battle here.
  return { state: { ...next, outcome: next.castle.health <= 0 ? 'lost' : next.outcome }, events }
}

/**
 * How a co-op battle stands: lost when the castle falls; won once every
 * goal is met and every wave has come and been beaten; playing until then.
 */
export function battleOutcome(state: StrategyState): StrategyState['outcome'] {
  if (state.castle.health <= 0) return 'lost'
  const wavesLeft = state.waves.some((wave) => wave.turn > state.turn)
  const enemiesLeft = state.squads.some((squad) => squad.side === 'enemy')
  return allMet(state.goals) && !wavesLeft && !enemiesLeft ? 'won' : 'playing'
}

/**
 * One move of the solo game: the order, then the world answers with one
 * step. Pure and deterministic: the same state, intent and RNG state always
 * give the same result, so a replay ends where play did.
 *
 * @example
 * // state: four archers at the castle; goal "move the archers north"
 * applyStrategy(state, { name: 'move', slots: { unit: 'archer', direction: 'north' }, countsForGoal: true }, rng)
 * // → accepted; the archers two tiles north, the goal met, level complete
 */
export function applyStrategy(state: StrategyState, intent: GameIntent, rng: Rng): ApplyResult<StrategyState> {
  const outcome = command(state, intent, rng)
  if ('refusal' in outcome) {
    return { accepted: false, reason: outcome.refusal, state, goals: state.goals, levelComplete: allMet(state.goals) }
  }
  const goals = markGoals(state.goals, intent)
  const ordered: StrategyState = { ...outcome.state, goals, turn: state.turn + 1, lastAction: outcome.action }
  const world = advance(ordered, rng)
  const next = { ...world.state, events: [...outcome.events, ...world.events] }
  return { accepted: true, state: next, goals, levelComplete: allMet(goals) }
}
