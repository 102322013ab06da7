import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Solo play and progress: a row per attempt, the saved position per
 * (player, game, level), the player's profile (XP, level, streak), the XP
 * ledger whose unique keys make awards idempotent, daily activity in the
 * player's own calendar, and badges.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('attempts', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('game_slug', 30).notNullable()
      table.integer('level').notNullable()
      table.string('utterance', 300).notNullable()
      table.string('input_mode', 8).notNullable()
      table.boolean('passed').notNullable()
      table.integer('score').notNullable()
      table.json('feedback').notNullable()
      table.json('intent').nullable()
      table.boolean('game_accepted').notNullable().defaultTo(false)
      table.string('refusal', 60).nullable()
      /** The player's n-th attempt on this level (1 = first try). */
      table.integer('attempt_number').notNullable()
      table.integer('hints_used').notNullable().defaultTo(0)
      /** Indexes of the level's goals this attempt met for the first time. */
      table.json('goals_met').notNullable()
      table.boolean('level_completed').notNullable().defaultTo(false)
      table.timestamp('awarded_at').nullable()
      table.timestamp('created_at').notNullable()
      table.index(['user_id', 'created_at'])
      table.index(['user_id', 'game_slug', 'level'])
    })

    this.schema.createTable('level_progress', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('game_slug', 30).notNullable()
      table.integer('level').notNullable()
      table.json('state').notNullable()
      table.bigInteger('rng_state').notNullable()
      table.integer('attempts_count').notNullable().defaultTo(0)
      table.integer('passed_count').notNullable().defaultTo(0)
      table.integer('best_score').notNullable().defaultTo(0)
      table.integer('hints_used').notNullable().defaultTo(0)
      /** First time the level was completed; a restart keeps it (the next level stays open). */
      table.timestamp('completed_at').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
      table.unique(['user_id', 'game_slug', 'level'])
    })

    this.schema.createTable('user_profiles', (table) => {
      table.integer('user_id').unsigned().primary().references('users.id').onDelete('CASCADE')
      table.integer('xp').notNullable().defaultTo(0)
      table.integer('level').notNullable().defaultTo(1)
      table.integer('streak').notNullable().defaultTo(0)
      table.integer('longest_streak').notNullable().defaultTo(0)
      /** The last day (ISO date in the player's zone) the daily goal was reached. */
      table.string('streak_day', 10).nullable()
      table.integer('daily_goal_xp').notNullable().defaultTo(20)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })

    this.schema.createTable('xp_awards', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      /** What was awarded, once: `goal:farm:2:0`, `complete:farm:2`, `practice:<attempt id>`. */
      table.string('award_key', 120).notNullable()
      table.integer('attempt_id').unsigned().nullable().references('attempts.id').onDelete('SET NULL')
      table.string('game_slug', 30).nullable()
      table.string('reason', 20).notNullable()
      table.integer('amount').notNullable()
      table.string('day', 10).notNullable()
      table.timestamp('created_at').notNullable()
      table.unique(['user_id', 'award_key'])
      table.index(['created_at'])
      table.index(['user_id', 'day'])
    })

    this.schema.createTable('daily_activity', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('day', 10).notNullable()
      table.integer('xp').notNullable().defaultTo(0)
      table.integer('attempts').notNullable().defaultTo(0)
      table.boolean('goal_reached').notNullable().defaultTo(false)
      table.unique(['user_id', 'day'])
    })

    this.schema.createTable('achievements', (table) => {
      table.string('key', 60).primary()
      table.json('title').notNullable()
      table.json('description').notNullable()
      table.string('icon', 30).notNullable()
      table.json('rule').notNullable()
      table.integer('sort_order').notNullable().defaultTo(0)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })

    this.schema.createTable('user_achievements', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('achievement_key', 60).notNullable().references('achievements.key').onDelete('CASCADE')
      table.timestamp('earned_at').notNullable()
      table.unique(['user_id', 'achievement_key'])
    })
  }

  async down() {
    for (const table of ['user_achievements', 'achievements', 'daily_activity', 'xp_awards', 'user_profiles', 'level_progress', 'attempts']) {
      this.schema.dropTable(table)
    }
  }
}
