import type { Container, Graphics, Text } from 'pixi.js'
import type { Wave } from '../rules/state.js'
import { FONT, INK, SIDE_COLOURS } from './palette.js'

type Pixi = typeof import('pixi.js')

/** A number or word that floats up from the map ("−5", "+6 wood"), outlined so it reads on any ground. */
export function floatingText(pixi: Pixi, text: string, colour: number, fontSize: number) {
  const label: Text = new pixi.Text({
    text,
    style: { fontFamily: FONT, fontSize, fontWeight: '800', fill: colour, stroke: { color: 0xffffff, width: Math.max(3, fontSize / 4), join: 'round' } },
  })
  label.anchor.set(0.5, 1)
  return label
}

/** What a ranged blow looks like on its way: an arrow, a catapult's stone, a wizard's bolt. */
export function createProjectile(pixi: Pixi, shooter: string, tile: number): Graphics {
  const g: Graphics = new pixi.Graphics()
  if (shooter === 'catapult') g.circle(0, 0, Math.max(2.5, tile * 0.08)).fill(0x5b5149).stroke({ width: 1, color: 0x2a2420 })
  else if (shooter === 'wizard') g.circle(0, 0, Math.max(3, tile * 0.09)).fill({ color: 0xd6b3ff, alpha: 0.95 }).circle(0, 0, Math.max(1.5, tile * 0.04)).fill(0xffffff)
  else {
    // Drawn pointing right; the caller turns it towards the target.
    const length = Math.max(10, tile * 0.45)
    g.moveTo(-length / 2, 0)
      .lineTo(length / 2, 0)
      .stroke({ width: 3.5, color: 0xffffff, alpha: 0.55, cap: 'round' })
    g.moveTo(-length / 2, 0)
      .lineTo(length / 2, 0)
      .stroke({ width: 2, color: 0x3a2e24, cap: 'round' })
    g.poly([length / 2 + 4, 0, length / 2 - 2.5, -3.5, length / 2 - 2.5, 3.5]).fill(0x3a2e24)
    g.moveTo(-length / 2, 0)
      .lineTo(-length / 2 - 4, -3)
      .moveTo(-length / 2, 0)
      .lineTo(-length / 2 - 4, 3)
      .stroke({ width: 1.6, color: 0xc63c30 })
  }
  return g
}

/** A ring that widens and fades where something was built. */
export function createPuff(pixi: Pixi): Graphics {
  return new pixi.Graphics().circle(0, 0, 10).stroke({ width: 3, color: 0xffffff, alpha: 0.9 })
}

export type Bubble = {
  view: Container
  width: number
  /** With the tail. */
  height: number
  /**
   * Places the box over the tail's tip (the view's origin), above it or
   * hanging below, `shift` px sideways; the tail still points at the tip.
   */
  arrange(below: boolean, shift: number): void
}

/**
 * A co-op speech bubble: the speaker's name over what they said, in their
 * seat's colour (with no name, a notice from the scene). A refused phrase
 * is dimmed and struck through.
 */
export function createSpeechBubble(pixi: Pixi, options: { name?: string; utterance: string; colour: number; refused: boolean; maxWidth: number; fontSize: number }): Bubble {
  const view: Container = new pixi.Container()
  const padX = 9
  const padY = 5
  const tail = 7
  const name: Text = new pixi.Text({
    text: options.name ?? '',
    style: { fontFamily: FONT, fontSize: Math.round(options.fontSize * 0.82), fontWeight: '700', fill: 0xffffff },
  })
  name.alpha = 0.85
  const said: Text = new pixi.Text({
    text: options.utterance,
    style: { fontFamily: FONT, fontSize: options.fontSize, fontWeight: '600', fill: 0xffffff, wordWrap: true, wordWrapWidth: options.maxWidth - padX * 2, breakWords: true },
  })
  const nameHeight = options.name ? name.height : 0
  const width = Math.min(options.maxWidth, Math.max(name.width, said.width) + padX * 2)
  const boxHeight = nameHeight + said.height + padY * 2
  const fill = { color: options.colour, alpha: options.refused ? 0.62 : 0.96 }
  const back: Graphics = new pixi.Graphics()
  const strike: Graphics = new pixi.Graphics()
  view.addChild(back, name, said, strike)
  if (options.refused) said.alpha = 0.78

  function arrange(below: boolean, shift: number) {
    const top = below ? tail : -tail - boxHeight
    const left = shift - width / 2
    // The tail leaves the box where it can, however far the box was pushed aside.
    const foot = Math.max(left + 12, Math.min(left + width - 12, 0))
    const edge = below ? tail + 1 : -tail - 1
    back
      .clear()
      .roundRect(left, top, width, boxHeight, 10)
      .fill(fill)
      .stroke({ width: 1.5, color: 0xffffff, alpha: 0.65 })
    back.poly([foot - 6, edge, 0, 0, foot + 6, edge]).fill(fill)
    name.position.set(left + padX, top + padY)
    said.position.set(left + padX, top + padY + nameHeight)
    strike.clear()
    if (!options.refused) return
    const lines = Math.max(1, Math.round(said.height / (options.fontSize * 1.25)))
    for (let line = 0; line < lines; line++) {
      const y = said.y + ((line + 0.5) * said.height) / lines + 1
      strike.moveTo(said.x, y).lineTo(said.x + (lines === 1 ? said.width : width - padX * 2), y)
    }
    strike.stroke({ width: 1.6, color: 0xffffff, alpha: 0.85 })
  }

  arrange(false, 0)
  return { view, width, height: boxHeight + tail, arrange }
}

