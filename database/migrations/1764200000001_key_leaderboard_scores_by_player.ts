import { BaseSchema } from '@adonisjs/lucid/schema'
import type { Knex } from 'knex'

/**
 * `leaderboard_scores` made cheaper to write, for the rebuild (540,000
 * scores at 100,000 players: the writes were nine tenths of its time on
 * PostgreSQL):
 * - keyed by player first, (user_id, period, game_slug): still one score
 *   per board and player (the award job's upsert), and it now serves the
 *   reads by player (the privacy setting), so the separate `user_id` index
 *   goes;
 * - no foreign key to `users`: the table is derived from the XP ledger
 *   like the Redis index, and the per-row check (a lookup and a row lock on
 *   `users`) was a third of each insert. A cascade could not keep the score
 *   counts and Redis right anyway; `leaderboard:rebuild` drops the scores
 *   of players the ledger no longer has.
 * SQLite cannot change a primary key in place, so the table is copied on
 * both databases, in the migration's transaction.
 */
export default class extends BaseSchema {
  async up() {
    await this.#recreate({ foreignKey: false }, (table) => table.primary(['user_id', 'period', 'game_slug']), ['leaderboard_scores_user_id_index'])
  }

  async down() {
    await this.#recreate({ foreignKey: true }, (table) => {
      table.primary(['period', 'game_slug', 'user_id'])
      table.index(['user_id'])
    }, [])
  }

  /** The table again with other keys, its rows copied. */
  async #recreate(shape: { foreignKey: boolean }, keys: (table: Knex.CreateTableBuilder) => void, extraIndexes: string[]) {
    const previous = 'leaderboard_scores_previous'
    this.schema.renameTable('leaderboard_scores', previous)
    // Index names belong to the schema, not the table: free them for the new table.
    for (const index of ['leaderboard_scores_rank_index', ...extraIndexes]) this.schema.raw(`drop index ${index}`)
    if (this.db.dialect.name === 'postgres') this.schema.raw(`alter table ${previous} drop constraint leaderboard_scores_pkey`)
    this.schema.createTable('leaderboard_scores', (table) => {
      table.string('period', 10).notNullable()
      table.string('game_slug', 30).notNullable()
      const userId = table.integer('user_id').unsigned().notNullable()
      if (shape.foreignKey) userId.references('users.id').onDelete('CASCADE')
      table.integer('score').notNullable()
      /** When the player reached this score: of two equal scores, the earlier ranks higher. */
      table.timestamp('reached_at').notNullable()
      /** The player opted out of leaderboards (users.show_on_leaderboards, copied here for the index). */
      table.boolean('hidden').notNullable().defaultTo(false)
      keys(table)
      table.index(['period', 'game_slug', 'hidden', 'score', 'reached_at', 'user_id'], 'leaderboard_scores_rank_index')
    })
    this.schema.raw(
      `insert into leaderboard_scores (period, game_slug, user_id, score, reached_at, hidden)
       select period, game_slug, user_id, score, reached_at, hidden from ${previous}`
    )
    this.schema.dropTable(previous)
  }
}
