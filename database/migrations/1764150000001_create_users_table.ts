import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id').notNullable()
      table.string('email', 254).notNullable().unique()
      // Null for accounts created through OAuth that never set a password.
      table.string('password').nullable()
      table.string('display_name', 80).notNullable()
      table.string('avatar_url', 500).nullable()
      table.string('role', 16).notNullable().defaultTo('player')
      table.string('locale', 8).notNullable().defaultTo('en')
      table.string('time_zone', 64).notNullable().defaultTo('UTC')
      table.timestamp('email_verified_at').nullable()
      // New address waiting for confirmation through a link sent to it.
      table.string('pending_email', 254).nullable()

      table.string('terms_version', 32).nullable()
      table.timestamp('terms_accepted_at').nullable()
      table.string('privacy_version', 32).nullable()
      table.timestamp('privacy_accepted_at').nullable()

      table.string('utm_source', 100).nullable()
      table.string('utm_medium', 100).nullable()
      table.string('utm_campaign', 100).nullable()

      table.boolean('voice_input').notNullable().defaultTo(true)
      table.boolean('voice_output').notNullable().defaultTo(true)
      table.boolean('notify_product_email').notNullable().defaultTo(true)
      table.boolean('notify_streak_email').notNullable().defaultTo(true)
      table.boolean('notify_weekly_email').notNullable().defaultTo(true)
      table.boolean('notify_in_app').notNullable().defaultTo(true)
      table.boolean('profile_public').notNullable().defaultTo(true)
      table.boolean('show_on_leaderboards').notNullable().defaultTo(true)

      // Raised to sign out every other session (see auth_epoch in the session).
      table.integer('session_epoch').notNullable().defaultTo(0)

      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
