import { defineGame } from '#game_kit/types'
import { loadLevels } from '#game_kit/levels'
import { initialStrategy, type StrategyState } from './rules/state.js'
import { applyStrategy } from './rules/apply.js'
import { strategyCoop } from './rules/coop.js'

/**
 * The strategy game: command an army in English. Alone against a seeded
 * AI, or two to four players commanding one army together in real time.
 */
export const strategyGame = defineGame<StrategyState>({
  slug: 'strategy',
  title: { en: 'Strategy', ru: 'Стратегия' },
  description: {
    en: 'Command an army by giving orders in English: move your units, build towers and bridges, gather resources and hold off the waves — alone or together with friends.',
    ru: 'Командуйте армией, отдавая приказы по-английски: двигайте отряды, стройте башни и мосты, добывайте ресурсы и отражайте волны врагов — в одиночку или вместе с друзьями.',
  },
  modes: ['solo', 'coop'],
  tags: ['strategy', 'units', 'directions', 'buildings', 'imperative', 'coop'],
  intents: ['move', 'attack', 'build', 'gather', 'defend', 'retreat'],
  levels: loadLevels(new URL('./content/levels.json', import.meta.url)),
  rules: { initialState: initialStrategy, apply: applyStrategy },
  coop: {
    minPlayers: 2,
    maxPlayers: 4,
    tickRate: 10,
    levels: [11, 12, 13, 14],
    timeLimitSeconds: 300,
    rules: strategyCoop,
  },
  island: 'client/island.ts',
})
