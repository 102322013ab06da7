import type { FarmState } from '../rules/state.js'

const TEXT = {
  en: {
    coins: 'Coins',
    seeds: 'Seeds',
    barn: 'Barn',
    animals: 'Animals',
    none: 'none',
    inventory: 'Farm inventory',
    scene: (size: number, planted: number, animals: number) =>
      `The farm: a ${size} by ${size} field with ${planted} planted ${planted === 1 ? 'plot' : 'plots'}, and ${animals} ${animals === 1 ? 'animal' : 'animals'}.`,
  },
  ru: {
    coins: 'Монеты',
    seeds: 'Семена',
    barn: 'Амбар',
    animals: 'Животные',
    none: 'пусто',
    inventory: 'Запасы фермы',
    scene: (size: number, planted: number, animals: number) =>
      `Ферма: поле ${size} на ${size}, засажено грядок: ${planted}, животных: ${animals}.`,
  },
}

/**
 * The farm's inventory as HTML beside the canvas: readable by screen
 * readers and zoomable, unlike text drawn on a canvas. Item names stay in
 * English (the words being learnt).
 */
export function farmHud(locale: string) {
  const text = locale === 'ru' ? TEXT.ru : TEXT.en
  const element = document.createElement('aside')
  element.className = 'farm-hud'
  element.setAttribute('aria-label', text.inventory)

  const list = (entries: Array<[string, number]>) =>
    entries.length === 0
      ? `<span class="farm-hud-none">${text.none}</span>`
      : `<ul>${entries.map(([name, count]) => `<li><span lang="en">${escape(name)}</span> <strong>${count}</strong></li>`).join('')}</ul>`

  return {
    element,
    update(state: FarmState) {
      element.innerHTML = `
        <dl>
          <div class="farm-hud-coins"><dt>${text.coins}</dt><dd><strong data-testid="coins">${state.coins}</strong></dd></div>
          <div><dt>${text.seeds}</dt><dd>${list(Object.entries(state.seeds))}</dd></div>
          <div><dt>${text.barn}</dt><dd>${list(Object.entries(state.items))}</dd></div>
          <div><dt>${text.animals}</dt><dd>${list(Object.entries(state.animals))}</dd></div>
        </dl>`
    },
    describe: text.scene,
  }
}

function escape(value: string) {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
