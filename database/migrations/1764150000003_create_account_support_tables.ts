import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    /**
     * Accounts at OAuth providers linked to a user.
     */
    this.schema.createTable('oauth_identities', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().unsigned().references('id').inTable('users').onDelete('CASCADE')
      table.string('provider', 32).notNullable()
      table.string('provider_user_id', 191).notNullable()
      table.string('email', 254).nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
      table.unique(['provider', 'provider_user_id'])
      table.unique(['user_id', 'provider'])
    })

    /**
     * Single-use password reset tokens; only a SHA-256 of the token is kept.
     */
    this.schema.createTable('password_reset_tokens', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().unsigned().references('id').inTable('users').onDelete('CASCADE')
      table.string('token_hash', 64).notNullable().unique()
      table.timestamp('expires_at').notNullable()
      table.timestamp('used_at').nullable()
      table.timestamp('created_at').notNullable()
    })

    /**
     * Security-relevant account events (never secrets): sign-in, failures,
     * resets, token changes. Shown to the user and kept for audits.
     */
    this.schema.createTable('auth_events', (table) => {
      table.increments('id')
      table.integer('user_id').nullable().unsigned().references('id').inTable('users').onDelete('CASCADE')
      table.string('event', 48).notNullable()
      table.string('ip', 64).nullable()
      table.string('user_agent', 300).nullable()
      table.text('meta').nullable()
      table.timestamp('created_at').notNullable()
      table.index(['user_id', 'created_at'])
    })

    /**
     * Store of @adonisjs/limiter's database backend.
     */
    this.schema.createTable('rate_limits', (table) => {
      table.string('key', 255).notNullable().primary()
      table.integer('points', 9).notNullable().defaultTo(0)
      table.bigint('expire').unsigned()
    })
  }

  async down() {
    this.schema.dropTable('rate_limits')
    this.schema.dropTable('auth_events')
    this.schema.dropTable('password_reset_tokens')
    this.schema.dropTable('oauth_identities')
  }
}
