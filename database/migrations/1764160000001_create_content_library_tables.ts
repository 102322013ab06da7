import { BaseSchema } from '@adonisjs/lucid/schema'
import type { Knex } from 'knex'

/**
 * The content library: lexemes, grammar patterns, intents, phrases, and the
 * per-game overrides of the first, third and fourth (same columns plus the
 * game's slug). Rows have a natural key, a draft/published status and a
 * version raised on every change. Structured fields are JSON.
 */
export default class extends BaseSchema {
  async up() {
    const lifecycle = (table: Knex.CreateTableBuilder) => {
      table.string('status', 16).notNullable().defaultTo('published')
      table.integer('version').notNullable().defaultTo(1)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    }

    const lexemeColumns = (table: Knex.CreateTableBuilder) => {
      table.string('key', 120).notNullable()
      table.string('language', 8).notNullable()
      table.string('lemma', 80).notNullable()
      table.string('pos', 16).notNullable()
      table.json('forms').notNullable()
      table.boolean('uncountable').notNullable().defaultTo(false)
      table.integer('value').nullable()
      table.json('translations').notNullable()
      table.json('tags').notNullable()
      table.string('cefr', 2).notNullable()
      table.json('variants').notNullable()
      lifecycle(table)
    }

    const intentColumns = (table: Knex.CreateTableBuilder) => {
      table.string('key', 80).notNullable()
      table.json('slots').notNullable()
      table.json('verbs').notNullable()
      table.json('description').notNullable()
      lifecycle(table)
    }

    const phraseColumns = (table: Knex.CreateTableBuilder) => {
      table.string('key', 120).notNullable()
      table.string('intent_key', 80).notNullable()
      table.string('pattern_key', 80).notNullable()
      table.string('text', 300).notNullable()
      table.json('accepted').notNullable()
      table.json('translations').notNullable()
      lifecycle(table)
    }

    this.schema.createTable('lexemes', (table) => {
      table.increments('id')
      lexemeColumns(table)
      table.unique(['key'])
      table.index(['language', 'lemma'])
    })

    this.schema.createTable('grammar_patterns', (table) => {
      table.increments('id')
      table.string('key', 80).notNullable().unique()
      table.text('template').notNullable()
      table.json('title').notNullable()
      table.json('explanation').notNullable()
      table.json('examples').notNullable()
      table.json('catches').notNullable()
      table.string('cefr', 2).notNullable()
      lifecycle(table)
    })

    this.schema.createTable('intents', (table) => {
      table.increments('id')
      intentColumns(table)
      table.unique(['key'])
    })

    this.schema.createTable('phrases', (table) => {
      table.increments('id')
      phraseColumns(table)
      table.unique(['key'])
      table.index(['intent_key'])
    })

    this.schema.createTable('game_lexemes', (table) => {
      table.increments('id')
      table.string('game_slug', 40).notNullable()
      lexemeColumns(table)
      table.unique(['game_slug', 'key'])
    })

    this.schema.createTable('game_intents', (table) => {
      table.increments('id')
      table.string('game_slug', 40).notNullable()
      intentColumns(table)
      table.unique(['game_slug', 'key'])
    })

    this.schema.createTable('game_phrases', (table) => {
      table.increments('id')
      table.string('game_slug', 40).notNullable()
      phraseColumns(table)
      table.unique(['game_slug', 'key'])
    })
  }

  async down() {
    for (const table of ['game_phrases', 'game_intents', 'game_lexemes', 'phrases', 'intents', 'grammar_patterns', 'lexemes']) {
      this.schema.dropTable(table)
    }
  }
}
