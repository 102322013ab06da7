import type { Application, Container, Graphics, Rectangle } from 'pixi.js'
import type { GameClient } from '~/game_kit/game_client'
import { ENEMIES, TERRAIN, UNITS, type TerrainCode } from '../rules/catalog.js'
import type { Point, Squad, StrategyState } from '../rules/state.js'
import { createBanner, createTurnChip, createWaveMarker } from './effects.js'
import type { strategyHud } from './hud.js'
import { layoutFor, squadSlots, tileAt, tileCentre, type Layout, type Slot } from './layout.js'
import { INK } from './palette.js'
import { createSquadPiece, type SquadLook, type SquadPiece } from './squad_piece.js'
import { createBuildingView, createCastleView, createLabel, drawLandmarkArt } from './structures.js'
import { drawTerrain } from './terrain.js'
import type { StrategyTexts } from './texts.js'
import { Tweens, ease } from './tweens.js'

export type Pixi = typeof import('pixi.js')

/** The health of one unit of a squad's kind. */
export function hpOf(squad: Pick<Squad, 'side' | 'unit'>) {
  return (squad.side === 'player' ? UNITS : ENEMIES).get(squad.unit)?.hp ?? 1
}

/** Which way the castle lies from a squad, in radians (straight down when it is there). */
export function homeward(squad: Point, castle: Point) {
  return squad.x === castle.x && squad.y === castle.y ? Math.PI / 2 : Math.atan2(castle.y - squad.y, castle.x - squad.x)
}

/** How a squad of the state looks. */
export function lookOf(squad: Squad, castle: Point): SquadLook {
  return { count: squad.count, fraction: squad.health / (squad.count * hpOf(squad)), stance: squad.stance, homeward: homeward(squad, castle) }
}

/** Takes a layer's children off and frees them. */
export function clearLayer(layer: Container) {
  for (const child of layer.removeChildren()) child.destroy({ children: true })
}

function sameBoard(a: StrategyState, b: StrategyState) {
  return a.width === b.width && a.height === b.height && a.map.join('|') === b.map.join('|') && JSON.stringify(a.landmarks) === JSON.stringify(b.landmarks)
}

type Layers = Record<'ground' | 'landmarks' | 'waves' | 'buildings' | 'castle' | 'labels' | 'squads' | 'overlay' | 'banner' | 'fx' | 'bubbles' | 'tag', Container>

/**
 * The battlefield as Pixi draws it, kept in step with one state: the
 * board (terrain, road, landmarks, castle), buildings, a piece per squad,
 * the incoming waves and the turn. `settle` shows the state as it is;
 * animations (see `replay.ts`) move the same pieces in between.
 */
export class StrategyScene {
  readonly layers: Layers
  readonly tweens: Tweens
  readonly pieces = new Map<number, SquadPiece>()
  /** Squads that fell in the move being played, fading out. */
  readonly ghosts = new Set<SquadPiece>()
  readonly buildingViews = new Map<number, Container>()
  state: StrategyState
  layout: Layout
  castle: ReturnType<typeof createCastleView>
  destroyed = false
  #buildingsKey = ''
  #overlayKey = ''

  constructor(
    readonly pixi: Pixi,
    readonly app: Application,
    readonly client: GameClient<StrategyState>,
    readonly text: StrategyTexts,
    private readonly hud: ReturnType<typeof strategyHud>
  ) {
    this.state = client.current.state
    this.layout = layoutFor(app.screen.width, this.state.width, this.state.height)
    const names = ['ground', 'landmarks', 'waves', 'buildings', 'castle', 'labels', 'squads', 'overlay', 'banner', 'fx', 'bubbles', 'tag'] as const
    this.layers = Object.fromEntries(names.map((name) => [name, new pixi.Container()])) as Layers
    this.layers.squads.sortableChildren = true
    // Bottom to top; incoming waves are painted on the ground, so what stands at the edge stays visible over them.
    app.stage.addChild(...names.map((name) => this.layers[name]))
    this.tweens = new Tweens(app.ticker, () => this.render(), client.options.reducedMotion)
    this.castle = createCastleView(pixi, this.layout.tile)
  }

