import type { Application, Container, Graphics, Text } from 'pixi.js'
import { defineIsland, type GameClient, type GameEvent } from '~/game_kit/game_client'
import type { FarmState } from '../rules/state.js'
import { growthStage } from '../rules/stages.js'
import { farmHud } from './hud.js'

/** Colours of crops the scene knows; others get one from their name. */
const CROP_COLOURS: Record<string, number> = {
  carrot: 0xe67e22,
  potato: 0xc8a165,
  onion: 0xd9b8e8,
  pumpkin: 0xf39c12,
  tomato: 0xe74c3c,
  corn: 0xf4d03f,
  wheat: 0xe5c56b,
  cabbage: 0x82c77b,
  lettuce: 0x9be07b,
  strawberry: 0xd62f4b,
  apple: 0xc0392b,
}

const ANIMAL_COLOURS: Record<string, number> = {
  chicken: 0xfdfdfd,
  hen: 0xf5e6c8,
  cow: 0x3b3b3b,
  goat: 0xd8cfc0,
  sheep: 0xf1efe8,
  pig: 0xf2a7b5,
  horse: 0x8b5a2b,
}

function colourOf(name: string, table: Record<string, number>) {
  if (Object.hasOwn(table, name)) return table[name]
  let hash = 0
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return 0x406040 + (hash % 0x8f8f8f)
}

type Layout = { width: number; height: number; plot: number; gap: number; fieldX: number; fieldY: number; penX: number; penWidth: number }

function layoutFor(width: number, size: number): Layout {
  const height = Math.round(Math.min(Math.max(width * 0.6, 260), 480))
  const fieldSide = Math.min(height - 40, width * 0.58)
  const gap = Math.max(3, Math.round(fieldSide / 60))
  const plot = Math.floor((fieldSide - gap * (size - 1)) / size)
  const fieldX = 20
  const fieldY = Math.round((height - (plot * size + gap * (size - 1))) / 2)
  const penX = fieldX + plot * size + gap * (size - 1) + 28
  return { width, height, plot, gap, fieldX, fieldY, penX, penWidth: width - penX - 16 }
}

/**
 * The farm, drawn with Pixi: the field of plots with crops by growth stage,
 * the animal pen, and the farmhand who reacts to each order. The inventory
 * is an HTML panel beside the canvas, so screen readers get it too.
 */
