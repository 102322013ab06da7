import type { Container, Graphics, Text } from 'pixi.js'
import { FONT, INK, ROOF, SIDE_COLOURS, STONE, STONE_DARK, WOOD, WOOD_DARK, healthColour } from './palette.js'

type Pixi = typeof import('pixi.js')

/** Structures are drawn on a tile this wide, centred on 0,0, and scaled to the real tile. */
const REF = 40

const PLASTER = 0xf0e4c8
const DARK = 0x3a2e24
const FLAG = SIDE_COLOURS.player.fill

const outline = { width: 1.4, color: STONE_DARK }
const woodLine = { width: 1.4, color: WOOD_DARK }

function shadow(g: Graphics, width: number, y = 14) {
  g.ellipse(0, y, width, 3.5).fill({ color: 0x000000, alpha: 0.22 })
}

function flag(g: Graphics, x: number, top: number) {
  g.moveTo(x, top + 8)
    .lineTo(x, top)
    .stroke({ width: 1.4, color: DARK })
  g.poly([x, top, x + 8, top + 2.5, x, top + 5]).fill(FLAG)
}

function merlons(g: Graphics, left: number, right: number, top: number, size = 4) {
  for (let x = left; x + size <= right + 0.01; x += size * 1.6) g.rect(x, top, size, size)
  g.fill(STONE).stroke(outline)
}

function house(g: Graphics, x: number, y: number, width: number, height: number, roof: number) {
  g.rect(x, y, width, height).fill(PLASTER).stroke({ width: 1.2, color: DARK })
  g.poly([x - 2, y, x + width / 2, y - height * 0.8, x + width + 2, y]).fill(roof).stroke({ width: 1.2, color: DARK })
  g.rect(x + width / 2 - 2, y + height - 6, 4, 6).fill(DARK)
}

const tower = (g: Graphics) => {
  shadow(g, 12)
  g.rect(-9, -9, 18, 23).fill(STONE).stroke(outline)
  g.rect(-11, -13, 22, 5).fill(STONE).stroke(outline)
  merlons(g, -11, 11, -17, 4.6)
  g.roundRect(-2, -4, 4, 7, 2).fill(DARK)
  g.moveTo(-9, 8).lineTo(9, 8).stroke({ width: 1, color: STONE_DARK, alpha: 0.6 })
  flag(g, 0, -25)
}

const wall = (g: Graphics) => {
  shadow(g, 18, 10)
  g.rect(-19, -6, 38, 15).fill(STONE).stroke(outline)
  merlons(g, -19, 19, -11, 5)
  g.moveTo(-19, 1)
    .lineTo(19, 1)
    .moveTo(-8, -6)
    .lineTo(-8, 1)
    .moveTo(6, -6)
    .lineTo(6, 1)
    .moveTo(-1, 1)
    .lineTo(-1, 9)
    .moveTo(12, 1)
    .lineTo(12, 9)
    .stroke({ width: 1, color: STONE_DARK, alpha: 0.7 })
}

const gatehouse = (g: Graphics) => {
  shadow(g, 17)
  g.rect(-17, -10, 10, 24).rect(7, -10, 10, 24).fill(STONE).stroke(outline)
  g.rect(-7, -6, 14, 20).fill(STONE).stroke(outline)
  g.moveTo(-5, 14).lineTo(-5, 2).arc(0, 2, 5, Math.PI, 0).lineTo(5, 14).closePath().fill(WOOD).stroke(woodLine)
  merlons(g, -17, -7, -14, 3.5)
  merlons(g, 7, 17, -14, 3.5)
}

const fort = (g: Graphics) => {
  shadow(g, 18)
  g.rect(-15, -10, 30, 24).fill(STONE).stroke(outline)
  for (const [x, y] of [
    [-15, -10],
    [15, -10],
    [-15, 14],
    [15, 14],
  ]) {
    g.circle(x, y, 5)
  }
  g.fill(STONE).stroke(outline)
  g.rect(-6, -14, 12, 14).fill(STONE).stroke(outline)
  merlons(g, -6, 6, -18, 3)
  g.moveTo(-4, 14).lineTo(-4, 7).arc(0, 7, 4, Math.PI, 0).lineTo(4, 14).closePath().fill(DARK)
  flag(g, 0, -27)
}

const farm = (g: Graphics) => {
  for (const y of [-12, -5, 2, 9]) g.roundRect(-18, y, 18, 4, 2)
  g.fill(0xd8b64a)
  shadow(g, 10, 13)
  house(g, 2, -1, 15, 13, 0xa83a2a)
  g.moveTo(4, 3).lineTo(15, 11).moveTo(15, 3).lineTo(4, 11).stroke({ width: 1, color: 0xffffff, alpha: 0.8 })
}

