import type { GameLevel, GameStateBase } from '#game_kit/types'
import type { Rng } from '#game_kit/rng'
import { goalsOf } from '#game_kit/goals'
import { BUILDINGS, ENEMIES, MAX_BUILDING_LEVEL, RESOURCES, TERRAIN, UNITS, type TerrainCode } from './catalog.js'

export type Point = { x: number; y: number }

export type Side = 'player' | 'enemy'

export type Squad = {
  id: number
  side: Side
  unit: string
  count: number
  /** The squad's health: count × the unit's hp when whole; losses round up to units. */
  health: number
  x: number
  y: number
  /** Defending squads take half damage; retreating ones do not strike back. */
  stance: 'ready' | 'defending' | 'retreating'
}

export type Building = { id: number; kind: string; x: number; y: number; level: number; health: number }

/** An enemy wave: `count` of `enemy` enter from a map edge when the turn comes. */
export type Wave = { turn: number; enemy: string; count: number; from: 'north' | 'south' | 'east' | 'west' }

/** What happened in one move, in order: what the island animates. */
export type StrategyEvent =
  | { type: 'moved'; id: number; from: Point; to: Point }
  | { type: 'struck'; by: number; target: number; damage: number; killed: number }
  | { type: 'spawned'; id: number }
  | { type: 'built'; id: number; level: number }
  | { type: 'gathered'; resource: string; amount: number; by: number[] }
  | { type: 'fell'; id: number }
  | { type: 'castle_hit'; by: number; damage: number }

/** The order the player gave, as the rules carried it out (`seat`: who gave it, in co-op). */
export type StrategyAction = { intent: string; subject?: string; quantity: number; squads: number[]; seat?: number }

export type StrategyState = GameStateBase & {
  width: number
  height: number
  /** One string per row, one terrain character per tile (see `TERRAIN`); row 0 is the north. */
  map: string[]
  /** Named places: the castle, the gate, the bridge… */
  landmarks: Record<string, Point>
  castle: Point & { health: number; maxHealth: number }
  squads: Squad[]
  buildings: Building[]
  resources: Record<string, number>
  waves: Wave[]
  nextId: number
  lastAction: StrategyAction | null
  /** What the last move did (solo), or what this tick did so far (co-op: see `eventsTick`). */
  events: StrategyEvent[]
  /** Co-op: the tick `events` belong to; the first order or world step of a new tick starts them afresh. */
  eventsTick?: number
  /** Lost when the castle falls; won when every wave has come and no enemy is left (co-op). */
  outcome: 'playing' | 'won' | 'lost'
}

/**
 * The valley every level plays in unless its setup draws another: a river
 * from north to south with one bridge, forest and fields in the west, hills
 * in the north-east, the castle in the south-west.
 */
export const DEFAULT_MAP = [
  '^^ff...~..hh',
  '^ff....~...h',
  'ff.....~....',
  'f......~....',
  '.......=....',
  ',,.....~....',
  ',,.....~..ff',
  ',,.....~.fff',
  '...ss..~..^^',
]

export const DEFAULT_LANDMARKS: Record<string, [number, number]> = {
  castle: [3, 7],
  gate: [4, 6],
  bridge: [7, 4],
  road: [5, 4],
  village: [1, 8],
  camp: [10, 2],
}

const CASTLE_HEALTH = 100

type Placement = { at: string | [number, number] }

/** A level's `setup` in levels.json. Places are landmark names or [x, y]. */
export type StrategySetup = {
  map?: string[]
  landmarks?: Record<string, [number, number]>
  resources?: Record<string, number>
  squads?: Array<Placement & { unit: string; count: number }>
  enemies?: Array<Placement & { unit: string; count: number }>
  buildings?: Array<Placement & { kind: string; level?: number }>
  waves?: Wave[]
}

export function terrainAt(state: Pick<StrategyState, 'map' | 'width' | 'height'>, point: Point): TerrainCode | null {
  if (point.x < 0 || point.y < 0 || point.x >= state.width || point.y >= state.height) return null
  return state.map[point.y][point.x] as TerrainCode
}

export function passable(state: Pick<StrategyState, 'map' | 'width' | 'height'>, point: Point) {
  const code = terrainAt(state, point)
  return code !== null && TERRAIN[code].passable
}

export function distance(a: Point, b: Point) {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y)
}


export function unitInfo(squad: Pick<Squad, 'side' | 'unit'>) {
  return (squad.side === 'player' ? UNITS : ENEMIES).get(squad.unit)!
}

/**
 * The battlefield a level starts with. Throws on a setup the rules cannot
 * use (unknown units, places off the map), so the registry rejects the
 * level at boot.
 */
