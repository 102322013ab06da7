import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'
import { dataDir } from '#config/app'
import { resolveInApp } from '#start/env_rules'

/**
 * The SQLite file: DB_FILE, or parley.sqlite3 in the data folder. Each test
 * run gets its own file instead (removed by tests/bootstrap.ts), whatever
 * the shell says: runs never touch the development database, nor each other.
 */
export const sqlitePath = app.inTest
  ? join(app.tmpPath('test'), `parley-${process.pid}.sqlite3`)
  : resolveInApp(env.get('DB_FILE') ?? join(dataDir, 'parley.sqlite3'))
mkdirSync(dirname(sqlitePath), { recursive: true })

const migrations = {
  naturalSort: true,
  paths: ['database/migrations'],
}

/**
 * `migration:run` rewrites database/schema.ts (the column classes models
 * extend). Test runs migrate too, and must leave the committed file alone.
 */
const schemaGeneration = {
  enabled: !app.inTest,
  rulesPaths: ['./database/schema_rules.js'],
  excludeTables: ['rate_limits'],
}

/**
 * knex prepares every statement again on each query; preparing costs
 * 7–30 µs, often more than running it. The queries of an app are few and
 * repeat, so the connection keeps its most recent 1,000 statements. SQLite
 * re-prepares a cached statement by itself after a schema change.
 */
function cachePreparedStatements(connection: { prepare: (sql: string) => any }, limit = 1000) {
  const prepare = connection.prepare.bind(connection)
  const statements = new Map<string, any>()
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql)
    if (statement) {
      statements.delete(sql)
    } else {
      statement = prepare(sql)
      if (statements.size >= limit) statements.delete(statements.keys().next().value!)
    }
    statements.set(sql, statement)
    // A query may have switched it to BigInt results; every use starts from the default.
    return statement.safeIntegers(false)
  }
}

const dbConfig = defineConfig({
  connection: env.get('DB_CONNECTION'),
  prettyPrintDebugQueries: true,
  connections: {
    sqlite: {
      client: 'better-sqlite3',
      connection: {
        filename: sqlitePath,
      },
      useNullAsDefault: true,
      pool: {
        afterCreate: (connection: any, done: (error: Error | null, connection: any) => void) => {
          // WAL lets readers run while a write is in progress; SQLite leaves
          // foreign keys off unless asked, per connection. In WAL mode,
          // synchronous=NORMAL syncs at checkpoints instead of every commit
          // (a commit costs ~15 µs instead of ~160 µs here): a crash of the
          // app loses nothing, a power cut at most the last commits, and the
          // database is never corrupted.
          connection.pragma('journal_mode = WAL')
          connection.pragma('synchronous = NORMAL')
          connection.pragma('foreign_keys = ON')
          connection.pragma('busy_timeout = 5000')
          cachePreparedStatements(connection)
          done(null, connection)
        },
      },
      migrations,
      schemaGeneration,
    },
    pg: {
      client: 'pg',
      connection: {
        host: env.get('DB_HOST', '127.0.0.1'),
        port: env.get('DB_PORT', 5432),
        user: env.get('DB_USER', 'postgres'),
        password: env.get('DB_PASSWORD'),
        database: env.get('DB_DATABASE', 'parley'),
      },
      migrations,
      schemaGeneration,
    },
  },
})

export default dbConfig
