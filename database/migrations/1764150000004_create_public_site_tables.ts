import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    /**
     * One row per post and language; posts in several languages share a slug.
     */
    this.schema.createTable('blog_posts', (table) => {
      table.increments('id')
      table.string('slug', 120).notNullable()
      table.string('locale', 8).notNullable()
      table.string('title', 200).notNullable()
      table.string('excerpt', 400).notNullable()
      table.text('body').notNullable()
      table.string('author_name', 80).notNullable()
      table.string('status', 16).notNullable().defaultTo('draft')
      table.timestamp('published_at').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
      table.unique(['slug', 'locale'])
      table.index(['locale', 'status', 'published_at'])
    })

    this.schema.createTable('contact_messages', (table) => {
      table.increments('id')
      table.integer('user_id').nullable().unsigned().references('id').inTable('users').onDelete('SET NULL')
      table.string('name', 100).notNullable()
      table.string('email', 254).notNullable()
      table.string('topic', 32).notNullable()
      table.text('message').notNullable()
      table.string('locale', 8).notNullable()
      table.string('ip', 64).nullable()
      table.timestamp('handled_at').nullable()
      table.timestamp('created_at').notNullable()
    })

    /**
     * Outgoing mail kept when no SMTP server is configured (dev mailbox).
     */
    this.schema.createTable('stored_mails', (table) => {
      table.increments('id')
      table.string('from_address', 254).notNullable()
      table.text('to_addresses').notNullable()
      table.string('subject', 300).notNullable()
      table.text('html').nullable()
      table.text('text').nullable()
      table.timestamp('created_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable('stored_mails')
    this.schema.dropTable('contact_messages')
    this.schema.dropTable('blog_posts')
  }
}
