#!/usr/bin/env node
/**
 * Creates the benchmark's players and one API token each, in the database the
 * environment points at, through the app itself (booted like bin/console.js, in the
 * `console` environment: no HTTP server, no queue worker).
 *
 *   node bench/attempts/make_tokens.mjs --app <build dir> --users 2000 --out tokens.json [--prefix bench]
 *
 * Users: bench-<n>@bench.parley.invalid, verified, no password (no hashing: fast).
 * Tokens: `User.accessTokens.create(user, ['*'], { name: 'bench' })`, the same call as
 * POST /api/auth/tokens, so the rows have the package's exact format (prefix `prl_`).
 * Writes the plain token values (JSON array) to --out. Run by bench/attempts/run.mjs.
 */

import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { bootApp } from './boot_app.mjs'

const { values: opts } = parseArgs({
  options: {
    app: { type: 'string' },
    users: { type: 'string', default: '2000' },
    out: { type: 'string' },
    prefix: { type: 'string', default: 'bench' },
  },
})
if (!opts.app || !opts.out) {
  console.error('usage: make_tokens.mjs --app <build dir> --users N --out <file>')
  process.exit(2)
}
const count = Number(opts.users)

const { app, inBuild } = await bootApp(opts.app)

try {
  const { default: User } = await import(inBuild('app/models/user.js'))
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { parleyConfig } = await import(inBuild('config/parley.js'))
  const { DateTime } = await import('luxon')

  const t0 = performance.now()
  const now = DateTime.now()
  const rows = Array.from({ length: count }, (_, i) => ({
    email: `${opts.prefix}-${i + 1}@bench.parley.invalid`,
    password: null,
    displayName: `Bench Player ${i + 1}`,
    avatarUrl: null,
    role: 'player',
    locale: 'en',
    timeZone: 'UTC',
    emailVerifiedAt: now,
    termsVersion: parleyConfig.legal.termsVersion,
    termsAcceptedAt: now,
    privacyVersion: parleyConfig.legal.privacyVersion,
    privacyAcceptedAt: now,
  }))
  // Users in batches of 500, one transaction each (createMany runs the model hooks).
  const users = []
  for (let i = 0; i < rows.length; i += 500) {
    const batch = await db.transaction((trx) => User.createMany(rows.slice(i, i + 500), { client: trx }))
    users.push(...batch)
  }
  const t1 = performance.now()

  // Tokens through the provider (it inserts with its own client; a few at a time for PostgreSQL).
  const tokens = new Array(users.length)
  let next = 0
  const worker = async () => {
    while (next < users.length) {
      const index = next++
      const token = await User.accessTokens.create(users[index], ['*'], { name: 'bench' })
      tokens[index] = token.value.release()
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  const t2 = performance.now()

  writeFileSync(opts.out, JSON.stringify(tokens))
  console.log(
    `  ${users.length} users (${((t1 - t0) / 1000).toFixed(1)} s), ${tokens.length} tokens (${((t2 - t1) / 1000).toFixed(1)} s), ids ${users[0].id}–${users.at(-1).id}`
  )
} finally {
  await app.terminate()
}