  get fontSize() {
    return this.layout.tile >= 40 ? 11 : 10
  }

  get mapRight() {
    return this.layout.x + this.layout.columns * this.layout.tile
  }

  get mapBottom() {
    return this.layout.y + this.layout.rows * this.layout.tile
  }

  /** An x that keeps something `width` wide inside the map. */
  clampX(x: number, width: number) {
    return Math.min(Math.max(x, this.layout.x + width / 2 + 2), this.mapRight - width / 2 - 2)
  }

  render() {
    if (!this.destroyed) this.app.render()
  }

  /** Redraws everything for a canvas `width` wide, dropping whatever was animating. */
  rebuild(width: number) {
    this.tweens.cancel('scene')
    this.tweens.cancel('bubbles')
    for (const name of ['fx', 'bubbles', 'tag'] as const) clearLayer(this.layers[name])
    this.layout = layoutFor(width, this.state.width, this.state.height)
    this.app.renderer.resize(this.layout.width, this.layout.height)
    for (const piece of this.pieces.values()) piece.view.destroy({ children: true })
    this.pieces.clear()
    this.#buildingsKey = ''
    this.#overlayKey = ''
    this.drawBoard()
    this.settle()
    this.render()
  }

  /**
   * A new state: the running move's animation stops and everything jumps
   * there. Returns false when the map changed size (the caller rebuilds).
   */
  jumpTo(next: StrategyState) {
    this.tweens.cancel('scene')
    clearLayer(this.layers.fx)
    const resized = next.width !== this.state.width || next.height !== this.state.height
    const boardChanged = !sameBoard(this.state, next)
    this.state = next
    if (resized) return false
    if (boardChanged) this.drawBoard()
    this.settle()
    return true
  }

  /** Everything as the state says, with no animation. */
  settle() {
    this.syncBuildings()
    this.syncSquads()
    this.showCastleHealth(this.state.castle.health)
    this.castle.body.position.set(0, 0)
    this.castle.flash.alpha = 0
    this.layers.banner.alpha = 1
    this.drawOverlay()
    this.hud.update(this.state)
    this.app.canvas.setAttribute('aria-label', this.hud.describe(this.state))
  }

  /** The won or lost card comes once the move that decided it has played. */
  revealBanner(delay: number) {
    const banner = this.layers.banner
    banner.alpha = 0
    this.tweens.add({ delay, duration: 450, update: (progress) => (banner.alpha = ease.out(progress)), end: () => (banner.alpha = 1) })
  }

  showCastleHealth(health: number) {
    this.castle.setHealth(health, this.state.castle.maxHealth, this.layout.y + 3 - this.castle.view.y)
  }

  /** A hover tag with an English name over the map. */
  showTag(label: string, x: number, y: number) {
    clearLayer(this.layers.tag)
    const tag = createLabel(this.pixi, label, { fontSize: this.fontSize + 1, fill: 0xffffff, background: INK, alpha: 0.88, bold: true })
    tag.view.position.set(this.clampX(x, tag.width), Math.max(this.layout.y + tag.height / 2 + 2, y - tag.height / 2 - 4))
    this.layers.tag.addChild(tag.view)
    this.render()
  }

  hideTag() {
    if (this.layers.tag.children.length === 0) return
    clearLayer(this.layers.tag)
    this.render()
  }

  /** Tapping `view` tells the page its English word; hovering it shows `tag` (when given). */
  pickable(view: Container, word: string, tag?: () => { label: string; x: number; y: number }) {
    view.eventMode = 'static'
    view.cursor = 'pointer'
    view.on('pointertap', () => this.client.signal({ type: 'picked', word }))
    if (!tag) return
    view.on('pointerover', () => {
      const { label, x, y } = tag()
      this.showTag(label, x, y)
    })
    view.on('pointerout', () => this.hideTag())
  }

  /** A new piece for `squad`, standing in `slot`. */
  newPiece(squad: Squad, slot: Slot) {
    const piece = createSquadPiece(this.pixi, squad, slot.size, this.fontSize)
    this.pickable(piece.view, squad.unit, () => {
      const now = this.state.squads.find((candidate) => candidate.id === squad.id)
      return { label: `${squad.unit} ×${now?.count ?? squad.count}`, x: piece.view.x, y: piece.view.y - piece.size * 0.62 }
    })
    this.place(piece, slot)
    this.layers.squads.addChild(piece.view)
    return piece
  }

