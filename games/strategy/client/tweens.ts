import type { Ticker } from 'pixi.js'

/** One animated change, `delay` ms after it is added. */
export type Tween = {
  delay?: number
  duration: number
  /** Once, when the tween starts: create what it shows or capture where things are. */
  begin?(): void
  /** Every frame, with progress from 0 to 1. */
  update?(progress: number): void
  /** Once, at the end (or when the tween is finished early). */
  end?(): void
  /**
   * Something worth reading (a damage number, a speech bubble): under
   * reduced motion it still shows, still, for its duration, instead of
   * being skipped.
   */
  lingers?: boolean
}

type Running = Tween & { group: string; elapsed: number; begun: boolean }

/**
 * The island's animations on Pixi's ticker, which runs only while a tween
 * does: a still battlefield costs no frames. Tweens come in groups so a new
 * move can drop the last move's animations without touching the speech
 * bubbles. Under reduced motion nothing moves: tweens jump to their end,
 * and lingering ones stay still for their duration, then go.
 */
export class Tweens {
  #running = new Set<Running>()
  #still = new Map<ReturnType<typeof setTimeout>, Running>()

  constructor(
    private readonly ticker: Ticker,
    private readonly render: () => void,
    private readonly reduced: boolean
  ) {
    ticker.add(() => this.#step(ticker.deltaMS))
  }

  add(tween: Tween, group = 'scene') {
    const running: Running = { ...tween, group, elapsed: 0, begun: false }
    if (this.reduced) return this.#hold(running)
    this.#running.add(running)
    if (!this.ticker.started) this.ticker.start()
  }

  /** Drops a group's tweens where they are: the caller redraws what they touched. */
  cancel(group: string) {
    for (const tween of this.#running) if (tween.group === group) this.#running.delete(tween)
    for (const [timer, tween] of this.#still) {
      if (tween.group !== group) continue
      clearTimeout(timer)
      this.#still.delete(timer)
    }
  }

  /** Everything stops, nothing more is called: for destroy. */
  clear() {
    this.#running.clear()
    for (const timer of this.#still.keys()) clearTimeout(timer)
    this.#still.clear()
    this.ticker.stop()
  }

  #hold(tween: Running) {
    tween.begin?.()
    if (!tween.lingers) {
      tween.update?.(1)
      tween.end?.()
      return
    }
    const timer = setTimeout(() => {
      this.#still.delete(timer)
      tween.end?.()
      this.render()
    }, tween.duration)
    this.#still.set(timer, tween)
  }

  #step(deltaMs: number) {
    for (const tween of this.#running) {
      tween.elapsed += deltaMs
      const local = tween.elapsed - (tween.delay ?? 0)
      if (local < 0) continue
      if (!tween.begun) {
        tween.begun = true
        tween.begin?.()
      }
      const progress = tween.duration > 0 ? Math.min(1, local / tween.duration) : 1
      tween.update?.(progress)
      if (progress >= 1) {
        this.#running.delete(tween)
        tween.end?.()
      }
    }
    if (this.#running.size === 0) this.ticker.stop()
  }
}

export const ease = {
  inOut: (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2),
  out: (t: number) => 1 - (1 - t) ** 3,
  /** Overshoots a little and settles: things popping in. */
  back: (t: number) => 1 + 2.70158 * (t - 1) ** 3 + 1.70158 * (t - 1) ** 2,
}

export function lerp(from: number, to: number, t: number) {
  return from + (to - from) * t
}
