import type { ApplicationService } from '@adonisjs/core/types'
import gameRegistry from '#game_kit/registry'
import { strategyGame } from './manifest.js'

/**
 * Registers the strategy game in the game registry. No side effects: the
 * co-op hub that runs its rooms is started by the core's hub provider.
 */
export default class StrategyProvider {
  constructor(protected app: ApplicationService) {}

  boot() {
    gameRegistry.register(strategyGame)
  }
}
