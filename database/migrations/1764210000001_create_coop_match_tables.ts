import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Co-op matches: one row per match id (from the embedded hub or an
 * external one), with its replay log, and one row per player with what they
 * did. Both are written once: a match id seen again changes nothing.
 * `awarded_at` keeps each player's XP once, as `attempts.awarded_at` does
 * for solo play. Co-op wins count towards badges on the profile.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('coop_matches', (table) => {
      table.string('id', 64).primary()
      table.string('game_slug', 30).notNullable()
      table.integer('level').notNullable()
      table.string('room_code', 12).nullable()
      /** The hub process that ran it, or `external` for results posted by another hub. */
      table.string('node', 120).notNullable()
      table.string('outcome', 12).notNullable()
      table.integer('ticks').notNullable().defaultTo(0)
      table.timestamp('started_at').notNullable()
      table.timestamp('ended_at').notNullable()
      /** Seed, seats and every order per tick (app/realtime/replay.ts); null for external hubs that send none. */
      table.json('replay').nullable()
      table.timestamp('created_at').notNullable()
      table.index(['game_slug', 'level', 'ended_at'])
    })

    this.schema.createTable('coop_match_players', (table) => {
      table.increments('id')
      table.string('match_id', 64).notNullable().references('coop_matches.id').onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.integer('seat').notNullable()
      table.string('name', 80).notNullable()
      table.integer('commands').notNullable()
      table.integer('passed').notNullable()
      table.integer('accepted').notNullable()
      table.float('accuracy').notNullable()
      table.integer('score').notNullable()
      table.timestamp('awarded_at').nullable()
      table.unique(['match_id', 'user_id'])
      table.index(['user_id', 'match_id'])
    })

    this.schema.alterTable('user_profiles', (table) => {
      table.integer('coop_matches').notNullable().defaultTo(0)
      table.integer('coop_wins').notNullable().defaultTo(0)
    })
  }

  async down() {
    this.schema.alterTable('user_profiles', (table) => {
      table.dropColumn('coop_matches')
      table.dropColumn('coop_wins')
    })
    this.schema.dropTable('coop_match_players')
    this.schema.dropTable('coop_matches')
  }
}