const plainHouse = (roof: number) => (g: Graphics) => {
  shadow(g, 12, 13)
  house(g, -10, -2, 20, 15, roof)
}

const barracks = (g: Graphics) => {
  shadow(g, 17, 13)
  house(g, -16, -1, 32, 14, 0x35588f)
  g.rect(-12, 3, 4, 4).rect(8, 3, 4, 4).fill(DARK)
  flag(g, 0, -23)
}

const granary = (g: Graphics) => {
  shadow(g, 10, 13)
  g.roundRect(-8, -8, 16, 22, 3).fill(PLASTER).stroke({ width: 1.2, color: DARK })
  g.poly([-10, -8, 0, -18, 10, -8]).fill(WOOD).stroke({ width: 1.2, color: DARK })
  g.moveTo(-8, -1).lineTo(8, -1).moveTo(-8, 6).lineTo(8, 6).stroke({ width: 1, color: DARK, alpha: 0.5 })
}

const sawmill = (g: Graphics) => {
  shadow(g, 16, 13)
  house(g, -16, -1, 17, 14, ROOF)
  g.star(10, 4, 10, 8, 6.5).fill(0xc9ccd0).stroke({ width: 1, color: 0x55606b })
  g.circle(10, 4, 2).fill(0x55606b)
  g.roundRect(-2, 10, 20, 4, 2).fill(WOOD).stroke(woodLine)
}

const quarry = (g: Graphics) => {
  shadow(g, 16, 12)
  for (const [x, y, w, h] of [
    [-16, 2, 14, 9],
    [-1, 4, 15, 8],
    [-9, -7, 14, 9],
    [6, -5, 10, 8],
  ]) {
    g.roundRect(x, y, w, h, 2)
  }
  g.fill(0xb7b2a8).stroke(outline)
}

const mine = (g: Graphics) => {
  g.moveTo(-18, 13).quadraticCurveTo(0, -26, 18, 13).closePath().fill(0x8a6a48).stroke({ width: 1.2, color: DARK })
  g.moveTo(-6, 13).lineTo(-6, 2).arc(0, 2, 6, Math.PI, 0).lineTo(6, 13).closePath().fill(0x1a1410)
  g.moveTo(-7, 13).lineTo(-7, 1).lineTo(7, 1).lineTo(7, 13).stroke({ width: 2, color: WOOD })
}

const well = (g: Graphics) => {
  shadow(g, 11, 13)
  g.moveTo(-8, 8).lineTo(-8, -10).moveTo(8, 8).lineTo(8, -10).stroke({ width: 2, color: WOOD_DARK })
  g.poly([-12, -9, 0, -17, 12, -9]).fill(ROOF).stroke({ width: 1.2, color: DARK })
  g.roundRect(-11, 2, 22, 11, 4).fill(STONE).stroke(outline)
  g.ellipse(0, 3, 8, 2.5).fill(0x2a6aa8)
}

const windmill = (g: Graphics) => {
  shadow(g, 10, 14)
  g.poly([-7, 14, -4, -8, 4, -8, 7, 14]).fill(PLASTER).stroke({ width: 1.2, color: DARK })
  g.rect(-2, 7, 4, 7).fill(DARK)
  for (let blade = 0; blade < 4; blade++) {
    const angle = Math.PI / 4 + (blade * Math.PI) / 2
    const cos = Math.cos(angle)
    const sin = Math.sin(angle)
    const at = (along: number, across: number) => [along * cos - across * sin, -8 + along * sin + across * cos]
    g.poly([...at(3, 0), ...at(17, 0), ...at(17, 4.5), ...at(5, 4.5)]).fill({ color: 0xffffff, alpha: 0.9 }).stroke({ width: 1, color: WOOD_DARK })
  }
  g.circle(0, -8, 2).fill(WOOD_DARK)
}

const market = (g: Graphics) => {
  shadow(g, 15, 13)
  g.rect(-14, 0, 28, 13).fill(WOOD).stroke(woodLine)
  for (let stripe = 0; stripe < 6; stripe++) g.rect(-16 + stripe * 5.33, -9, 5.33, 8).fill(stripe % 2 === 0 ? 0xd2412f : 0xffffff)
  g.rect(-16, -9, 32, 8).stroke({ width: 1.2, color: DARK })
  g.circle(-7, 4, 2.5).fill(0xe67e22).circle(0, 4, 2.5).fill(0x9bd14f).circle(7, 4, 2.5).fill(0xd62f4b)
}

