import type { Graphics } from 'pixi.js'
import type { Point, StrategyState } from '../rules/state.js'
import type { Layout } from './layout.js'
import { TERRAIN_COLOURS, type TerrainColours } from './palette.js'

type Pixi = typeof import('pixi.js')
type Tile = { g: Graphics; x: number; y: number; t: number; colours: TerrainColours; seed: number }

/** A small stable number per tile, so trees and tufts sit in the same spots on every redraw. */
function seedOf(x: number, y: number) {
  return ((x * 73856093) ^ (y * 19349663)) >>> 0
}

function jitter(seed: number, salt: number) {
  return (((seed >>> (salt % 24)) & 0xff) / 255 - 0.5) * 0.12
}

function grass({ g, x, y, t, colours, seed }: Tile) {
  for (const [fx, fy] of [
    [0.25, 0.3],
    [0.7, 0.55],
    [0.4, 0.8],
  ]) {
    const px = x + (fx + jitter(seed, fx * 40)) * t
    const py = y + (fy + jitter(seed, fy * 50)) * t
    g.moveTo(px - t * 0.05, py - t * 0.06)
      .lineTo(px, py)
      .lineTo(px + t * 0.05, py - t * 0.06)
  }
  g.stroke({ width: Math.max(1, t / 32), color: colours.detail, alpha: 0.7, cap: 'round', join: 'round' })
}

function field({ g, x, y, t, colours }: Tile) {
  for (const fy of [0.26, 0.5, 0.74]) g.roundRect(x + t * 0.12, y + fy * t - t * 0.035, t * 0.76, t * 0.07, t * 0.035)
  g.fill({ color: colours.detail, alpha: 0.75 })
  for (const fy of [0.38, 0.62]) for (const fx of [0.25, 0.5, 0.75]) g.circle(x + fx * t, y + fy * t, t * 0.028)
  g.fill({ color: colours.accent, alpha: 0.9 })
}

function forest({ g, x, y, t, colours, seed }: Tile) {
  const trees: Array<[number, number]> = [
    [0.3, 0.34],
    [0.72, 0.38],
    [0.48, 0.72],
  ]
  for (const [fx, fy] of trees) {
    const cx = x + (fx + jitter(seed, fx * 30)) * t
    const cy = y + (fy + jitter(seed, fy * 70)) * t
    g.rect(cx - t * 0.025, cy + t * 0.08, t * 0.05, t * 0.1).fill(0x5b3a1e)
    g.circle(cx, cy, t * 0.17).fill(colours.detail)
    g.circle(cx - t * 0.05, cy - t * 0.05, t * 0.08).fill({ color: colours.accent, alpha: 0.9 })
  }
}

function hill({ g, x, y, t, colours }: Tile) {
  // Round, grassy mounds: unlike mountains (grey, pointed, snow) they can be walked over.
  const mound = (cx: number, base: number, radius: number) => {
    g.moveTo(x + (cx - radius) * t, y + base * t)
      .arc(x + cx * t, y + base * t, radius * t, Math.PI, 0)
      .closePath()
      .fill(colours.detail)
    g.arc(x + cx * t, y + base * t, radius * t * 0.72, Math.PI * 1.15, Math.PI * 1.45).stroke({ width: Math.max(1.2, t / 20), color: colours.accent, cap: 'round' })
  }
  mound(0.34, 0.56, 0.22)
  mound(0.68, 0.84, 0.2)
}

function mountain({ g, x, y, t, colours }: Tile) {
  const peak = (cx: number, base: number, half: number, height: number) => {
    g.poly([x + (cx - half) * t, y + base * t, x + cx * t, y + (base - height) * t, x + (cx + half) * t, y + base * t]).fill(colours.detail)
    g.poly([
      x + (cx - half * 0.32) * t,
      y + (base - height * 0.68) * t,
      x + cx * t,
      y + (base - height) * t,
      x + (cx + half * 0.32) * t,
      y + (base - height * 0.68) * t,
      x + cx * t,
      y + (base - height * 0.6) * t,
    ]).fill(colours.accent)
  }
  peak(0.36, 0.78, 0.3, 0.58)
  peak(0.68, 0.88, 0.26, 0.46)
}

