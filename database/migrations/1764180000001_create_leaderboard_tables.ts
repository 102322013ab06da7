import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Leaderboards. `leaderboard_scores` holds every player's score per board
 * (period: an ISO week like 2026-W48, or `all`; game: a slug or `global`),
 * kept up to date by the award job in its transaction; the index serves the
 * top of a board and "my rank" (players above me) as range scans.
 * `leaderboard_snapshots` keeps the computed top of each board.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('leaderboard_scores', (table) => {
      table.string('period', 10).notNullable()
      table.string('game_slug', 30).notNullable()
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.integer('score').notNullable()
      /** When the player reached this score: of two equal scores, the earlier ranks higher. */
      table.timestamp('reached_at').notNullable()
      /** The player opted out of leaderboards (users.show_on_leaderboards, copied here for the index). */
      table.boolean('hidden').notNullable().defaultTo(false)
      table.primary(['period', 'game_slug', 'user_id'])
      table.index(['period', 'game_slug', 'hidden', 'score', 'reached_at', 'user_id'], 'leaderboard_scores_rank_index')
      table.index(['user_id'])
    })

    this.schema.createTable('leaderboard_snapshots', (table) => {
      table.increments('id')
      table.string('period', 10).notNullable()
      table.string('game_slug', 30).notNullable()
      table.json('ranklist_json').notNullable()
      table.timestamp('computed_at').notNullable()
      table.unique(['period', 'game_slug'])
    })
  }

  async down() {
    this.schema.dropTable('leaderboard_snapshots')
    this.schema.dropTable('leaderboard_scores')
  }
}