  place(piece: SquadPiece, slot: Slot) {
    piece.view.position.set(slot.x, slot.y)
    piece.view.zIndex = slot.y
    if (Math.abs(piece.size - slot.size) > 0.01) piece.setSize(slot.size)
  }

  placeBuilding(id: number, kind: string, level: number, at: Point) {
    const view = createBuildingView(this.pixi, kind, level, this.layout.tile)
    const centre = tileCentre(this.layout, at)
    view.position.set(centre.x, centre.y)
    this.pickable(view, kind, () => ({ label: kind, x: centre.x, y: centre.y - this.layout.tile * 0.45 }))
    this.layers.buildings.addChild(view)
    this.buildingViews.set(id, view)
    return view
  }

  #terrainWord(point: Point) {
    const code = this.state.map[point.y]?.[point.x] as TerrainCode | undefined
    const name = code ? TERRAIN[code]?.name : undefined
    return name && name !== 'grass' ? name : null
  }

  /** Terrain, road, landmarks and the castle: what changes only with the map. */
  drawBoard() {
    const { ground, landmarks, labels, castle } = this.layers
    for (const layer of [ground, landmarks, labels, castle]) clearLayer(layer)
    const { layout, pixi } = this
    const width = layout.columns * layout.tile
    const height = layout.rows * layout.tile
    const frame: Graphics = new pixi.Graphics().roundRect(layout.x - 1, layout.y - 1, width + 2, height + 2, 3).stroke({ width: 2, color: 0x141c17, alpha: 0.6 })
    ground.addChild(drawTerrain(pixi, this.state, layout), frame)
    this.#listenToGround(new pixi.Rectangle(layout.x, layout.y, width, height))

    for (const [name, point] of Object.entries(this.state.landmarks)) {
      const centre = tileCentre(layout, point)
      const art = name === 'castle' ? null : drawLandmarkArt(pixi, name, layout.tile)
      if (art) {
        art.position.set(centre.x, centre.y)
        landmarks.addChild(art)
      }
      const label = createLabel(pixi, name, { fontSize: this.fontSize - 1 })
      // Just under the tile's bottom edge: squads standing there keep their health bars in view.
      label.view.position.set(this.clampX(centre.x, label.width), Math.min(centre.y + layout.tile / 2 + label.height * 0.22, this.mapBottom - label.height / 2 - 1))
      this.pickable(label.view, name)
      labels.addChild(label.view)
    }

    this.castle = createCastleView(pixi, layout.tile)
    const centre = tileCentre(layout, this.state.castle)
    this.castle.view.position.set(centre.x, centre.y)
    this.pickable(this.castle.view, 'castle', () => ({ label: 'castle', x: centre.x, y: centre.y - layout.tile * 0.6 }))
    castle.addChild(this.castle.view)
  }

  /** The ground names its terrain on hover (river, forest, hill…) and tells the page on a tap. */
  #listenToGround(area: Rectangle) {
    const ground = this.layers.ground
    let hovered = ''
    ground.removeAllListeners()
    ground.eventMode = 'static'
    ground.hitArea = area
    ground.on('pointermove', (event) => {
      const point = tileAt(this.layout, event.global.x, event.global.y)
      const word = point ? this.#terrainWord(point) : null
      const key = point && word ? `${point.x},${point.y}` : ''
      if (key === hovered) return
      hovered = key
      ground.cursor = word ? 'pointer' : 'default'
      if (!point || !word) return this.hideTag()
      const centre = tileCentre(this.layout, point)
      this.showTag(word, centre.x, centre.y - this.layout.tile * 0.3)
    })
    ground.on('pointerleave', () => {
      hovered = ''
      this.hideTag()
    })
    ground.on('pointertap', (event) => {
      const point = tileAt(this.layout, event.global.x, event.global.y)
      const word = point ? this.#terrainWord(point) : null
      if (word) this.client.signal({ type: 'picked', word })
    })
  }

  syncBuildings() {
    const key = JSON.stringify(this.state.buildings.map(({ id, kind, level, x, y }) => [id, kind, level, x, y]))
    if (key === this.#buildingsKey) return
    this.#buildingsKey = key
    clearLayer(this.layers.buildings)
    this.buildingViews.clear()
    for (const building of this.state.buildings) this.placeBuilding(building.id, building.kind, building.level, building)
  }

  syncSquads() {
    const slots = squadSlots(this.state, this.layout)
    const present = new Set<number>()
    for (const squad of this.state.squads) {
      present.add(squad.id)
      const slot = slots.get(squad.id)!
      const piece = this.pieces.get(squad.id) ?? this.newPiece(squad, slot)
      this.pieces.set(squad.id, piece)
      this.place(piece, slot)
      piece.view.alpha = 1
      piece.view.scale.set(1)
      piece.flash(0)
      piece.show(lookOf(squad, this.state.castle))
    }
    for (const [id, piece] of this.pieces) {
      if (present.has(id)) continue
      piece.view.destroy({ children: true })
      this.pieces.delete(id)
    }
    for (const ghost of this.ghosts) ghost.view.destroy({ children: true })
    this.ghosts.clear()
  }

  /** The turn chip, the incoming waves and, once the battle is decided, the banner. */
  drawOverlay() {
    const { state, layout, pixi, text } = this
    const key = JSON.stringify([state.turn, state.waves, state.outcome])
    if (key === this.#overlayKey) return
    this.#overlayKey = key
    for (const name of ['overlay', 'banner', 'waves'] as const) clearLayer(this.layers[name])
    this.#drawWaveMarkers()
    const chip = createTurnChip(pixi, text.turnChip(state.turn), this.fontSize)
    chip.position.set(layout.x + 5, layout.y + 5)
    this.layers.overlay.addChild(chip)
    if (state.outcome === 'playing') return
    const area = { width: layout.columns * layout.tile, height: layout.rows * layout.tile }
    const card = createBanner(pixi, text.banner[state.outcome], state.outcome, area, layout.tile >= 36 ? 26 : 18)
    card.position.set(layout.x + area.width / 2, layout.y + area.height / 2)
    this.layers.banner.addChild(card)
  }

  /** Up to three waves per edge, the soonest first, side by side along it. */
  #drawWaveMarkers() {
    const { state, layout } = this
    const incoming = state.waves.filter((wave) => wave.turn > state.turn).sort((a, b) => a.turn - b.turn)
    const centreX = layout.x + (layout.columns * layout.tile) / 2
    const centreY = layout.y + (layout.rows * layout.tile) / 2
    for (const edge of ['north', 'south', 'east', 'west'] as const) {
      const markers = incoming
        .filter((wave) => wave.from === edge)
        .slice(0, 3)
        .map((wave) => {
          const marker = createWaveMarker(this.pixi, {
            enemy: wave.enemy,
            count: wave.count,
            when: this.text.waveTurn(wave.turn),
            from: edge,
            fontSize: layout.tile >= 32 ? 10 : 8,
            soon: wave.turn === state.turn + 1,
          })
          this.pickable(marker.view, wave.enemy)
          this.layers.waves.addChild(marker.view)
          return marker
        })
      const along = edge === 'north' || edge === 'south'
      const total = markers.reduce((sum, marker) => sum + (along ? marker.width : marker.height) + 6, -6)
      let offset = -total / 2
      for (const marker of markers) {
        const span = along ? marker.width : marker.height
        const middle = offset + span / 2
        offset += span + 6
        if (edge === 'north') marker.view.position.set(centreX + middle, layout.y + 4 + marker.height / 2)
        else if (edge === 'south') marker.view.position.set(centreX + middle, this.mapBottom - 4 - marker.height / 2)
        else if (edge === 'east') marker.view.position.set(this.mapRight - 4 - marker.width / 2, centreY + middle)
        else marker.view.position.set(layout.x + 4 + marker.width / 2, centreY + middle)
      }
    }
  }

  destroy() {
    this.destroyed = true
    this.tweens.clear()
  }
}
