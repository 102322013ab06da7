import { column } from '@adonisjs/lucid/orm'
import { LevelProgressSchema } from '#database/schema'
import type { GameStateBase } from '#game_kit/types'

/**
 * A player's saved position on one level of one game: the game state, the
 * RNG where it stopped, and how the level went so far.
 */
export default class LevelProgress extends LevelProgressSchema {
  static table = 'level_progress'

  declare state: GameStateBase

  // PostgreSQL returns bigint columns as strings; the generator state fits a double.
  @column({ consume: (value: string | number) => Number(value) })
  declare rngState: number
}
