/**
 * Diagnostic preload for the server (`node --require bench/attempts/sql_census.cjs bin/server.js`,
 * used by `run.mjs --sql-census`): counts every SQLite statement the process prepares and runs,
 * with the time spent preparing and running it, grouped by SQL text. Between SIGUSR2 signals
 * (run.mjs sends one before and one after the measured attempts run) the counts are reset, then
 * written to $SQL_CENSUS_FILE as JSON. Only wraps better-sqlite3; PostgreSQL is not covered.
 */
const { writeFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { join } = require('node:path')

const requireFromApp = createRequire(join(process.cwd(), 'package.json'))
const Database = requireFromApp('better-sqlite3')
const out = process.env.SQL_CENSUS_FILE
let stats = new Map()
let recording = false

function entry(sql) {
  let e = stats.get(sql)
  if (!e) stats.set(sql, (e = { sql, prepares: 0, prepareMs: 0, runs: 0, runMs: 0, maxRunMs: 0 }))
  return e
}

const prepare = Database.prototype.prepare
Database.prototype.prepare = function (sql, ...rest) {
  const t0 = performance.now()
  const statement = prepare.call(this, sql, ...rest)
  if (recording) {
    const e = entry(sql)
    e.prepares++
    e.prepareMs += performance.now() - t0
  }
  for (const method of ['all', 'get', 'run', 'iterate']) {
    const original = statement[method]
    if (typeof original !== 'function') continue
    statement[method] = function (...args) {
      if (!recording) return original.apply(this, args)
      const t1 = performance.now()
      try {
        return original.apply(this, args)
      } finally {
        const e = entry(sql)
        const ms = performance.now() - t1
        e.runs++
        e.runMs += ms
        if (ms > e.maxRunMs) e.maxRunMs = ms
      }
    }
  }
  return statement
}

process.on('SIGUSR2', () => {
  if (!recording) {
    stats = new Map()
    recording = true
    return
  }
  recording = false
  const rows = [...stats.values()].sort((a, b) => b.prepareMs + b.runMs - (a.prepareMs + a.runMs))
  if (out) writeFileSync(out, JSON.stringify(rows, null, 1))
})
