import type { Point, Squad, StrategyState } from '../rules/state.js'

/** Where the map sits on the canvas: square tiles, the map centred, rows and columns as in the state. */
export type Layout = { width: number; height: number; tile: number; x: number; y: number; columns: number; rows: number }

/** Where a squad stands: its centre on the canvas and its size (the glyph's width) in pixels. */
export type Slot = { x: number; y: number; size: number }

/** Taller than this the map would push the input bar off small laptop screens. */
const MAX_HEIGHT = 480

/**
 * Tiles as large as the width allows, the height following the map's
 * aspect ratio up to MAX_HEIGHT (a wide map gets letterboxed sides).
 */
export function layoutFor(width: number, columns: number, rows: number): Layout {
  const pad = width < 480 ? 4 : 10
  const tile = Math.max(16, Math.floor(Math.min((width - pad * 2) / columns, (MAX_HEIGHT - pad * 2) / rows)))
  return { width, height: tile * rows + pad * 2, tile, x: Math.round((width - tile * columns) / 2), y: pad, columns, rows }
}

/** The centre of a tile, in canvas pixels. */
export function tileCentre(layout: Layout, point: Point) {
  return { x: layout.x + (point.x + 0.5) * layout.tile, y: layout.y + (point.y + 0.5) * layout.tile }
}

/** The tile under a canvas point, or null off the map. */
export function tileAt(layout: Layout, x: number, y: number): Point | null {
  const column = Math.floor((x - layout.x) / layout.tile)
  const row = Math.floor((y - layout.y) / layout.tile)
  if (column < 0 || row < 0 || column >= layout.columns || row >= layout.rows) return null
  return { x: column, y: row }
}

type Arrangement = { size: number; spots: Array<[number, number]> }

const GRID_2X2: Array<[number, number]> = [
  [0.28, 0.3],
  [0.72, 0.3],
  [0.28, 0.72],
  [0.72, 0.72],
]
const GRID_3X3: Array<[number, number]> = [0.2, 0.5, 0.8].flatMap((y) => [0.2, 0.5, 0.8].map((x): [number, number] => [x, y]))

/** Squads sharing a tile, as fractions of the tile: one stands in the middle, more split it up. */
const OPEN: Arrangement[] = [
  { size: 0.7, spots: [[0.5, 0.46]] },
  {
    size: 0.54,
    spots: [
      [0.3, 0.33],
      [0.7, 0.63],
    ],
  },
  {
    size: 0.46,
    spots: [
      [0.28, 0.3],
      [0.72, 0.3],
      [0.5, 0.7],
    ],
  },
  { size: 0.44, spots: GRID_2X2 },
  { size: 0.3, spots: GRID_3X3 },
]

/** On a castle or building tile squads keep to the front, so the structure stays visible. */
const IN_FRONT: Arrangement[] = [
  { size: 0.54, spots: [[0.74, 0.56]] },
  {
    size: 0.46,
    spots: [
      [0.26, 0.6],
      [0.74, 0.6],
    ],
  },
]

function arrangementFor(count: number, structure: boolean) {
  if (structure && count <= IN_FRONT.length) return IN_FRONT[count - 1]
  if (count <= 4) return OPEN[count - 1]
  return OPEN[4]
}

/**
 * Every squad's slot: squads on one tile spread over it, the player's
 * first, then the enemy's, each side by id (so a squad keeps its spot
 * while others come and go).
 */
export function squadSlots(state: Pick<StrategyState, 'squads' | 'buildings' | 'castle'>, layout: Layout) {
  const byTile = new Map<string, Squad[]>()
  for (const squad of state.squads) {
    const key = `${squad.x},${squad.y}`
    byTile.set(key, [...(byTile.get(key) ?? []), squad])
  }
  const slots = new Map<number, Slot>()
  for (const squads of byTile.values()) {
    const { x, y } = squads[0]
    const structure = (state.castle.x === x && state.castle.y === y) || state.buildings.some((building) => building.x === x && building.y === y)
    const arrangement = arrangementFor(squads.length, structure)
    const ordered = [...squads].sort((a, b) => (a.side === b.side ? a.id - b.id : a.side === 'player' ? -1 : 1))
    ordered.forEach((squad, index) => {
      const [fx, fy] = arrangement.spots[Math.min(index, arrangement.spots.length - 1)]
      slots.set(squad.id, { x: layout.x + (x + fx) * layout.tile, y: layout.y + (y + fy) * layout.tile, size: arrangement.size * layout.tile })
    })
  }
  return slots
}
