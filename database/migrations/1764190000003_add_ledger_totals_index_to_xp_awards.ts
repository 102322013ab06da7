import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Covers the ledger totals a leaderboard rebuild reads (XP and last award
 * per player and game, in a period): the index alone answers it, in key
 * order. At 1,000,000 awards on SQLite the all-time totals went from 3.5 s
 * (a table lookup per award, then a sort) to 0.3 s.
 */
export default class extends BaseSchema {
  protected tableName = 'xp_awards'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.index(['user_id', 'game_slug', 'created_at', 'amount'], 'xp_awards_ledger_totals_index')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropIndex(['user_id', 'game_slug', 'created_at', 'amount'], 'xp_awards_ledger_totals_index')
    })
  }
}
