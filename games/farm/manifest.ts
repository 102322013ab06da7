import { defineGame } from '#game_kit/types'
import { loadLevels } from '#game_kit/levels'
import { initialFarm, type FarmState } from './rules/state.js'
import { applyFarm } from './rules/apply.js'

/**
 * The farm: a solo game where every order to the farmhand is a phrase.
 */
export const farmGame = defineGame<FarmState>({
  slug: 'farm',
  title: { en: 'Farm', ru: 'Ферма' },
  description: {
    en: 'Run a small farm by giving orders in English: plant, water, harvest, feed the animals and trade at the market.',
    ru: 'Управляйте фермой, отдавая приказы по-английски: сажайте, поливайте, собирайте урожай, кормите животных и торгуйте на рынке.',
  },
  modes: ['solo'],
  tags: ['farm', 'crops', 'animals', 'market', 'imperative', 'numbers'],
  intents: ['plant', 'water', 'harvest', 'buy', 'sell', 'feed'],
  levels: loadLevels(new URL('./content/levels.json', import.meta.url)),
  rules: { initialState: initialFarm, apply: applyFarm },
  island: 'client/island.ts',
})
