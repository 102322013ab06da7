import type { Squad, StrategyState, Wave } from '../rules/state.js'
import type { StrategyTexts } from './texts.js'

/** The wave that comes next, if any is still to come. */
export function nextWave(state: Pick<StrategyState, 'waves' | 'turn'>): Wave | null {
  return state.waves.filter((wave) => wave.turn > state.turn).sort((a, b) => a.turn - b.turn)[0] ?? null
}

function totals(squads: Squad[]) {
  const byUnit = new Map<string, number>()
  for (const squad of squads) byUnit.set(squad.unit, (byUnit.get(squad.unit) ?? 0) + squad.count)
  return [...byUnit]
}

function plain(squads: Squad[], empty: string) {
  const entries = totals(squads)
  return entries.length === 0 ? empty : entries.map(([unit, count]) => `${unit} ×${count}`).join(', ')
}

/**
 * The battle as HTML beside the canvas: turn, castle, resources, the next
 * wave and every squad, readable by screen readers and zoomable, unlike
 * text drawn on a canvas. Unit, resource and enemy names stay English
 * (the words being learnt) and are marked so.
 */
export function strategyHud(text: StrategyTexts) {
  const element = document.createElement('aside')
  element.className = 'strategy-hud'
  element.setAttribute('aria-label', text.report)

  const squadList = (squads: Squad[], empty: string) =>
    squads.length === 0
      ? `<p class="strategy-hud-none">${empty}</p>`
      : `<ul class="strategy-hud-squads">${squads
          .map(
            (squad) => `
            <li class="strategy-hud-squad strategy-hud-${squad.side}">
              <span class="strategy-hud-mark" aria-hidden="true"></span>
              <span><span lang="en">${escape(squad.unit)}</span> <strong>×${squad.count}</strong></span>
              ${squad.stance === 'ready' ? '' : `<span class="strategy-hud-stance">${text.stance[squad.stance]}</span>`}
            </li>`
          )
          .join('')}</ul>`

  const resourceList = (resources: Record<string, number>) => {
    const entries = Object.entries(resources).filter(([, amount]) => amount > 0)
    return entries.length === 0
      ? `<p class="strategy-hud-none">${text.none}</p>`
      : `<ul class="strategy-hud-resources">${entries.map(([name, amount]) => `<li><span lang="en">${escape(name)}</span> <strong>${amount}</strong></li>`).join('')}</ul>`
  }

  const waveLine = (state: StrategyState) => {
    const wave = nextWave(state)
    if (!wave) return `<p class="strategy-hud-none">${text.noWaves}</p>`
    return `<p><span lang="en">${escape(wave.enemy)}</span> <strong>×${wave.count}</strong> ${text.from[wave.from]}, ${text.onTurn(wave.turn)}</p>`
  }

  return {
    element,
    update(state: StrategyState) {
      const player = state.squads.filter((squad) => squad.side === 'player')
      const enemies = state.squads.filter((squad) => squad.side === 'enemy')
      const castle = Math.max(0, Math.round((state.castle.health / state.castle.maxHealth) * 100))
      element.innerHTML = `
        ${state.outcome === 'playing' ? '' : `<p class="strategy-hud-outcome strategy-hud-${state.outcome}">${text.outcome[state.outcome]}</p>`}
        <dl>
          <div class="strategy-hud-turn"><dt>${text.turn}</dt><dd><strong data-testid="turn">${state.turn}</strong></dd></div>
          <div class="strategy-hud-castle">
            <dt>${text.castle}</dt>
            <dd>
              <span><strong data-testid="castle-health">${state.castle.health}</strong> / ${state.castle.maxHealth}</span>
              <span class="strategy-hud-bar" aria-hidden="true"><span data-level="${castle > 60 ? 'high' : castle > 30 ? 'mid' : 'low'}"></span></span>
            </dd>
          </div>
          <div><dt>${text.resources}</dt><dd>${resourceList(state.resources)}</dd></div>
          <div><dt>${text.nextWave}</dt><dd>${waveLine(state)}</dd></div>
          <div><dt>${text.army}</dt><dd>${squadList(player, text.fallen)}</dd></div>
          <div><dt>${text.enemies}</dt><dd>${squadList(enemies, text.noEnemies)}</dd></div>
        </dl>`
      // Set through the CSSOM: our CSP refuses style attributes in markup.
      const bar = element.querySelector<HTMLElement>('.strategy-hud-bar span')
      if (bar) bar.style.width = `${castle}%`
    },
    /** One sentence for the canvas's aria-label. */
    describe(state: StrategyState) {
      const wave = nextWave(state)
      return text.scene({
        columns: state.width,
        rows: state.height,
        turn: state.turn,
        health: state.castle.health,
        maxHealth: state.castle.maxHealth,
        army: plain(
          state.squads.filter((squad) => squad.side === 'player'),
          text.fallen
        ),
        enemies: plain(
          state.squads.filter((squad) => squad.side === 'enemy'),
          text.noEnemies
        ),
        wave: wave ? `${wave.enemy} ×${wave.count} ${text.from[wave.from]}, ${text.onTurn(wave.turn)}` : text.noWavesInline,
      })
    },
  }
}

function escape(value: string) {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
