import type { Graphics, Text } from 'pixi.js'
import type { Point, Squad, StrategyEvent, StrategyState } from '../rules/state.js'
import { beatsOf } from './beats.js'
import { createProjectile, createPuff, floatingText } from './effects.js'
import { squadSlots, tileCentre, type Slot } from './layout.js'
import { DAMAGE, INK, RESOURCE_COLOURS } from './palette.js'
import type { SquadLook, SquadPiece } from './squad_piece.js'
import { homeward, hpOf, lookOf, type StrategyScene } from './strategy_scene.js'
import { ease, lerp } from './tweens.js'

const MOVE_MS = 460
/** After its last beat starts, a move still needs this long to finish its last animation. */
const TAIL_MS = 700

type Moved = Extract<StrategyEvent, { type: 'moved' }>
type Struck = Extract<StrategyEvent, { type: 'struck' }>
type CastleHit = Extract<StrategyEvent, { type: 'castle_hit' }>
type Gathered = Extract<StrategyEvent, { type: 'gathered' }>

/** A squad's health and count as blows land during a move, where it stands, and its stance once it has arrived. */
type Live = { health: number; count: number; hp: number; stance: Squad['stance']; at: Point }

type Spot = { x: number; y: number }

/**
 * One accepted move played on the scene, from how the previous state
 * looked to the state the scene already holds: squads are put back where
 * they were, then each event runs at its beat (see `beatsOf`). Every
 * tween is in the scene's 'scene' group, so the next move cancels them.
 */
class Replay {
  readonly #live = new Map<number, Live>()
  readonly #fallen = new Map<number, SquadPiece>()
  readonly #after: Map<number, Slot>
  readonly #final: Map<number, Squad>
  #castleHealth: number

  constructor(
    private readonly scene: StrategyScene,
    private readonly previous: StrategyState,
    private readonly events: StrategyEvent[]
  ) {
    this.#after = squadSlots(scene.state, scene.layout)
    this.#final = new Map(scene.state.squads.map((squad) => [squad.id, squad]))
    this.#castleHealth = previous.castle.health
  }

  /** Schedules everything; returns how long the move takes, in ms. */
  play() {
    const { scene, events } = this
    this.#stageGhosts()
    this.#stageSquads()
    scene.showCastleHealth(this.previous.castle.health)
    const beats = beatsOf(events)
    const lastMove = new Map<number, number>()
    events.forEach((event, index) => event.type === 'moved' && lastMove.set(event.id, index))
    let end = 0
    events.forEach((event, index) => {
      const at = beats[index]
      end = Math.max(end, at + TAIL_MS)
      if (event.type === 'moved') this.#march(event, at, lastMove.get(event.id) === index)
      else if (event.type === 'struck') this.#blow(event, at)
      else if (event.type === 'castle_hit') this.#castleHit(event, at)
      else if (event.type === 'fell') this.#fall(event.id, at)
      else if (event.type === 'spawned') this.#arrive(event.id, at)
      else if (event.type === 'built') this.#rise(event.id, event.level, at)
      else if (event.type === 'gathered') this.#bringIn(event, at)
    })
    // Whatever the events left out, the end of the move shows the state exactly.
    scene.tweens.add({
      delay: end,
      duration: 0,
      end() {
        for (const squad of scene.state.squads) scene.pieces.get(squad.id)?.show(lookOf(squad, scene.state.castle))
        scene.showCastleHealth(scene.state.castle.health)
      },
    })
    return end
  }

