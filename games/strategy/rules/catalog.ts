/**
 * What the strategy game knows: units, enemies, buildings, resources and
 * terrain, keyed by the English lemma the checker puts in a slot
 * ("archer", "wolf", "tower", "stone").
 */

export type UnitInfo = {
  /** Health of one unit; a squad's health is count × hp. */
  hp: number
  /** Damage one unit deals per strike. */
  attack: number
  /** Tiles (Manhattan) from which it strikes; 1 is hand to hand. */
  range: number
  /** Tiles a squad covers in one order. */
  speed: number
  /** What one unit brings in per gather order, by resource (workers and miners). */
  gathers?: Partial<Record<string, number>>
}

const WORKER_YIELD = { wood: 2, stone: 2, food: 2, water: 3, gold: 1, iron: 1, coal: 1 }

export const UNITS = new Map<string, UnitInfo>([
  ['worker', { hp: 4, attack: 1, range: 1, speed: 2, gathers: WORKER_YIELD }],
  ['peasant', { hp: 4, attack: 1, range: 1, speed: 2, gathers: WORKER_YIELD }],
  ['builder', { hp: 4, attack: 1, range: 1, speed: 2, gathers: WORKER_YIELD }],
  ['miner', { hp: 5, attack: 1, range: 1, speed: 2, gathers: { stone: 3, gold: 2, iron: 2, coal: 2 } }],
  ['archer', { hp: 5, attack: 3, range: 3, speed: 2 }],
  ['spearman', { hp: 8, attack: 3, range: 1, speed: 2 }],
  ['soldier', { hp: 9, attack: 4, range: 1, speed: 2 }],
  ['swordsman', { hp: 9, attack: 4, range: 1, speed: 2 }],
  ['guard', { hp: 10, attack: 3, range: 1, speed: 2 }],
  ['knight', { hp: 12, attack: 5, range: 1, speed: 3 }],
  ['horseman', { hp: 10, attack: 4, range: 1, speed: 4 }],
  ['rider', { hp: 10, attack: 4, range: 1, speed: 4 }],
  ['scout', { hp: 4, attack: 1, range: 1, speed: 4 }],
  ['catapult', { hp: 10, attack: 8, range: 4, speed: 1 }],
  ['wizard', { hp: 6, attack: 6, range: 3, speed: 2 }],
  ['healer', { hp: 5, attack: 1, range: 1, speed: 2 }],
  ['boat', { hp: 10, attack: 2, range: 2, speed: 3 }],
])

export const ENEMIES = new Map<string, UnitInfo>([
  ['wolf', { hp: 4, attack: 2, range: 1, speed: 2 }],
  ['bandit', { hp: 6, attack: 3, range: 1, speed: 2 }],
  ['goblin', { hp: 5, attack: 2, range: 1, speed: 2 }],
  ['raider', { hp: 7, attack: 3, range: 1, speed: 2 }],
  ['pirate', { hp: 7, attack: 3, range: 1, speed: 2 }],
  ['invader', { hp: 8, attack: 3, range: 1, speed: 2 }],
  ['orc', { hp: 10, attack: 4, range: 1, speed: 2 }],
  ['bear', { hp: 12, attack: 5, range: 1, speed: 2 }],
  ['troll', { hp: 16, attack: 6, range: 1, speed: 1 }],
  ['giant', { hp: 24, attack: 8, range: 1, speed: 1 }],
  ['dragon', { hp: 40, attack: 10, range: 2, speed: 3 }],
])

/** "Attack the enemy": any enemy squad will do. */
export const ANY_ENEMY = new Set(['enemy', 'invader'])

export type BuildingInfo = {
  cost: Partial<Record<string, number>>
  hp: number
  /** Towers and forts shoot at enemies in range, per level of the building. */
  attack?: number
  range?: number
  /** Where it may stand: on grass (default), on a river tile (a bridge) or next to water (a harbour). */
  site?: 'land' | 'river' | 'shore'
}

