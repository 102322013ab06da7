import type { Container } from 'pixi.js'
import { createSpeechBubble } from './effects.js'
import { squadSlots, tileCentre, type Slot } from './layout.js'
import type { StrategyScene } from './strategy_scene.js'

const BUBBLE_MS = 4200
const MAX_BUBBLES = 5

type Box = { left: number; right: number; top: number; bottom: number }
type Anchor = { x: number; top: number; bottom: number }
type Shown = Box & { view: Container }

/** What a bubble says, and who says it: `seat` null for the scene's own notices (a refusal, "✓"). */
export type Saying = { seat: number | null; name?: string; utterance: string; colour: number; refused: boolean }

function overlaps(a: Box, b: Box) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/**
 * Speech bubbles over the battlefield: what each co-op player said, by
 * the squads their order moved, and the scene's notices by the castle.
 * Several can show at once; each fades after a few seconds.
 */
export class SpeechBubbles {
  #shown: Shown[] = []

  constructor(private readonly scene: StrategyScene) {}

  /** Shows `saying` after `delay` ms (a notice waits for the move it follows). */
  say(saying: Saying, delay = 0) {
    let entry: Shown | null = null
    this.scene.tweens.add(
      {
        delay,
        duration: BUBBLE_MS,
        lingers: true,
        begin: () => (entry = this.#place(saying)),
        update(progress) {
          if (!entry || entry.view.destroyed) return
          const shown = progress * BUBBLE_MS
          entry.view.alpha = shown < 150 ? shown / 150 : progress > 0.88 ? (1 - progress) / 0.12 : 1
          entry.view.scale.set(shown < 150 ? 0.9 + (shown / 150) * 0.1 : 1)
        },
        end: () => entry && this.#drop(entry),
      },
      'bubbles'
    )
    this.scene.render()
  }

  /** After a rebuild: the bubbles' layer was emptied. */
  forget() {
    this.#shown = []
  }

  /** Where a speaker's bubble points: at the squads their order moved (or the building it built), else at the castle. */
  #anchor(seat: number | null, accepted: boolean): Anchor {
    const { state, layout, castle } = this.scene
    const action = state.lastAction
    if (seat !== null && accepted && action && action.seat === seat) {
      const slots = squadSlots(state, layout)
      const spots = action.squads.map((id) => slots.get(id)).filter((slot): slot is Slot => Boolean(slot))
      if (spots.length > 0) {
        const x = spots.reduce((sum, slot) => sum + slot.x, 0) / spots.length
        return { x, top: Math.min(...spots.map((slot) => slot.y - slot.size * 0.55)), bottom: Math.max(...spots.map((slot) => slot.y + slot.size * 0.7)) }
      }
      const built = action.intent === 'build' ? state.buildings.filter((building) => building.kind === action.subject).sort((a, b) => b.id - a.id)[0] : undefined
      if (built) {
        const centre = tileCentre(layout, built)
        return { x: centre.x, top: centre.y - layout.tile * 0.45, bottom: centre.y + layout.tile * 0.45 }
      }
    }
    return { x: castle.view.x, top: castle.view.y - layout.tile * 0.9, bottom: castle.view.y + layout.tile * 0.5 }
  }

  /**
   * Above the speaker, else below, else pushed aside: the first spot clear
   * of the other bubbles and inside the map. With none free the newest
   * wins and the bubbles it covers go.
   */
  #place(saying: Saying) {
    const { scene } = this
    const anchor = this.#anchor(saying.seat, !saying.refused)
    const made = createSpeechBubble(scene.pixi, { ...saying, maxWidth: Math.min(210, scene.layout.width * 0.6), fontSize: scene.layout.tile >= 36 ? 12 : 11 })
    const left = scene.layout.x + 2
    const right = scene.mapRight - 2
    const spots = [0, 0.6, -0.6].flatMap((aside) => [false, true].map((below) => ({ below, aside })))
    const boxes = spots.map(({ below, aside }) => {
      const tip = below ? anchor.bottom : anchor.top
      const centre = Math.min(Math.max(anchor.x + aside * made.width, left + made.width / 2), right - made.width / 2)
      const top = below ? tip : tip - made.height
      return { below, shift: centre - anchor.x, tip, left: centre - made.width / 2, right: centre + made.width / 2, top, bottom: top + made.height }
    })
    const inside = boxes.filter((box) => box.top >= scene.layout.y && box.bottom <= scene.mapBottom)
    const chosen = inside.find((box) => !this.#shown.some((other) => overlaps(box, other))) ?? inside[0] ?? boxes[0]
    for (const other of this.#shown.filter((candidate) => overlaps(chosen, candidate))) this.#drop(other)
    while (this.#shown.length >= MAX_BUBBLES) this.#drop(this.#shown[0])
    made.arrange(chosen.below, chosen.shift)
    made.view.position.set(anchor.x, chosen.tip)
    const entry = { view: made.view, left: chosen.left, right: chosen.right, top: chosen.top, bottom: chosen.bottom }
    this.#shown.push(entry)
    scene.layers.bubbles.addChild(made.view)
    return entry
  }

  #drop(entry: Shown) {
    this.#shown = this.#shown.filter((other) => other !== entry)
    if (!entry.view.destroyed) entry.view.destroy({ children: true })
  }
}