  #involves(id: number) {
    return this.events.some(
      (event) => ('id' in event && event.id === id) || (event.type === 'struck' && event.target === id) || (event.type === 'gathered' && event.by.includes(id))
    )
  }

  #piece(id: number) {
    return this.scene.pieces.get(id) ?? this.#fallen.get(id) ?? null
  }

  #look(id: number): SquadLook | null {
    const values = this.#live.get(id)
    if (!values) return null
    return { count: values.count, fraction: values.health / Math.max(1, values.count * values.hp), stance: values.stance, homeward: homeward(values.at, this.scene.state.castle) }
  }

  /** Squads that fall in this move are gone from the state: they get a piece back until they fade. */
  #stageGhosts() {
    const before = squadSlots(this.previous, this.scene.layout)
    for (const squad of this.previous.squads) {
      if (this.#final.has(squad.id) || !this.events.some((event) => event.type === 'fell' && event.id === squad.id)) continue
      const ghost = this.scene.newPiece(squad, before.get(squad.id)!)
      ghost.view.eventMode = 'none'
      ghost.show(lookOf(squad, this.previous.castle))
      this.scene.ghosts.add(ghost)
      this.#fallen.set(squad.id, ghost)
      this.#live.set(squad.id, { health: squad.health, count: squad.count, hp: hpOf(squad), stance: squad.stance, at: squad })
    }
  }

  /** Every squad back where (and as) it was; new ones wait where their first step starts, arrivals unseen. */
  #stageSquads() {
    const { scene, previous, events } = this
    const before = squadSlots(previous, scene.layout)
    const earlier = new Map(previous.squads.map((squad) => [squad.id, squad]))
    for (const squad of scene.state.squads) {
      const piece = scene.pieces.get(squad.id)!
      const old = earlier.get(squad.id)
      const firstMove = events.find((event): event is Moved => event.type === 'moved' && event.id === squad.id)
      if (old) {
        scene.place(piece, before.get(squad.id)!)
        if (this.#involves(squad.id)) piece.show(lookOf(old, previous.castle))
        this.#live.set(squad.id, { health: old.health, count: old.count, hp: hpOf(old), stance: old.stance, at: old })
      } else {
        // Split off or just arrived: it starts where its first step does, with the health it had before this move's blows.
        if (firstMove) scene.place(piece, { ...tileCentre(scene.layout, firstMove.from), size: this.#after.get(squad.id)!.size })
        const damage = events.reduce((sum, event) => sum + (event.type === 'struck' && event.target === squad.id ? event.damage : 0), 0)
        const health = squad.health + damage
        this.#live.set(squad.id, { health, count: Math.ceil(health / hpOf(squad)), hp: hpOf(squad), stance: squad.stance, at: firstMove?.from ?? squad })
      }
      if (events.some((event) => event.type === 'spawned' && event.id === squad.id)) piece.view.alpha = 0
      if (!firstMove) this.#reslot(piece, this.#after.get(squad.id)!)
    }
  }

  /** A squad that did not move but whose spot on a shared tile changed slides over. */
  #reslot(piece: SquadPiece, slot: Slot) {
    if (Math.abs(piece.view.x - slot.x) < 0.5 && Math.abs(piece.view.y - slot.y) < 0.5 && Math.abs(piece.size - slot.size) < 0.5) return
    const scene = this.scene
    let from = { x: 0, y: 0, size: 0 }
    scene.tweens.add({
      duration: 380,
      begin: () => (from = { x: piece.view.x, y: piece.view.y, size: piece.size }),
      update(progress) {
        const t = ease.inOut(progress)
        piece.view.position.set(lerp(from.x, slot.x, t), lerp(from.y, slot.y, t))
        piece.setSize(lerp(from.size, slot.size, t))
      },
      end: () => scene.place(piece, slot),
    })
  }

  #march(event: Moved, at: number, last: boolean) {
    const piece = this.#piece(event.id)
    if (!piece) return
    const { scene } = this
    const tile = scene.layout.tile
    const target: Slot = last && this.#after.has(event.id) ? this.#after.get(event.id)! : { ...tileCentre(scene.layout, event.to), size: piece.size }
    let from = { x: 0, y: 0, size: 0 }
    scene.tweens.add({
      delay: at,
      duration: MOVE_MS,
      begin: () => (from = { x: piece.view.x, y: piece.view.y, size: piece.size }),
      update(progress) {
        const t = ease.inOut(progress)
        // A small hop as they go, so a march reads as walking rather than sliding.
        piece.view.position.set(lerp(from.x, target.x, t), lerp(from.y, target.y, t) - Math.sin(progress * Math.PI) * tile * 0.06)
        if (Math.abs(from.size - target.size) > 0.5) piece.setSize(lerp(from.size, target.size, t))
      },
      end: () => {
        scene.place(piece, target)
        const values = this.#live.get(event.id)
        if (!values) return
        values.at = event.to
        if (last) values.stance = this.#final.get(event.id)?.stance ?? values.stance
        const look = this.#look(event.id)
        if (look) piece.show(look)
      },
    })
  }

  /** Where a blow comes from: a squad's piece, or the top of a shooting building (a tower, a fort). */
  #origin(id: number): (Spot & { unit: string }) | null {
    const piece = this.#piece(id)
    if (piece) return { x: piece.view.x, y: piece.view.y, unit: piece.unit }
    const building = this.scene.buildingViews.get(id)
    return building ? { x: building.x, y: building.y - this.scene.layout.tile * 0.3, unit: 'tower' } : null
  }

  /**
   * The attacker's half of a blow: an arrow (or a stone, or a bolt) flies
   * from afar, a fighter close by lunges. Returns when the blow lands.
   */
  #swing(attackerId: number, target: () => Spot, at: number) {
    const from = this.#origin(attackerId)
    if (!from) return at
    const { scene } = this
    const tile = scene.layout.tile
    const attacker = this.#piece(attackerId)
    const aim = target()
    const ranged = Math.hypot(aim.x - from.x, aim.y - from.y) > tile * 1.3
    let start = { x: 0, y: 0 }
    let end = { x: 0, y: 0 }
    let projectile: Graphics | null = null
    scene.tweens.add({
      delay: at,
      duration: ranged ? 300 : 220,
      begin() {
        start = attacker ? { x: attacker.view.x, y: attacker.view.y } : { x: from.x, y: from.y }
        end = target()
        if (!ranged) return
        projectile = createProjectile(scene.pixi, from.unit, tile)
        projectile.rotation = Math.atan2(end.y - start.y, end.x - start.x)
        scene.layers.fx.addChild(projectile)
      },
      update(progress) {
        if (projectile) {
          const lob = from.unit === 'catapult' ? tile * 0.8 : tile * 0.25
          projectile.position.set(lerp(start.x, end.x, progress), lerp(start.y, end.y, progress) - Math.sin(progress * Math.PI) * lob)
        } else if (attacker) {
          const reach = Math.sin(progress * Math.PI) * 0.32
          attacker.view.position.set(lerp(start.x, end.x, reach), lerp(start.y, end.y, reach))
        }
      },
      end() {
        if (projectile && !projectile.destroyed) projectile.destroy()
        if (attacker && !attacker.view.destroyed) attacker.view.position.set(start.x, start.y)
      },
    })
    return at + (ranged ? 300 : 110)
  }

  /** "−5" rising from where a blow landed; `impact` shakes or flashes what was hit alongside. */
  #damage(amount: number, at: () => Spot, delay: number, impact: { begin(): void; update(progress: number): void; end(): void }) {
    const { scene } = this
    let label: Text | null = null
    let y = 0
    scene.tweens.add({
      delay,
      duration: 750,
      lingers: true,
      begin() {
        const point = at()
        label = floatingText(scene.pixi, `−${amount}`, DAMAGE, scene.fontSize + 4)
        y = point.y
        label.position.set(point.x, y)
        scene.layers.fx.addChild(label)
        impact.begin()
      },
      update(progress) {
        if (label) {
          label.y = y - ease.out(progress) * scene.layout.tile * 0.45
          label.alpha = progress < 0.65 ? 1 : 1 - (progress - 0.65) / 0.35
        }
        impact.update(progress)
      },
      end() {
        if (label && !label.destroyed) label.destroy()
        impact.end()
      },
    })
  }

  #blow(event: Struck, at: number) {
    const target = this.#piece(event.target)
    if (!target) return
    const lands = this.#swing(event.by, () => ({ x: target.view.x, y: target.view.y }), at)
    let base = 0
    this.#damage(event.damage, () => ({ x: target.view.x, y: target.view.y - target.size * 0.5 }), lands, {
      begin: () => {
        base = target.view.x
        const values = this.#live.get(event.target)
        if (!values) return
        values.health = Math.max(0, values.health - event.damage)
        values.count = Math.ceil(values.health / values.hp)
        const look = this.#look(event.target)
        if (look && values.count > 0) target.show(look)
      },
      update(progress) {
        if (target.view.destroyed) return
        target.flash(1 - Math.min(1, progress * 2.5))
        target.view.x = base + Math.sin(progress * Math.PI * 6) * Math.max(0, 1 - progress * 2.5) * 2.5
      },
      end() {
        if (target.view.destroyed) return
        target.flash(0)
        target.view.x = base
      },
    })
  }

  #castleHit(event: CastleHit, at: number) {
    const { scene } = this
    const castle = () => scene.castle
    const lands = this.#swing(event.by, () => ({ x: castle().view.x, y: castle().view.y }), at)
    this.#damage(event.damage, () => ({ x: castle().view.x, y: castle().view.y - scene.layout.tile * 0.55 }), lands, {
      begin: () => {
        this.#castleHealth = Math.max(0, this.#castleHealth - event.damage)
        scene.showCastleHealth(this.#castleHealth)
      },
      update(progress) {
        const fade = Math.max(0, 1 - progress * 2)
        castle().body.x = Math.sin(progress * Math.PI * 8) * fade * scene.layout.tile * 0.06
        castle().flash.alpha = fade * 0.45
      },
      end() {
        castle().body.x = 0
        castle().flash.alpha = 0
      },
    })
  }

  #fall(id: number, at: number) {
    const ghost = this.#fallen.get(id)
    if (!ghost) return
    const { scene } = this
    let y = 0
    scene.tweens.add({
      delay: at,
      duration: 520,
      begin: () => (y = ghost.view.y),
      update(progress) {
        ghost.view.alpha = 1 - progress
        ghost.view.scale.set(1 - progress * 0.3)
        ghost.view.y = y + progress * scene.layout.tile * 0.12
      },
      end() {
        scene.ghosts.delete(ghost)
        if (!ghost.view.destroyed) ghost.view.destroy({ children: true })
      },
    })
  }

  #arrive(id: number, at: number) {
    const piece = this.scene.pieces.get(id)
    if (!piece) return
    this.scene.tweens.add({
      delay: at,
      duration: 420,
      begin: () => (piece.view.alpha = 0),
      update(progress) {
        piece.view.alpha = Math.min(1, progress * 1.6)
        piece.view.scale.set(lerp(0.4, 1, ease.back(progress)))
      },
      end() {
        piece.view.alpha = 1
        piece.view.scale.set(1)
      },
    })
  }

  /** A new building pops up from its tile; a taller one keeps its old level until the builders finish. */
  #rise(id: number, level: number, at: number) {
    const { scene } = this
    const building = scene.state.buildings.find((candidate) => candidate.id === id)
    const existed = this.previous.buildings.find((candidate) => candidate.id === id)
    let view = scene.buildingViews.get(id)
    if (!building || !view) return
    const full = view.scale.x
    if (existed) {
      view.destroy({ children: true })
      view = scene.placeBuilding(id, existed.kind, existed.level, existed)
    } else view.scale.set(0)
    let puff: Graphics | null = null
    scene.tweens.add({
      delay: at,
      duration: 560,
      begin() {
        if (existed) {
          view!.destroy({ children: true })
          view = scene.placeBuilding(id, building.kind, level, building)
        }
        puff = createPuff(scene.pixi)
        puff.position.set(view!.x, view!.y)
        scene.layers.fx.addChild(puff)
      },
      update(progress) {
        const grown = existed ? full * (1 + Math.sin(progress * Math.PI) * 0.18) : full * ease.back(progress)
        view!.scale.set(Math.max(0, grown))
        if (puff) {
          puff.scale.set((scene.layout.tile / 20) * (0.4 + progress))
          puff.alpha = 1 - progress
        }
      },
      end() {
        if (!view!.destroyed) view!.scale.set(full)
        if (puff && !puff.destroyed) puff.destroy()
      },
    })
  }

  /** "+6 wood" floats up over the workers, who hop: they brought it in. */
  #bringIn(event: Gathered, at: number) {
    const { scene } = this
    const workers = event.by.map((id) => scene.pieces.get(id)).filter((piece): piece is SquadPiece => Boolean(piece))
    const bases = new Map<SquadPiece, number>()
    let label: Text | null = null
    let y = 0
    scene.tweens.add({
      delay: at,
      duration: 1400,
      lingers: true,
      begin() {
        const first = workers[0]
        const x = first ? first.view.x : scene.castle.view.x
        y = first ? first.view.y - first.size * 0.6 : scene.castle.view.y - scene.layout.tile * 0.6
        label = floatingText(scene.pixi, `+${event.amount} ${event.resource}`, RESOURCE_COLOURS[event.resource] ?? INK, scene.fontSize + 3)
        label.position.set(scene.clampX(x, label.width), y)
        scene.layers.fx.addChild(label)
        for (const worker of workers) bases.set(worker, worker.view.y)
      },
      update(progress) {
        if (label) {
          label.y = y - ease.out(progress) * scene.layout.tile * 0.55
          label.alpha = progress < 0.7 ? 1 : 1 - (progress - 0.7) / 0.3
        }
        const hop = progress < 0.4 ? Math.abs(Math.sin((progress / 0.4) * Math.PI * 2)) * scene.layout.tile * 0.08 : 0
        for (const [worker, base] of bases) if (!worker.view.destroyed) worker.view.y = base - hop
      },
      end() {
        if (label && !label.destroyed) label.destroy()
        for (const [worker, base] of bases) if (!worker.view.destroyed) worker.view.y = base
      },
    })
  }
}

/**
 * Plays a move's `events` on `scene` (which already shows the new state)
 * from how `previous` looked. Returns how long it takes, in ms.
 */
export function replayMove(scene: StrategyScene, previous: StrategyState, events: StrategyEvent[]) {
  return new Replay(scene, previous, events).play()
}