function waves({ g, x, y, t, colours }: Tile) {
  for (const fy of [0.32, 0.68]) {
    g.moveTo(x + t * 0.14, y + fy * t)
    for (let step = 1; step <= 6; step++) g.lineTo(x + t * (0.14 + step * 0.12), y + fy * t + Math.sin(step * 1.6) * t * 0.035)
  }
  g.stroke({ width: Math.max(1, t / 22), color: colours.detail, alpha: 0.85, cap: 'round', join: 'round' })
}

function bridge(tile: Tile, across: boolean) {
  const { g, x, y, t, colours } = tile
  waves(tile)
  // Planks run across the way over: a bridge between land west and east is a deck from side to side.
  const [deckX, deckY, deckW, deckH] = across ? [x, y + t * 0.22, t, t * 0.56] : [x + t * 0.22, y, t * 0.56, t]
  g.rect(deckX, deckY, deckW, deckH).fill(colours.detail)
  for (let plank = 1; plank < 6; plank++) {
    if (across) g.moveTo(x + (plank * t) / 6, deckY).lineTo(x + (plank * t) / 6, deckY + deckH)
    else g.moveTo(deckX, y + (plank * t) / 6).lineTo(deckX + deckW, y + (plank * t) / 6)
  }
  g.stroke({ width: 1, color: colours.accent, alpha: 0.7 })
  if (across) g.rect(x, deckY, t, t * 0.06).rect(x, deckY + deckH - t * 0.06, t, t * 0.06)
  else g.rect(deckX, y, t * 0.06, t).rect(deckX + deckW - t * 0.06, y, t * 0.06, t)
  g.fill(colours.accent)
}

function swamp({ g, x, y, t, colours }: Tile) {
  g.ellipse(x + t * 0.34, y + t * 0.38, t * 0.2, t * 0.09).ellipse(x + t * 0.66, y + t * 0.7, t * 0.18, t * 0.08).fill({ color: colours.accent, alpha: 0.55 })
  for (const [fx, fy] of [
    [0.62, 0.32],
    [0.7, 0.36],
    [0.28, 0.7],
    [0.22, 0.74],
  ]) {
    g.moveTo(x + fx * t, y + fy * t).lineTo(x + fx * t + t * 0.02, y + (fy - 0.16) * t)
  }
  g.stroke({ width: Math.max(1, t / 26), color: colours.detail, cap: 'round' })
}

/** A darker line where water meets land, so the river's course reads at a glance. */
function banks(g: Graphics, state: Pick<StrategyState, 'map'>, column: number, row: number, x: number, y: number, t: number) {
  const width = Math.max(1.5, t / 18)
  if (landAt(state, column - 1, row)) g.rect(x, y, width, t)
  if (landAt(state, column + 1, row)) g.rect(x + t - width, y, width, t)
  if (landAt(state, column, row - 1)) g.rect(x, y, t, width)
  if (landAt(state, column, row + 1)) g.rect(x, y + t - width, t, width)
  g.fill({ color: 0x2c5f8f, alpha: 0.55 })
}

function landAt(state: Pick<StrategyState, 'map'>, x: number, y: number) {
  const code = state.map[y]?.[x]
  return code !== undefined && code !== '~' && code !== '='
}

/**
 * The map's ground: a checkered base so tiles can be counted, the road,
 * then details that name the terrain at a glance (trees, peaks, waves,
 * planks) over it.
 */
export function drawTerrain(pixi: Pixi, state: Pick<StrategyState, 'map' | 'width' | 'height' | 'landmarks'>, layout: Layout) {
  const ground = new pixi.Container()
  const base: Graphics = new pixi.Graphics()
  const details: Graphics = new pixi.Graphics()
  const t = layout.tile
  const road = drawRoad(pixi, state, layout)
  for (let row = 0; row < state.height; row++) {
    for (let column = 0; column < state.width; column++) {
      const code = state.map[row][column]
      const colours = TERRAIN_COLOURS[code] ?? TERRAIN_COLOURS['.']
      const x = layout.x + column * t
      const y = layout.y + row * t
      base.rect(x, y, t, t).fill((row + column) % 2 === 0 ? colours.base : colours.alt)
      const tile: Tile = { g: details, x, y, t, colours, seed: seedOf(column, row) }
      if (code === '.' && !road.tiles.has(`${column},${row}`)) grass(tile)
      else if (code === ',') field(tile)
      else if (code === 'f') forest(tile)
      else if (code === 'h') hill(tile)
      else if (code === '^') mountain(tile)
      else if (code === '~') waves(tile)
      else if (code === '=') bridge(tile, landAt(state, column - 1, row) || landAt(state, column + 1, row))
      else if (code === 's') swamp(tile)
      if (code === '~') banks(details, state, column, row, x, y, t)
    }
  }
  for (let column = 1; column < state.width; column++) details.moveTo(layout.x + column * t, layout.y).lineTo(layout.x + column * t, layout.y + state.height * t)
  for (let row = 1; row < state.height; row++) details.moveTo(layout.x, layout.y + row * t).lineTo(layout.x + state.width * t, layout.y + row * t)
  details.stroke({ width: 1, color: 0x1d2521, alpha: 0.07 })
  ground.addChild(base, road.graphics, details)
  return ground
}

