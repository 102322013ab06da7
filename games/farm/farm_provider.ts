import type { ApplicationService } from '@adonisjs/core/types'
import gameRegistry from '#game_kit/registry'
import { farmGame } from './manifest.js'

/**
 * Registers the farm in the game registry. No side effects: safe for
 * `node ace` commands.
 */
export default class FarmProvider {
  constructor(protected app: ApplicationService) {}

  boot() {
    gameRegistry.register(farmGame)
  }
}