export default defineIsland<FarmState>({
  async mount(element: HTMLElement, client: GameClient<FarmState>) {
    // Our CSP forbids eval; this module swaps Pixi's generated shader code for eval-free versions.
    const [{ Application, Container, Graphics, Text }] = await Promise.all([import('pixi.js'), import('pixi.js/unsafe-eval')])
    const stage = document.createElement('div')
    stage.className = 'farm-stage'
    const hud = farmHud(client.options.locale)
    element.replaceChildren(stage, hud.element)

    const app: Application = new Application()
    let destroyed = false
    await app.init({
      width: Math.max(stage.clientWidth, 300),
      height: 320,
      background: 0xbfe3a5,
      // WebGPU adapters can hang in headless and GPU-less browsers; WebGL (or its software fallback) is enough here.
      preference: 'webgl',
      antialias: true,
      autoDensity: true,
      resolution: Math.min(window.devicePixelRatio || 1, 2),
      // Only animations need frames; a still farm costs nothing.
      autoStart: false,
    })
    app.canvas.setAttribute('role', 'img')
    stage.append(app.canvas)

    const world: Container = new Container()
    const field: Container = new Container()
    const pen: Container = new Container()
    const effects: Container = new Container()
    world.addChild(field, pen, effects)
    app.stage.addChild(world)

    const reduceMotion = client.options.reducedMotion
    let state = client.current.state
    let layout = layoutFor(app.screen.width, state.size)
    const plotViews: Container[] = []
    const animations = new Set<(deltaMs: number) => boolean>()

    const describe = () => {
      const planted = state.plots.filter((plot) => plot.crop !== null).length
      const animals = Object.values(state.animals).reduce((sum, count) => sum + count, 0)
      app.canvas.setAttribute('aria-label', hud.describe(state.size, planted, animals))
    }

    function drawPlot(index: number) {
      const view = plotViews[index]
      view.removeChildren().forEach((child) => child.destroy())
      const plot = state.plots[index]
      const side = layout.plot
      const soil: Graphics = new Graphics()
        .roundRect(0, 0, side, side, Math.max(3, side / 10))
        .fill(plot.crop ? 0x8a5a36 : 0xa9774d)
        .stroke({ width: 1, color: 0x6b4226, alpha: 0.6 })
      view.addChild(soil)
      for (let furrow = 1; furrow < 3; furrow++) {
        view.addChild(new Graphics().rect(side * 0.12, (side * furrow) / 3, side * 0.76, 1.5).fill({ color: 0x6b4226, alpha: 0.35 }))
      }
      if (!plot.crop) return
      const colour = colourOf(plot.crop, CROP_COLOURS)
      const centre = side / 2
      const growth = growthStage(plot)
      const crop: Graphics = new Graphics()
      if (growth === 'seed') {
        crop.circle(centre - side * 0.12, centre, side * 0.05).circle(centre + side * 0.12, centre, side * 0.05).fill(0x3e2716)
      } else if (growth === 'sprout') {
        crop.rect(centre - 1.5, centre - side * 0.05, 3, side * 0.2).fill(0x2f7d32)
        crop.ellipse(centre - side * 0.08, centre - side * 0.08, side * 0.09, side * 0.05).fill(0x4caf50)
        crop.ellipse(centre + side * 0.08, centre - side * 0.1, side * 0.09, side * 0.05).fill(0x4caf50)
      } else if (growth === 'growing') {
        for (const offset of [-0.16, 0, 0.16]) {
          crop.ellipse(centre + side * offset, centre - side * 0.1, side * 0.07, side * 0.2).fill(0x388e3c)
        }
        crop.circle(centre, centre + side * 0.16, side * 0.1).fill({ color: colour, alpha: 0.7 })
      } else {
        for (const offset of [-0.14, 0.14]) crop.ellipse(centre + side * offset, centre - side * 0.2, side * 0.06, side * 0.16).fill(0x2e7d32)
        crop.circle(centre, centre + side * 0.06, side * 0.26).fill(colour).stroke({ width: 2, color: 0xffffff, alpha: 0.8 })
      }
      view.addChild(crop)
    }

    function drawField() {
      field.removeChildren().forEach((child) => child.destroy({ children: true }))
      plotViews.length = 0
      const side = layout.plot
      const total = side * state.size + layout.gap * (state.size - 1)
      field.addChild(new Graphics().roundRect(layout.fieldX - 8, layout.fieldY - 8, total + 16, total + 16, 12).fill(0x7a9b57))
      state.plots.forEach((_, index) => {
        const view: Container = new Container()
        view.position.set(
          layout.fieldX + (index % state.size) * (side + layout.gap),
          layout.fieldY + Math.floor(index / state.size) * (side + layout.gap)
        )
        view.pivot.set(0, 0)
        field.addChild(view)
        plotViews.push(view)
        drawPlot(index)
      })
    }

    function drawPen() {
      pen.removeChildren().forEach((child) => child.destroy({ children: true }))
      const { penX, penWidth, height } = layout
      if (penWidth < 80) return
      const fence: Graphics = new Graphics().roundRect(penX, 20, penWidth, height - 110, 14).fill(0xd5e8b0).stroke({ width: 4, color: 0x8d6e4a })
      pen.addChild(fence)
      const animals = Object.entries(state.animals).flatMap(([kind, count]) => Array.from({ length: count }, () => kind))
      const columns = Math.max(1, Math.floor((penWidth - 20) / 54))
      animals.slice(0, 24).forEach((kind, index) => {
        const x = penX + 30 + (index % columns) * 54
        const y = 48 + Math.floor(index / columns) * 44
        const body: Graphics = new Graphics()
          .ellipse(x, y, 17, 12)
          .fill(colourOf(kind, ANIMAL_COLOURS))
          .stroke({ width: 1.5, color: 0x4a3b2a })
          .circle(x + 15, y - 8, 7)
          .fill(colourOf(kind, ANIMAL_COLOURS))
          .stroke({ width: 1.5, color: 0x4a3b2a })
        pen.addChild(body)
      })
      const kinds = Object.keys(state.animals)
      if (kinds.length > 0) {
        const label: Text = new Text({
          text: kinds.map((kind) => `${kind} × ${state.animals[kind]}`).join('   '),
          style: { fontSize: 13, fill: 0x2c3a22, fontFamily: 'system-ui, sans-serif' },
        })
        label.position.set(penX + 10, height - 112)
        pen.addChild(label)
      }
      // The farmhand: takes the orders.
      const farmhand: Graphics = new Graphics()
        .circle(0, -34, 11)
        .fill(0xf1c27d)
        .roundRect(-11, -22, 22, 30, 6)
        .fill(0x1f6f5c)
        .rect(-14, -46, 28, 6)
        .fill(0xc77c12)
      farmhand.position.set(penX + penWidth / 2, height - 24)
      farmhand.label = 'farmhand'
      pen.addChild(farmhand)
    }

    function draw() {
      layout = layoutFor(app.screen.width, state.size)
      drawField()
      drawPen()
      hud.update(state)
      describe()
      app.render()
    }

    function animate(step: (deltaMs: number) => boolean) {
      if (reduceMotion) {
        step(Number.POSITIVE_INFINITY)
        app.render()
        return
      }
      animations.add(step)
      if (!app.ticker.started) app.ticker.start()
    }

    app.ticker.add((ticker) => {
      for (const step of animations) if (!step(ticker.deltaMS)) animations.delete(step)
      app.render()
      if (animations.size === 0) app.ticker.stop()
    })

    /** The touched plots swell and settle, scaled around their centres. */
    function pulse(indexes: number[]) {
      const views = indexes.map((index) => plotViews[index]).filter(Boolean)
      const half = layout.plot / 2
      for (const view of views) {
        view.pivot.set(half, half)
        view.position.set(view.x + half, view.y + half)
      }
      let elapsed = 0
      animate((delta) => {
        elapsed = Math.min(elapsed + delta, 450)
        const progress = elapsed / 450
        for (const view of views) if (!view.destroyed) view.scale.set(1 + Math.sin(progress * Math.PI) * 0.12)
        return progress < 1
      })
    }

    function bubble(text: string, colour: number) {
      const farmhand = pen.children.find((child) => child.label === 'farmhand')
      const x = farmhand ? farmhand.x : layout.width / 2
      const y = farmhand ? farmhand.y - 70 : 40
      const label: Text = new Text({
        text,
        style: { fontSize: 14, fill: 0xffffff, fontFamily: 'system-ui, sans-serif', wordWrap: true, wordWrapWidth: Math.min(240, layout.width - 40), align: 'center' },
      })
      label.anchor.set(0.5, 1)
      const back: Graphics = new Graphics()
        .roundRect(-label.width / 2 - 10, -label.height - 8, label.width + 20, label.height + 16, 10)
        .fill({ color: colour, alpha: 0.95 })
      const group: Container = new Container()
      group.addChild(back, label)
      group.position.set(Math.min(Math.max(x, label.width / 2 + 20), layout.width - label.width / 2 - 20), Math.max(y, label.height + 20))
      effects.addChild(group)
      let elapsed = 0
      animate((delta) => {
        elapsed += delta
        group.alpha = elapsed < 2200 ? 1 : Math.max(0, 1 - (elapsed - 2200) / 500)
        if (elapsed >= 2700) {
          group.destroy({ children: true })
          return false
        }
        return true
      })
    }

    function floatCoins(delta: number) {
      if (!delta) return
      const label: Text = new Text({
        text: `${delta > 0 ? '+' : '−'}${Math.abs(delta)} ¢`,
        style: { fontSize: 20, fontWeight: '700', fill: delta > 0 ? 0x1f6f5c : 0xb3261e, fontFamily: 'system-ui, sans-serif' },
      })
      label.anchor.set(0.5)
      label.position.set(layout.width - 60, 30)
      effects.addChild(label)
      let elapsed = 0
      animate((step) => {
        elapsed += step
        label.y = 30 - Math.min(elapsed, 900) / 30
        label.alpha = Math.max(0, 1 - elapsed / 1100)
        if (elapsed >= 1100) {
          label.destroy()
          return false
        }
        return true
      })
    }

    const onEvent = (event: GameEvent<FarmState>) => {
      if (destroyed) return
      switch (event.type) {
        case 'reset':
          state = event.game.state
          draw()
          break
        case 'accepted': {
          const sizeChanged = event.game.state.size !== state.size
          state = event.game.state
          draw()
          const action = state.lastAction
          if (action && !sizeChanged) {
            if (action.plots.length > 0) pulse(action.plots)
            floatCoins(action.coins)
          }
          break
        }
        case 'refused':
          bubble(event.reason.message, 0xb3261e)
          break
        case 'misunderstood':
          bubble('?', 0x1d5fa8)
          break
        case 'completed':
          bubble('✓', 0x1f6f5c)
          break
      }
    }
    const unsubscribe = client.on(onEvent)

    const resize = new ResizeObserver(() => {
      const width = Math.max(stage.clientWidth, 300)
      if (Math.abs(width - app.screen.width) < 2) return
      const next = layoutFor(width, state.size)
      app.renderer.resize(width, next.height)
      draw()
    })
    resize.observe(stage)

    app.renderer.resize(Math.max(stage.clientWidth, 300), layout.height)
    draw()

    return {
      destroy() {
        destroyed = true
        unsubscribe()
        resize.disconnect()
        animations.clear()
        app.destroy(true, { children: true })
        element.replaceChildren()
      },
    }
  },
})