/** Walking cost for the drawn road: it keeps to open ground where it can. */
function roadCost(code: string | undefined) {
  if (code === '.' || code === ',' || code === '=') return 1
  if (code === 'f' || code === 'h' || code === 's') return 4
  return Number.POSITIVE_INFINITY
}

/** The cheapest way from `from` to `to` over the map (a small Dijkstra), or null. */
function roadBetween(state: Pick<StrategyState, 'map' | 'width' | 'height'>, from: Point, to: Point): Point[] | null {
  const size = state.width * state.height
  const cost = new Array<number>(size).fill(Number.POSITIVE_INFINITY)
  const back = new Array<number>(size).fill(-1)
  const open = new Set<number>([from.y * state.width + from.x])
  cost[from.y * state.width + from.x] = 0
  while (open.size > 0) {
    let current = -1
    for (const index of open) if (current < 0 || cost[index] < cost[current]) current = index
    open.delete(current)
    const x = current % state.width
    const y = Math.floor(current / state.width)
    if (x === to.x && y === to.y) break
    for (const [dx, dy] of [
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ]) {
      const nx = x + dx
      const ny = y + dy
      if (nx < 0 || ny < 0 || nx >= state.width || ny >= state.height) continue
      const next = ny * state.width + nx
      const step = nx === to.x && ny === to.y ? 1 : roadCost(state.map[ny][nx])
      if (cost[current] + step >= cost[next]) continue
      cost[next] = cost[current] + step
      back[next] = current
      open.add(next)
    }
  }
  const end = to.y * state.width + to.x
  if (!Number.isFinite(cost[end])) return null
  const path: Point[] = []
  for (let index = end; index >= 0; index = back[index]) path.unshift({ x: index % state.width, y: Math.floor(index / state.width) })
  return path
}

/** The landmarks a road joins, in order along it. */
const ROAD_STOPS = ['castle', 'gate', 'road', 'bridge', 'camp']

/**
 * A dirt road through the landmarks that have one (castle, gate, road,
 * bridge, camp): pure decoration, but it makes "the road" a place to see.
 */
function drawRoad(pixi: Pixi, state: Pick<StrategyState, 'map' | 'width' | 'height' | 'landmarks'>, layout: Layout) {
  const g: Graphics = new pixi.Graphics()
  const stops = ROAD_STOPS.map((name) => state.landmarks[name]).filter((point): point is Point => Boolean(point))
  const t = layout.tile
  const tiles = new Set<string>()
  for (let index = 1; index < stops.length; index++) {
    const path = roadBetween(state, stops[index - 1], stops[index])
    if (!path || path.length < 2) continue
    for (const point of path) tiles.add(`${point.x},${point.y}`)
    const centre = (point: Point) => ({ x: layout.x + (point.x + 0.5) * t, y: layout.y + (point.y + 0.5) * t })
    const onBridge = (point: Point) => state.map[point.y][point.x] === '='
    // The deck is the road over the river: segments stop at its edge so the planks stay visible.
    const segments = path.slice(1).flatMap((to, step) => {
      const from = path[step]
      if (onBridge(from) && onBridge(to)) return []
      const [a, b] = [centre(from), centre(to)]
      const edge = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
      return [onBridge(to) ? [a, edge] : onBridge(from) ? [edge, b] : [a, b]]
    })
    for (const [width, color] of [
      [t * 0.3, 0xbfa068],
      [t * 0.2, 0xe3cf9c],
    ]) {
      for (const [a, b] of segments) g.moveTo(a.x, a.y).lineTo(b.x, b.y)
      g.stroke({ width, color, alpha: 0.95, cap: 'round', join: 'round' })
    }
  }
  return { graphics: g, tiles }
}
