import type { Container, Graphics, Text } from 'pixi.js'
import type { Side, Squad } from '../rules/state.js'
import { FONT, SIDE_COLOURS, healthColour } from './palette.js'

type Pixi = typeof import('pixi.js')

/** Glyphs are drawn at this width and scaled to their slot, so strokes keep their proportions. */
const REF = 40

/** What a squad shows besides its kind: what changes during a move. */
export type SquadLook = {
  count: number
  /** 0…1: the squad's health against its count's full health. */
  fraction: number
  stance: Squad['stance']
  /** Where the castle lies, in radians (a retreating squad's arrow points there). */
  homeward: number
}

/** One squad on the map: the glyph, its count badge, its health bar and its stance marker. */
export type SquadPiece = {
  view: Container
  unit: string
  side: Side
  size: number
  setSize(size: number): void
  show(look: SquadLook): void
  /** A white flash over the glyph, 0 (none) to 1, when a blow lands. */
  flash(amount: number): void
}

type Icon = (g: Graphics, ink: number, paint: number) => void

const line = (g: Graphics, points: number[], width: number, ink: number) => {
  g.moveTo(points[0], points[1])
  for (let index = 2; index < points.length; index += 2) g.lineTo(points[index], points[index + 1])
  g.stroke({ width, color: ink, cap: 'round', join: 'round' })
}

const bow: Icon = (g, ink) => {
  g.arc(-6, 0, 13, -1.15, 1.15).stroke({ width: 3, color: ink, cap: 'round' })
  line(g, [-0.7, -11.9, -0.7, 11.9], 1.4, ink)
  line(g, [-9, 0, 11, 0], 2, ink)
  line(g, [7, -3.5, 11.5, 0, 7, 3.5], 2, ink)
}

const spear: Icon = (g, ink) => {
  line(g, [0, 13, 0, -6], 3, ink)
  g.poly([0, -15, -4.5, -5, 4.5, -5]).fill(ink)
}

const sword: Icon = (g, ink) => {
  line(g, [0, -13, 0, 5], 3.4, ink)
  line(g, [-7, 5, 7, 5], 3, ink)
  g.circle(0, 11, 2.6).fill(ink)
}

const helmet: Icon = (g, ink, paint) => {
  g.moveTo(-10, 10).lineTo(-10, -1).quadraticCurveTo(-10, -12, 0, -12).quadraticCurveTo(10, -12, 10, -1).lineTo(10, 10).closePath().fill(ink)
  g.rect(-7, -3, 14, 3.2).fill(paint)
  g.rect(-1, 0, 2, 7).fill(paint)
  line(g, [0, -12, 3, -16, 8, -17], 2.6, ink)
}

const horseshoe: Icon = (g, ink) => {
  g.arc(0, 1, 10, 0.72 * Math.PI, 0.28 * Math.PI).stroke({ width: 5, color: ink, cap: 'round' })
}

const eye: Icon = (g, ink) => {
  g.moveTo(-13, 0).quadraticCurveTo(0, -12, 13, 0).quadraticCurveTo(0, 12, -13, 0).stroke({ width: 2.6, color: ink, join: 'round' })
  g.circle(0, 0, 4).fill(ink)
}

const hammer: Icon = (g, ink) => {
  line(g, [2, 13, 2, -4], 3.2, ink)
  g.roundRect(-9, -12, 20, 8, 2).fill(ink)
}

const pickaxe: Icon = (g, ink) => {
  line(g, [0, 13, 0, -8], 3, ink)
  g.moveTo(-12, -3).quadraticCurveTo(0, -15, 12, -3).stroke({ width: 3.6, color: ink, cap: 'round' })
}

const catapult: Icon = (g, ink) => {
  line(g, [-11, 5, 11, 5], 3, ink)
  g.circle(-7, 9, 3.5).circle(7, 9, 3.5).stroke({ width: 2, color: ink })
  line(g, [-3, 5, 8, -10], 3, ink)
  g.circle(9, -11, 3.4).fill(ink)
}

const star: Icon = (g, ink) => {
  g.star(0, 0, 5, 12, 5.2, -Math.PI / 2).fill(ink)
}

const cross: Icon = (g, ink) => {
  g.roundRect(-3.5, -11, 7, 22, 1.5).roundRect(-11, -3.5, 22, 7, 1.5).fill(ink)
}

