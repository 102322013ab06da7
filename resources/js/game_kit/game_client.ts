/**
 * The client side of the game kit: how a play page and a game's Pixi island
 * talk. The page owns the network (attempts, restarts, live pushes); the
 * island only draws what it is told and reports what the player touches.
 * An island never fetches.
 */

export type GoalView = { intent: string; slots: Record<string, string | number>; met: boolean }

export type GameView<State = unknown> = {
  state: State
  goals: GoalView[]
  levelComplete: boolean
}

export type GameEvent<State = unknown> =
  /** The saved game, on mount, resume or restart: draw it without animation. */
  | { type: 'reset'; game: GameView<State> }
  /** A move the rules carried out: animate from the old state to the new. */
  | { type: 'accepted'; game: GameView<State>; previous: State }
  /** A move the rules refused (no free plot, not ripe…): show it on the scene. */
  | { type: 'refused'; reason: { key: string; message: string } }
  /** The language side refused the phrase: the scene may react (a shrug). */
  | { type: 'misunderstood' }
  /** The level's goals are all met. */
  | { type: 'completed' }
  /**
   * Co-op: a player said something (their own phrase or a teammate's), as
   * the room judged it. The island may show it on the scene by the squads
   * the order moved; `seat` picks the player's colour.
   */
  | { type: 'said'; seat: number; name: string; utterance: string; accepted: boolean; mine: boolean }

export type IslandSignal =
  /** The player touched something with a name in the target language (a crop, a plot). */
  { type: 'picked'; word: string }

type Listener<T> = (value: T) => void

/**
 * One play session's channel between the page and the island.
 */
export class GameClient<State = unknown> {
  #listeners = new Set<Listener<GameEvent<State>>>()
  #signals = new Set<Listener<IslandSignal>>()
  #current: GameView<State>

  constructor(
    initial: GameView<State>,
    readonly options: { locale: string; reducedMotion: boolean }
  ) {
    this.#current = initial
  }

  /** What the island should draw right now. */
  get current() {
    return this.#current
  }

  /** The island listens to game events; returns the unsubscribe function. */
  on(listener: Listener<GameEvent<State>>) {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** The page listens to what the player does on the scene. */
  onSignal(listener: Listener<IslandSignal>) {
    this.#signals.add(listener)
    return () => this.#signals.delete(listener)
  }

  /** Page → island. */
  publish(event: GameEvent<State>) {
    if (event.type === 'reset' || event.type === 'accepted') this.#current = event.game
    for (const listener of this.#listeners) listener(event)
  }

  /** Island → page. */
  signal(signal: IslandSignal) {
    for (const listener of this.#signals) listener(signal)
  }
}

/**
 * What `games/<slug>/client/island.ts` exports as default. `mount` may be
 * async (Pixi's init is); `destroy` must be safe to call once mount resolved.
 */
export type Island<State = unknown> = {
  mount(element: HTMLElement, client: GameClient<State>): Promise<{ destroy(): void }>
}

/** Types an island module: `export default defineIsland<FarmState>({ mount })`. */
export function defineIsland<State>(island: Island<State>): Island<State> {
  return island
}