export const BUILDINGS = new Map<string, BuildingInfo>([
  ['tower', { cost: { wood: 10, stone: 10 }, hp: 30, attack: 3, range: 3 }],
  ['wall', { cost: { stone: 15 }, hp: 40 }],
  ['gate', { cost: { wood: 5, stone: 10 }, hp: 30 }],
  ['fort', { cost: { wood: 20, stone: 30 }, hp: 60, attack: 4, range: 2 }],
  ['farm', { cost: { wood: 10 }, hp: 15 }],
  ['house', { cost: { wood: 10 }, hp: 15 }],
  ['barracks', { cost: { wood: 20, stone: 10 }, hp: 30 }],
  ['granary', { cost: { wood: 15 }, hp: 15 }],
  ['sawmill', { cost: { wood: 10, stone: 5 }, hp: 15 }],
  ['quarry', { cost: { wood: 10 }, hp: 15 }],
  ['mine', { cost: { wood: 15 }, hp: 15 }],
  ['well', { cost: { stone: 5 }, hp: 10 }],
  ['windmill', { cost: { wood: 15 }, hp: 15 }],
  ['market', { cost: { wood: 20 }, hp: 15 }],
  ['stable', { cost: { wood: 15 }, hp: 15 }],
  ['workshop', { cost: { wood: 15, stone: 5 }, hp: 15 }],
  ['temple', { cost: { stone: 30 }, hp: 30 }],
  ['camp', { cost: { wood: 5 }, hp: 10 }],
  ['bridge', { cost: { wood: 20 }, hp: 30, site: 'river' }],
  ['harbour', { cost: { wood: 20 }, hp: 20, site: 'shore' }],
])

/** A taller tower: each level adds the cost of one again and its attack. */
export const MAX_BUILDING_LEVEL = 3

export const RESOURCES = ['wood', 'stone', 'food', 'water', 'gold', 'iron', 'coal'] as const

/**
 * The terrain a tile holds, one character per tile in a level's map.
 * `source` is what workers gather there.
 */
export const TERRAIN = {
  '.': { name: 'grass', passable: true, buildable: true },
  ',': { name: 'field', passable: true, buildable: true, source: ['food'] },
  f: { name: 'forest', passable: true, buildable: false, source: ['wood'] },
  h: { name: 'hill', passable: true, buildable: false, source: ['stone', 'iron', 'coal'] },
  '^': { name: 'mountain', passable: false, buildable: false, source: ['stone', 'gold', 'iron'] },
  '~': { name: 'river', passable: false, buildable: false, source: ['water'] },
  '=': { name: 'bridge', passable: true, buildable: false },
  s: { name: 'swamp', passable: true, buildable: false },
} as const satisfies Record<string, { name: string; passable: boolean; buildable: boolean; source?: readonly string[] }>

export type TerrainCode = keyof typeof TERRAIN

/** Place names that are terrain: "near the river" is next to the nearest river tile. */
export const TERRAIN_PLACES = new Map<string, TerrainCode[]>([
  ['river', ['~', '=']],
  ['lake', ['~']],
  ['coast', ['~']],
  ['forest', ['f']],
  ['hill', ['h']],
  ['mountain', ['^']],
  ['field', [',']],
  ['swamp', ['s']],
])

/** Words for directions, as the checker gives them, to a step on the map (north is up). */
export const DIRECTIONS = new Map<string, { dx: number; dy: number }>([
  ['north', { dx: 0, dy: -1 }],
  ['up', { dx: 0, dy: -1 }],
  ['forward', { dx: 0, dy: -1 }],
  ['south', { dx: 0, dy: 1 }],
  ['down', { dx: 0, dy: 1 }],
  ['back', { dx: 0, dy: 1 }],
  ['east', { dx: 1, dy: 0 }],
  ['right', { dx: 1, dy: 0 }],
  ['west', { dx: -1, dy: 0 }],
  ['left', { dx: -1, dy: 0 }],
])

/** Units that gather (a gather order with no unit named sends all of them). */
export function gatherers() {
  return [...UNITS].filter(([, info]) => info.gathers).map(([name]) => name)
}
