import type { Application } from 'pixi.js'
import { defineIsland, type GameClient, type GameEvent } from '~/game_kit/game_client'
import type { StrategyState } from '../rules/state.js'
import { freshEvents } from './beats.js'
import { strategyHud } from './hud.js'
import { layoutFor } from './layout.js'
import { BOARD, SEAT_COLOURS, SIDE_COLOURS } from './palette.js'
import { replayMove } from './replay.js'
import { SpeechBubbles } from './speech.js'
import { StrategyScene } from './strategy_scene.js'
import { textsFor } from './texts.js'

/**
 * The strategy battlefield, drawn with Pixi: terrain, landmarks, the
 * castle, buildings and every squad, with incoming waves at the map's
 * edges. Each accepted order plays out from the previous state through the
 * move's events (marches, blows, falls, builds, gathering); a new order
 * cuts the running animation short and starts from the state as it is, so
 * ten co-op updates a second never pile up. Co-op players' phrases show as
 * speech bubbles in their seat's colour. The battle report is an HTML panel
 * beside the canvas, so screen readers get it too.
 */
export default defineIsland<StrategyState>({
  async mount(element: HTMLElement, client: GameClient<StrategyState>) {
    // Our CSP forbids eval; this module swaps Pixi's generated shader code for eval-free versions.
    const [pixi] = await Promise.all([import('pixi.js'), import('pixi.js/unsafe-eval')])
    const text = textsFor(client.options.locale)
    const stage = document.createElement('div')
    stage.className = 'strategy-stage'
    const hud = strategyHud(text)
    element.replaceChildren(stage, hud.element)

    const width = () => Math.max(stage.clientWidth, 300)
    const first = layoutFor(width(), client.current.state.width, client.current.state.height)
    const app: Application = new pixi.Application()
    await app.init({
      width: first.width,
      height: first.height,
      background: BOARD,
      // WebGPU adapters can hang in headless and GPU-less browsers; WebGL (or its software fallback) is enough here.
      preference: 'webgl',
      antialias: true,
      autoDensity: true,
      resolution: Math.min(window.devicePixelRatio || 1, 2),
      // Only animations need frames; a still battlefield costs nothing.
      autoStart: false,
    })
    app.canvas.setAttribute('role', 'img')
    stage.append(app.canvas)

    const scene = new StrategyScene(pixi, app, client, text, hud)
    const bubbles = new SpeechBubbles(scene)
    // When the running move's animation ends (performance.now() time): the scene's own notices wait for it.
    let sceneEndsAt = 0

    function rebuild() {
      scene.rebuild(width())
      bubbles.forget()
    }

    function play(previous: StrategyState, next: StrategyState) {
      if (!scene.jumpTo(next)) return rebuild()
      const events = freshEvents(previous, next)
      const length = events.length > 0 && previous.width === next.width && previous.height === next.height ? replayMove(scene, previous, events) : 0
      sceneEndsAt = performance.now() + (client.options.reducedMotion ? 0 : length)
      if (previous.outcome === 'playing' && next.outcome !== 'playing') scene.revealBanner(length)
      scene.render()
    }

    function notice(utterance: string, colour: number, delay = 0) {
      bubbles.say({ seat: null, utterance, colour, refused: false }, delay)
    }

    const onEvent = (event: GameEvent<StrategyState>) => {
      if (scene.destroyed) return
      switch (event.type) {
        case 'reset':
          scene.state = event.game.state
          rebuild()
          break
        case 'accepted':
          play(event.previous, event.game.state)
          break
        case 'refused':
          notice(event.reason.message, SIDE_COLOURS.enemy.dark)
          break
        case 'misunderstood':
          notice('?', 0x1d5fa8)
          break
        case 'completed':
          notice('✓', 0x1f6f5c, Math.max(0, sceneEndsAt - performance.now()))
          break
        case 'said':
          bubbles.say({ seat: event.seat, name: event.name, utterance: event.utterance, colour: SEAT_COLOURS[event.seat % SEAT_COLOURS.length], refused: !event.accepted })
          break
      }
    }
    const unsubscribe = client.on(onEvent)

    const resize = new ResizeObserver(() => {
      // An element the page dropped without destroying us (a hydration retry does that) gives its WebGL context back.
      if (!element.isConnected) return teardown()
      if (scene.destroyed || Math.abs(width() - app.screen.width) < 2) return
      rebuild()
    })
    resize.observe(stage)

    function teardown() {
      if (scene.destroyed) return
      scene.destroy()
      unsubscribe()
      resize.disconnect()
      app.destroy(true, { children: true })
      element.replaceChildren()
    }

    rebuild()
    return { destroy: teardown }
  },
})
