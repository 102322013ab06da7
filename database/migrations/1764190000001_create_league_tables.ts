import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Weekly leagues. A player's tier lives on the profile (1 = the lowest).
 * On their first XP of a week a player joins a cohort of their tier and
 * time-zone bucket (`league_members`); the weekly settlement ranks each
 * cohort once it ended, writes one `league_results` row per player and
 * week, and moves tiers.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      /** The player takes part in weekly leagues (settings). */
      table.boolean('join_leagues').notNullable().defaultTo(true)
    })
    this.schema.alterTable('user_profiles', (table) => {
      table.integer('league_tier').notNullable().defaultTo(1)
    })

    this.schema.createTable('league_cohorts', (table) => {
      table.increments('id')
      /** The ISO week in the bucket's own offset: the cohort's week. */
      table.string('week', 10).notNullable()
      table.integer('tier').notNullable()
      /** The UTC offset in hours every member's week ends at (see leagueBucketOf). */
      table.integer('tz_bucket').notNullable()
      table.timestamp('ends_at').notNullable()
      table.integer('members_count').notNullable().defaultTo(0)
      table.timestamp('settled_at').nullable()
      table.timestamp('created_at').notNullable()
      table.index(['week', 'tier', 'tz_bucket', 'members_count'], 'league_cohorts_open_index')
      table.index(['settled_at', 'ends_at'], 'league_cohorts_due_index')
    })

    this.schema.createTable('league_members', (table) => {
      table.integer('cohort_id').unsigned().notNullable().references('league_cohorts.id').onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('week', 10).notNullable()
      table.integer('xp').notNullable().defaultTo(0)
      /** When the player reached this XP: of two equal totals, the earlier ranks higher. */
      table.timestamp('reached_at').notNullable()
      /** When the cohort ends (copied from it): the award job finds a running membership by index. */
      table.timestamp('ends_at').notNullable()
      table.primary(['cohort_id', 'user_id'])
      /** One cohort per player and week. */
      table.unique(['user_id', 'week'])
      table.index(['user_id', 'ends_at'])
    })

    this.schema.createTable('league_results', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('week', 10).notNullable()
      table.integer('cohort_id').notNullable()
      /** The tier played in, the final rank in the cohort, and what it led to. */
      table.integer('tier').notNullable()
      table.integer('rank').notNullable()
      table.integer('xp').notNullable()
      table.string('outcome', 10).notNullable()
      table.integer('new_tier').notNullable()
      table.timestamp('created_at').notNullable()
      /** When the player was told (live and by mail); null: not yet. */
      table.timestamp('notified_at').nullable()
      /** Settlement writes each player's week once, however often it runs. */
      table.unique(['user_id', 'week'])
      table.index(['notified_at'])
    })
  }

  async down() {
    this.schema.dropTable('league_results')
    this.schema.dropTable('league_members')
    this.schema.dropTable('league_cohorts')
    this.schema.alterTable('user_profiles', (table) => table.dropColumn('league_tier'))
    this.schema.alterTable('users', (table) => table.dropColumn('join_leagues'))
  }
}