/** Where an incoming wave's marker points: into the map from its edge. */
const INWARD: Record<Wave['from'], number> = { north: Math.PI / 2, south: -Math.PI / 2, east: Math.PI, west: 0 }

/**
 * An incoming wave at its map edge: the enemy in English with its count,
 * the turn it arrives, and an arrow pointing in.
 */
export function createWaveMarker(pixi: Pixi, options: { enemy: string; count: number; when: string; from: Wave['from']; fontSize: number; soon: boolean }) {
  const view: Container = new pixi.Container()
  const title: Text = new pixi.Text({ text: `${options.enemy} ×${options.count}`, style: { fontFamily: FONT, fontSize: options.fontSize, fontWeight: '800', fill: 0xffffff } })
  const when: Text = new pixi.Text({ text: options.when, style: { fontFamily: FONT, fontSize: Math.round(options.fontSize * 0.85), fontWeight: '600', fill: 0xffe1dc } })
  const width = Math.max(title.width, when.width) + 14
  const height = title.height + when.height + 4
  const back: Graphics = new pixi.Graphics()
    .roundRect(-width / 2, -height / 2, width, height, 7)
    .fill({ color: options.soon ? SIDE_COLOURS.enemy.fill : 0x7d241c, alpha: 0.94 })
    .stroke({ width: 1.5, color: options.soon ? 0xffd7d0 : SIDE_COLOURS.enemy.dark, alpha: 0.9 })
  title.anchor.set(0.5, 0)
  when.anchor.set(0.5, 0)
  title.position.set(0, -height / 2 + 2)
  when.position.set(0, -height / 2 + 2 + title.height)
  const arrow: Graphics = new pixi.Graphics()
  const angle = INWARD[options.from]
  const reach = (Math.abs(Math.cos(angle)) * width) / 2 + (Math.abs(Math.sin(angle)) * height) / 2 + 3
  const at = (along: number, across: number) => [Math.cos(angle) * along - Math.sin(angle) * across, Math.sin(angle) * along + Math.cos(angle) * across]
  arrow.poly([...at(reach + 8, 0), ...at(reach, -6), ...at(reach, 6)]).fill({ color: SIDE_COLOURS.enemy.fill, alpha: 0.95 }).stroke({ width: 1.2, color: 0xffffff, alpha: 0.8 })
  view.addChild(arrow, back, title, when)
  return { view, width, height }
}

/** The won or lost card over the middle of the map, on a light veil so the battlefield still shows. */
export function createBanner(pixi: Pixi, text: { title: string; subtitle: string }, outcome: 'won' | 'lost', area: { width: number; height: number }, fontSize: number) {
  const view: Container = new pixi.Container()
  const veil: Graphics = new pixi.Graphics().rect(-area.width / 2, -area.height / 2, area.width, area.height).fill({ color: 0x000000, alpha: 0.22 })
  const title: Text = new pixi.Text({ text: text.title, style: { fontFamily: FONT, fontSize, fontWeight: '800', fill: 0xffffff } })
  const subtitle: Text = new pixi.Text({ text: text.subtitle, style: { fontFamily: FONT, fontSize: Math.round(fontSize * 0.6), fontWeight: '600', fill: 0xffffff } })
  subtitle.alpha = 0.92
  const width = Math.min(area.width - 24, Math.max(title.width, subtitle.width) + 80)
  const height = title.height + subtitle.height + 24
  const won = outcome === 'won'
  const card: Graphics = new pixi.Graphics()
    .roundRect(-width / 2, -height / 2, width, height, 14)
    .fill({ color: won ? 0x1f6f5c : 0x8f1f17, alpha: 0.95 })
    .stroke({ width: 2.5, color: won ? 0xf2c94c : 0x3a0c08 })
  const side = Math.max(title.width, subtitle.width) / 2 + 22
  if (won) card.star(-side, 0, 5, fontSize * 0.45, fontSize * 0.2, -Math.PI / 2).star(side, 0, 5, fontSize * 0.45, fontSize * 0.2, -Math.PI / 2).fill(0xf2c94c)
  else {
    for (const x of [-side, side]) card.moveTo(x - 6, -6).lineTo(x + 6, 6).moveTo(x + 6, -6).lineTo(x - 6, 6)
    card.stroke({ width: 3, color: 0xffd7d0, cap: 'round' })
  }
  title.anchor.set(0.5, 0)
  subtitle.anchor.set(0.5, 0)
  title.position.set(0, -height / 2 + 10)
  subtitle.position.set(0, -height / 2 + 12 + title.height)
  view.addChild(veil, card, title, subtitle)
  return view
}

/** The turn counter in the map's corner. */
export function createTurnChip(pixi: Pixi, text: string, fontSize: number) {
  const view: Container = new pixi.Container()
  const label: Text = new pixi.Text({ text, style: { fontFamily: FONT, fontSize, fontWeight: '700', fill: 0xffffff } })
  const back: Graphics = new pixi.Graphics().roundRect(0, 0, label.width + 14, label.height + 6, 8).fill({ color: INK, alpha: 0.72 })
  label.position.set(7, 3)
  view.addChild(back, label)
  return view
}