const stable = (g: Graphics) => {
  shadow(g, 17, 13)
  house(g, -16, 0, 24, 13, 0x7b4a26)
  g.moveTo(9, 6).lineTo(18, 6).moveTo(9, 11).lineTo(18, 11).moveTo(12, 4).lineTo(12, 13).moveTo(16, 4).lineTo(16, 13).stroke({ width: 1.4, color: WOOD_DARK })
}

const workshop = (g: Graphics) => {
  shadow(g, 14, 13)
  house(g, -15, -1, 20, 14, 0x6d5c8f)
  g.star(10, 4, 8, 8, 5.5).fill(0x9aa3ab).stroke({ width: 1, color: 0x46525e })
  g.circle(10, 4, 2.4).fill(PLASTER)
}

const temple = (g: Graphics) => {
  shadow(g, 17, 13)
  g.rect(-17, 9, 34, 4).fill(0xf4f1ea).stroke({ width: 1, color: STONE_DARK })
  for (const x of [-13, -5, 3, 11]) g.rect(x, -4, 3, 13)
  g.fill(0xf4f1ea).stroke({ width: 1, color: STONE_DARK })
  g.poly([-18, -4, 0, -15, 18, -4]).fill(0xf4f1ea).stroke({ width: 1.2, color: STONE_DARK })
}

const tent = (g: Graphics, x: number, y: number, size: number, colour: number) => {
  g.poly([x - size, y, x, y - size * 1.15, x + size, y]).fill(colour).stroke({ width: 1.2, color: DARK })
  g.poly([x - size * 0.25, y, x, y - size * 0.7, x + size * 0.25, y]).fill(DARK)
}

const camp = (g: Graphics) => {
  shadow(g, 14, 12)
  tent(g, 0, 12, 13, 0xe8dcc0)
}

const bridgePosts = (g: Graphics) => {
  for (const [x, y] of [
    [-18, -10],
    [18, -10],
    [-18, 10],
    [18, 10],
  ]) {
    g.rect(x - 2, y - 2, 4, 4)
  }
  g.fill(WOOD_DARK)
}

const harbour = (g: Graphics) => {
  g.rect(-18, -4, 26, 8).fill(WOOD).stroke(woodLine)
  for (const x of [-14, -6, 2]) g.moveTo(x, -4).lineTo(x, 4)
  g.stroke({ width: 1, color: WOOD_DARK })
  g.poly([6, 8, 18, 8, 15, 13, 9, 13]).fill(0x7b4a26)
  g.moveTo(12, 8).lineTo(12, -4).stroke({ width: 1.2, color: DARK })
  g.poly([12.5, -4, 18, 5, 12.5, 5]).fill(0xffffff)
}

/** Each building kind's drawing; a kind the scene does not know gets a house with its initial. */
const BUILDING_ART: Record<string, (g: Graphics) => void> = {
  tower,
  wall,
  gate: gatehouse,
  fort,
  farm,
  house: plainHouse(ROOF),
  barracks,
  granary,
  sawmill,
  quarry,
  mine,
  well,
  windmill,
  market,
  stable,
  workshop,
  temple,
  camp,
  bridge: bridgePosts,
  harbour,
}

function pips(g: Graphics, level: number) {
  for (let pip = 0; pip < 3; pip++) {
    const x = -8 + pip * 8
    const lit = pip < level
    g.poly([x, 13, x + 3.6, 17, x, 21, x - 3.6, 17])
      .fill(lit ? 0xf2c94c : { color: 0x000000, alpha: 0.28 })
      .stroke({ width: 1.2, color: lit ? 0x6b4e00 : 0x000000, alpha: lit ? 1 : 0.3 })
  }
}

/**
 * A building, centred on its tile's centre (so it can pop in from there),
 * with its level as up to three gold pips.
 */
export function createBuildingView(pixi: Pixi, kind: string, level: number, tile: number) {
  const view: Container = new pixi.Container()
  const art: Graphics = new pixi.Graphics()
  const draw = BUILDING_ART[kind]
  if (draw) draw(art)
  else plainHouse(0x5f7f9f)(art)
  pips(art, level)
  view.addChild(art)
  if (!draw) {
    const letter: Text = new pixi.Text({ text: kind.slice(0, 1).toUpperCase(), style: { fontFamily: FONT, fontSize: 9, fontWeight: '800', fill: INK } })
    letter.anchor.set(0.5)
    letter.position.set(0, 5)
    view.addChild(letter)
  }
  view.scale.set((tile / REF) * 1.1)
  return view
}