const boat: Icon = (g, ink) => {
  g.poly([-13, 4, 13, 4, 8, 11, -8, 11]).fill(ink)
  line(g, [0, 4, 0, -13], 2, ink)
  g.poly([2, -12, 11, 1, 2, 1]).fill(ink)
}

const paw: Icon = (g, ink) => {
  g.ellipse(0, 5, 7.5, 6).fill(ink)
  for (const [x, y] of [
    [-9, -3],
    [-3.5, -9],
    [3.5, -9],
    [9, -3],
  ]) {
    g.circle(x, y, 3.2)
  }
  g.fill(ink)
}

const blades: Icon = (g, ink) => {
  line(g, [-10, -10, 10, 10], 3, ink)
  line(g, [10, -10, -10, 10], 3, ink)
  line(g, [-10, 5, -5, 10], 2.4, ink)
  line(g, [10, 5, 5, 10], 2.4, ink)
}

const fangs: Icon = (g, ink) => {
  g.moveTo(-11, -6).quadraticCurveTo(-2, -9, -1, -6).lineTo(-5, 11).closePath().fill(ink)
  g.moveTo(11, -6).quadraticCurveTo(2, -9, 1, -6).lineTo(5, 11).closePath().fill(ink)
}

const club: Icon = (g, ink) => {
  g.poly([-3, 13, 2, 13, 8, -8, 3, -13, -4, -10]).fill(ink)
  g.circle(5, -6, 1.4).circle(1, -9, 1.4).fill(0x000000)
}

const flame: Icon = (g, ink) => {
  g.moveTo(0, -14).bezierCurveTo(9, -4, 11, 4, 6, 10).quadraticCurveTo(0, 14, -6, 10).bezierCurveTo(-10, 4, -7, -2, -2, -5).quadraticCurveTo(-1, -9, 0, -14).fill(ink)
}

/** A simple mark per unit kind; a kind the scene does not know shows its initial. */
const ICONS: Record<string, Icon> = {
  archer: bow,
  spearman: spear,
  guard: spear,
  soldier: sword,
  swordsman: sword,
  knight: helmet,
  horseman: horseshoe,
  rider: horseshoe,
  scout: eye,
  worker: hammer,
  peasant: hammer,
  builder: hammer,
  miner: pickaxe,
  catapult,
  wizard: star,
  healer: cross,
  boat,
  wolf: paw,
  bear: paw,
  bandit: blades,
  raider: blades,
  pirate: blades,
  invader: blades,
  goblin: fangs,
  orc: fangs,
  troll: club,
  giant: club,
  dragon: flame,
}

/** The outline of a side's glyph, `inset` px inside the edge (for the light rim). */
function bodyPath(g: Graphics, side: Side, inset = 0) {
  if (side === 'enemy') return g.roundPoly(0, 0, 20 - inset, 6, 4 - inset / 3, 0)
  return g
    .moveTo(-16 + inset, -18 + inset)
    .lineTo(16 - inset, -18 + inset)
    .quadraticCurveTo(19 - inset, -18 + inset, 19 - inset, -15 + inset)
    .lineTo(19 - inset, -2)
    .bezierCurveTo(19 - inset, 9, 10, 16 - inset, 0, 20 - inset * 1.4)
    .bezierCurveTo(-10, 16 - inset, -19 + inset, 9, -19 + inset, -2)
    .lineTo(-19 + inset, -15 + inset)
    .quadraticCurveTo(-19 + inset, -18 + inset, -16 + inset, -18 + inset)
    .closePath()
}

/** The player's squads stand under a heater shield, enemies under a six-sided badge: told apart by shape, not only colour. */
function drawBody(g: Graphics, side: Side) {
  const colours = SIDE_COLOURS[side]
  bodyPath(g, side).fill(colours.fill).stroke({ width: 2.5, color: colours.dark })
  bodyPath(g, side, 3.5).stroke({ width: 1.2, color: colours.light, alpha: 0.7 })
}

function drawBadge(pixi: Pixi, side: Side, fontSize: number) {
  const badge: Container = new pixi.Container()
  const back: Graphics = new pixi.Graphics()
  const label: Text = new pixi.Text({ text: '', style: { fontFamily: FONT, fontSize, fontWeight: '800', fill: SIDE_COLOURS[side].dark } })
  label.anchor.set(0.5)
  badge.addChild(back, label)
  return {
    badge,
    set(count: number) {
      label.text = String(count)
      const height = fontSize + 5
      const width = Math.max(height, label.width + 7)
      back.clear().roundRect(-width / 2, -height / 2, width, height, height / 2).fill(0xffffff).stroke({ width: 1.5, color: SIDE_COLOURS[side].dark })
    },
  }
}