export function initialStrategy(level: GameLevel, _rng: Rng): StrategyState {
  const setup = (level.setup ?? {}) as StrategySetup
  const map = setup.map ?? DEFAULT_MAP
  const height = map.length
  const width = map[0]?.length ?? 0
  if (height < 4 || width < 4 || map.some((row) => row.length !== width)) throw new Error('setup.map must be rows of equal length, at least 4 × 4')
  for (const row of map) for (const char of row) if (!Object.hasOwn(TERRAIN, char)) throw new Error(`setup.map: "${char}" is not a terrain`)

  const landmarks: Record<string, Point> = {}
  for (const [name, [x, y]] of Object.entries({ ...DEFAULT_LANDMARKS, ...setup.landmarks })) {
    if (x < 0 || y < 0 || x >= width || y >= height) throw new Error(`setup.landmarks.${name} is off the map`)
    landmarks[name] = { x, y }
  }
  if (!landmarks.castle) throw new Error('setup.landmarks needs a castle')
  const shape = { map, width, height }
  const pointOf = (placement: Placement, field: string): Point => {
    const point = Array.isArray(placement.at) ? { x: placement.at[0], y: placement.at[1] } : landmarks[placement.at]
    if (!point || terrainAt(shape, point) === null) throw new Error(`${field}: "${placement.at}" is not a place on the map`)
    return point
  }

  let nextId = 1
  const squads: Squad[] = []
  const place = (side: Side, list: Array<Placement & { unit: string; count: number }>, field: string) =>
    list.forEach((entry, index) => {
      const info = (side === 'player' ? UNITS : ENEMIES).get(entry.unit)
      if (!info) throw new Error(`${field}[${index}]: "${entry.unit}" is not a known ${side === 'player' ? 'unit' : 'enemy'}`)
      if (!Number.isInteger(entry.count) || entry.count < 1) throw new Error(`${field}[${index}].count must be a whole number of at least 1`)
      const at = pointOf(entry, `${field}[${index}]`)
      if (!passable(shape, at)) throw new Error(`${field}[${index}]: cannot stand on ${TERRAIN[terrainAt(shape, at)!].name}`)
      squads.push({ id: nextId++, side, unit: entry.unit, count: entry.count, health: entry.count * info.hp, ...at, stance: 'ready' })
    })
  place('player', setup.squads ?? [], 'setup.squads')
  place('enemy', setup.enemies ?? [], 'setup.enemies')

  const buildings: Building[] = (setup.buildings ?? []).map((entry, index) => {
    const info = BUILDINGS.get(entry.kind)
    if (!info) throw new Error(`setup.buildings[${index}]: "${entry.kind}" is not a building`)
    const level = entry.level ?? 1
    if (!Number.isInteger(level) || level < 1 || level > MAX_BUILDING_LEVEL) throw new Error(`setup.buildings[${index}].level must be 1 to ${MAX_BUILDING_LEVEL}`)
    return { id: nextId++, kind: entry.kind, ...pointOf(entry, `setup.buildings[${index}]`), level, health: info.hp * level }
  })

  const resources: Record<string, number> = {}
  for (const [name, amount] of Object.entries(setup.resources ?? {})) {
    if (!(RESOURCES as readonly string[]).includes(name)) throw new Error(`setup.resources.${name} is not a resource`)
    if (!Number.isInteger(amount) || amount < 0) throw new Error(`setup.resources.${name} must be a whole number`)
    if (amount > 0) resources[name] = amount
  }
  const waves = (setup.waves ?? []).map((wave, index) => {
    if (!ENEMIES.has(wave.enemy)) throw new Error(`setup.waves[${index}]: "${wave.enemy}" is not a known enemy`)
    if (!Number.isInteger(wave.turn) || wave.turn < 1) throw new Error(`setup.waves[${index}].turn must be 1 or later`)
    if (!['north', 'south', 'east', 'west'].includes(wave.from)) throw new Error(`setup.waves[${index}].from must be a map edge`)
    return { ...wave }
  })

  return {
    goals: goalsOf(level),
    turn: 0,
    width,
    height,
    map: [...map],
    landmarks,
    castle: { ...landmarks.castle, health: CASTLE_HEALTH, maxHealth: CASTLE_HEALTH },
    squads,
    buildings,
    resources,
    waves,
    nextId,
    lastAction: null,
    events: [],
    outcome: 'playing',
  }
}

/** The four neighbours, in the order ties are broken. */
export const STEPS: Point[] = [
  { x: 0, y: -1 },
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: -1, y: 0 },
]

/**
 * Steps from every tile to the nearest of `targets` over passable ground
 * (the targets themselves count as reachable even if they are not): what
 * squads follow towards a place. Infinity where there is no way.
 */
export function distanceField(state: Pick<StrategyState, 'map' | 'width' | 'height'>, targets: Point[]) {
  const field = new Array<number>(state.width * state.height).fill(Number.POSITIVE_INFINITY)
  const queue: Point[] = []
  for (const target of targets) {
    field[target.y * state.width + target.x] = 0
    queue.push(target)
  }
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]
    const next = field[at.y * state.width + at.x] + 1
    for (const step of STEPS) {
      const to = { x: at.x + step.x, y: at.y + step.y }
      if (!passable(state, to) || field[to.y * state.width + to.x] <= next) continue
      field[to.y * state.width + to.x] = next
      queue.push(to)
    }
  }
  return (point: Point) => field[point.y * state.width + point.x]
}

/**
 * Up to `steps` tiles along the field towards its targets, stopping on
 * arrival or when `stopWhen` says so. Ties go north, east, south, west, so
 * the path is the same every time.
 */
export function walk(state: Pick<StrategyState, 'map' | 'width' | 'height'>, from: Point, field: (point: Point) => number, steps: number, stopWhen: (at: Point) => boolean = () => false) {
  let at = from
  for (let step = 0; step < steps && field(at) > 0 && !stopWhen(at); step++) {
    let best: Point | null = null
    for (const move of STEPS) {
      const to = { x: at.x + move.x, y: at.y + move.y }
      if (!passable(state, to) || field(to) >= field(at)) continue
      if (!best || field(to) < field(best)) best = to
    }
    if (!best) break
    at = best
  }
  return at
}