/** The castle: keep, towers and flag, with a health bar over it; the body shakes when struck. */
export function createCastleView(pixi: Pixi, tile: number) {
  const view: Container = new pixi.Container()
  const body: Container = new pixi.Container()
  const art: Graphics = new pixi.Graphics()
  shadow(art, 22, 15)
  art.rect(-16, -6, 32, 20).fill(STONE).stroke(outline)
  art.rect(-22, -14, 11, 28).rect(11, -14, 11, 28).fill(STONE).stroke(outline)
  art.rect(-7, -19, 14, 14).fill(STONE).stroke(outline)
  art.poly([-23.5, -14, -16.5, -25, -9.5, -14]).poly([9.5, -14, 16.5, -25, 23.5, -14]).fill(FLAG).stroke({ width: 1.2, color: SIDE_COLOURS.player.dark })
  merlons(art, -7, 7, -23, 3.2)
  merlons(art, -16, -11, -10, 2.6)
  merlons(art, 11, 16, -10, 2.6)
  art.moveTo(-5, 14).lineTo(-5, 5).arc(0, 5, 5, Math.PI, 0).lineTo(5, 14).closePath().fill(WOOD).stroke(woodLine)
  art.roundRect(-18, -5, 3.5, 6, 1.5).roundRect(14.5, -5, 3.5, 6, 1.5).roundRect(-1.5, -15, 3, 5, 1.5).fill(DARK)
  const flash: Graphics = new pixi.Graphics().rect(-23, -25, 46, 40).fill(0xff4a3a)
  flash.alpha = 0
  body.addChild(art, flash)
  const bar: Graphics = new pixi.Graphics()
  view.addChild(body, bar)
  const scale = (tile / REF) * 1.08
  body.scale.set(scale)
  const barWidth = tile * 0.9
  const barY = -tile * 0.5 - 12 * scale
  return {
    view,
    body,
    flash,
    /** Draws the bar for `health` of `maxHealth`; `top` is how far up the canvas lets it go. */
    setHealth(health: number, maxHealth: number, top: number) {
      const fraction = Math.max(0, Math.min(1, health / maxHealth))
      const y = Math.max(barY, top)
      bar.clear().roundRect(-barWidth / 2 - 1.5, y - 1.5, barWidth + 3, 8, 3).fill({ color: 0x101512, alpha: 0.7 })
      if (fraction > 0) bar.roundRect(-barWidth / 2, y, barWidth * fraction, 5, 2).fill(healthColour(fraction))
    },
  }
}

function cottage(g: Graphics, x: number, y: number, scale: number, roof: number) {
  house(g, x - 6 * scale, y - 8 * scale, 12 * scale, 8 * scale, roof)
}

/** What some landmarks look like on their tile (others are only named): the village, the camp, the gate. */
export function drawLandmarkArt(pixi: Pixi, name: string, tile: number): Container | null {
  const art: Graphics = new pixi.Graphics()
  if (name === 'village') {
    shadow(art, 16, 12)
    cottage(art, -8, 4, 1, ROOF)
    cottage(art, 9, 0, 0.9, 0x8a5a2b)
    cottage(art, 2, 14, 0.95, 0xa0462e)
  } else if (name === 'camp') {
    shadow(art, 16, 12)
    tent(art, -7, 6, 9, 0xe8dcc0)
    tent(art, 9, 11, 8, 0xd9c8a4)
    art.poly([4, 2, 7, -6, 10, 2]).fill(0xf08a24)
    art.poly([5.8, 2, 7, -2, 8.2, 2]).fill(0xffd34d)
    art.moveTo(3, 3).lineTo(11, 1).moveTo(3, 1).lineTo(11, 3).stroke({ width: 1.4, color: WOOD_DARK })
  } else if (name === 'gate') {
    gatehouse(art)
  } else {
    art.destroy()
    return null
  }
  const view: Container = new pixi.Container()
  view.addChild(art)
  view.scale.set((tile / REF) * 1.15)
  return view
}

/** A small pill with a name in English: landmark labels, hover tags, wave markers. */
export function createLabel(pixi: Pixi, text: string, options: { fontSize: number; fill?: number; background?: number; alpha?: number; bold?: boolean }) {
  const view: Container = new pixi.Container()
  const label: Text = new pixi.Text({ text, style: { fontFamily: FONT, fontSize: options.fontSize, fontWeight: options.bold ? '700' : '600', fill: options.fill ?? INK } })
  label.anchor.set(0.5)
  const width = label.width + options.fontSize
  const height = label.height + 2
  const back: Graphics = new pixi.Graphics()
    .roundRect(-width / 2, -height / 2, width, height, height / 2)
    .fill({ color: options.background ?? 0xffffff, alpha: options.alpha ?? 0.9 })
  view.addChild(back, label)
  return { view, width, height }
}