/**
 * A squad's piece. Build once per squad and keep: a move only re-shows it
 * (count, health, stance) and slides it to its new slot.
 */
export function createSquadPiece(pixi: Pixi, squad: Pick<Squad, 'side' | 'unit'>, size: number, fontSize: number): SquadPiece {
  const view: Container = new pixi.Container()
  const shadow: Graphics = new pixi.Graphics().ellipse(0, 0, 15, 4.5).fill({ color: 0x000000, alpha: 0.28 })
  const ring: Graphics = new pixi.Graphics()
  const glyph: Container = new pixi.Container()
  const body: Graphics = new pixi.Graphics()
  drawBody(body, squad.side)
  const icon: Graphics = new pixi.Graphics()
  const draw = ICONS[squad.unit]
  glyph.addChild(body, icon)
  if (draw) draw(icon, 0xffffff, SIDE_COLOURS[squad.side].fill)
  else {
    const letter: Text = new pixi.Text({ text: squad.unit.slice(0, 1).toUpperCase(), style: { fontFamily: FONT, fontSize: 20, fontWeight: '800', fill: 0xffffff } })
    letter.anchor.set(0.5)
    glyph.addChild(letter)
  }
  const flash: Graphics = bodyPath(new pixi.Graphics(), squad.side).fill(0xffffff)
  flash.alpha = 0
  glyph.addChild(flash)
  const bar: Graphics = new pixi.Graphics()
  const retreat: Graphics = new pixi.Graphics()
  const { badge, set: setCount } = drawBadge(pixi, squad.side, fontSize)
  view.addChild(shadow, ring, glyph, bar, retreat, badge)

  let look: SquadLook = { count: 0, fraction: 1, stance: 'ready', homeward: 0 }

  const piece: SquadPiece = {
    view,
    unit: squad.unit,
    side: squad.side,
    size,
    setSize(next: number) {
      piece.size = next
      const scale = next / REF
      glyph.scale.set(scale)
      shadow.scale.set(scale)
      shadow.position.set(0, next * 0.48)
      badge.position.set(next * 0.42, -next * 0.4)
      retreat.position.set(-next * 0.48, next * 0.26)
      drawBar()
      drawRing()
    },
    show(next: SquadLook) {
      if (next.count !== look.count) setCount(next.count)
      look = next
      drawBar()
      drawRing()
      drawRetreat()
    },
    flash(amount: number) {
      flash.alpha = amount * 0.85
    },
  }

  function drawBar() {
    const width = Math.max(14, piece.size * 0.86)
    const height = piece.size >= 24 ? 4 : 3
    const y = piece.size * 0.56
    bar.clear().roundRect(-width / 2 - 1, y - 1, width + 2, height + 2, 2).fill({ color: 0x101512, alpha: 0.65 })
    if (look.fraction > 0) bar.roundRect(-width / 2, y, Math.max(1.5, width * look.fraction), height, 1.5).fill(healthColour(look.fraction))
  }

  function drawRing() {
    ring.clear()
    if (look.stance !== 'defending') return
    const radius = piece.size * 0.6
    ring.circle(0, 0, radius).stroke({ width: 3, color: 0xf2c94c, alpha: 0.95 })
    ring.circle(0, 0, radius + 2).stroke({ width: 1, color: 0x6b4e00, alpha: 0.6 })
  }

  function drawRetreat() {
    retreat.clear()
    if (look.stance !== 'retreating') return
    const r = Math.max(7, piece.size * 0.3)
    retreat.circle(0, 0, r).fill(0xfff4dc).stroke({ width: 1.5, color: 0x7a4b00 })
    const cos = Math.cos(look.homeward)
    const sin = Math.sin(look.homeward)
    const at = (along: number, across: number) => [along * cos - across * sin, along * sin + across * cos]
    retreat.poly([...at(r * 0.7, 0), ...at(-r * 0.1, -r * 0.55), ...at(-r * 0.1, -r * 0.2), ...at(-r * 0.6, -r * 0.2), ...at(-r * 0.6, r * 0.2), ...at(-r * 0.1, r * 0.2), ...at(-r * 0.1, r * 0.55)]).fill(0xb35c00)
  }

  piece.setSize(size)
  return piece
}
