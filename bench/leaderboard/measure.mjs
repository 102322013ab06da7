#!/usr/bin/env node
/**
 * One configuration of the leaderboard benchmark, inside the app: boots the production build
 * (bench/attempts/boot_app.mjs, `console` environment) against the database and store the
 * environment names, seeds the players and the XP ledger, times the full recompute
 * (`rebuildBoards` + `refreshSnapshots` on six boards: this week and all time × global, farm,
 * strategy) on empty boards and again over the built ones, then "my rank"
 * (`leaderboardStore().standing`) for random players against a primary-key read of the same
 * row, and `top(board, 100)`, and explains standing()'s statements. Writes the figures as JSON to
 * --out. Run by bench/leaderboard/run.mjs with a migrated, empty database; prints progress as it
 * goes.
 *
 *   node bench/leaderboard/measure.mjs --app <build copy> --mode sqlite|pg|redis --out figures.json
 *     [--players 100000] [--events 1000000] [--samples 5000] [--warmup 200] [--seed 42]
 */

import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { bootApp } from '../attempts/boot_app.mjs'
import { drawEvents, EVENT_CHUNK, GAMES, rng, seedEventChunk, seedPlayers } from './seed.mjs'

const { values: opts } = parseArgs({
  options: {
    app: { type: 'string' },
    mode: { type: 'string' },
    out: { type: 'string' },
    players: { type: 'string', default: '100000' },
    events: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
  },
})
if (!opts.app || !opts.out || !['sqlite', 'pg', 'redis'].includes(opts.mode)) {
  console.error('usage: measure.mjs --app <build dir> --mode sqlite|pg|redis --out <file>')
  process.exit(2)
}
const PLAYERS = Number(opts.players)
const EVENTS = Number(opts.events)
const SAMPLES = Number(opts.samples)
const WARMUP = Number(opts.warmup)
const SEED = Number(opts.seed)
const TOP_RUNS = 200

const { app, inBuild } = await bootApp(opts.app)
let exitCode = 0
try {
  const result = await main()
  writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n')
} catch (error) {
  console.error(`[measure] ${truncateMiddle(String(error?.stack ?? error), 3000)}`)
  exitCode = 1
} finally {
  await app.terminate()
}
process.exit(exitCode)

async function main() {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { DateTime } = await import('luxon')
  const { rebuildBoards } = await import(inBuild('app/actions/leaderboards/rebuild_boards.js'))
  const { refreshSnapshots, currentBoards } = await import(inBuild('app/actions/leaderboards/refresh_snapshots.js'))
  const { leaderboardStore, leaderboardIndex } = await import(inBuild('app/queries/leaderboard_store.js'))
  const { ALL_TIME, GLOBAL_BOARD, isoWeekOf, weekBounds } = await import(inBuild('app/services/leaderboard_periods.js'))
  const { default: transmit } = await import('@adonisjs/transmit/services/main')

  const dialect = db.connection().dialect.name === 'postgres' ? 'pg' : 'sqlite'
  const store = leaderboardStore()
  const index = leaderboardIndex()
  const expectRedis = opts.mode === 'redis'
  if (Boolean(index) !== expectRedis) throw new Error(`mode ${opts.mode} but the app's leaderboard store is ${store.constructor.name} (LEADERBOARD_STORE, REDIS_HOST)`)
  if ((dialect === 'pg') !== (opts.mode !== 'sqlite')) throw new Error(`mode ${opts.mode} but the app's database is ${dialect} (DB_CONNECTION)`)

  // Pushes to open pages are not part of the figures, and with Redis Transmit would publish
  // them on a channel every Parley process on that Redis hears (pub/sub ignores REDIS_DB).
  let broadcasts = 0
  transmit.broadcast = () => {
    broadcasts += 1
  }

  const now = DateTime.utc()
  const week = isoWeekOf(now)
  const { start: weekStart } = weekBounds(week)
  // The app's boards (what `leaderboard:rebuild` and the refresh schedule recompute), plus the
  // boards of seeded games the registry does not list yet: this week and all time × global and
  // each game.
  const appBoards = currentBoards(now)
  const games = [...new Set([...appBoards.map((b) => b.gameSlug).filter((g) => g !== GLOBAL_BOARD), ...GAMES])]
  const unregistered = games.filter((g) => !appBoards.some((b) => b.gameSlug === g))
  const boards = [week, ALL_TIME].flatMap((period) => [GLOBAL_BOARD, ...games].map((gameSlug) => ({ period, gameSlug })))
  const result = {
    mode: opts.mode,
    store: store.constructor.name,
    database: dialect,
    players: PLAYERS,
    events: EVENTS,
    seed: SEED,
    week,
    boards: boards.map((b) => `${b.period}/${b.gameSlug}`),
    appBoards: appBoards.map((b) => `${b.period}/${b.gameSlug}`),
    unregisteredGames: unregistered,
  }
  console.log(`  app booted: ${dialect === 'pg' ? 'PostgreSQL' : 'SQLite'}, store ${result.store}; week ${week}, boards ${result.boards.join(', ')}`)
  if (unregistered.length) {
    console.log(`  note: ${unregistered.join(', ')} not in gameRegistry (currentBoards() has ${appBoards.length} boards); recomputed too: XP of every seeded game counts`)
  }

  /* ---------------------------------------------------------------------------------------- */
  /* 1. Seed                                                                                  */
  /* ---------------------------------------------------------------------------------------- */

  step(`Seeding ${fmt(PLAYERS)} players and ${fmt(EVENTS)} XP events`)
  const seedStart = performance.now()
  const seedCpu = cpuWindow()
  await db.transaction((trx) => seedPlayers(trx, { dialect, players: PLAYERS, createdAt: formatFor(dialect, weekStart.minus({ weeks: 13 })) }))
  const playersMs = performance.now() - seedStart
  console.log(`  players: ${fmt(PLAYERS)} in ${sec(playersMs)}`)
  const drawStart = performance.now()
  const draw = drawEvents({ players: PLAYERS, events: EVENTS, seed: SEED, weekStartS: Math.floor(weekStart.toSeconds()), nowS: Math.floor(now.toSeconds()) })
  console.log(`  events drawn (seeded RNG ${SEED}, sorted by time) in ${sec(performance.now() - drawStart)}`)
  const eventsStart = performance.now()
  for (let from = 0; from < draw.length; from += EVENT_CHUNK) {
    await db.transaction((trx) => seedEventChunk(trx, { dialect, draw, from }))
    const done = Math.min(draw.length, from + EVENT_CHUNK)
    const elapsed = performance.now() - eventsStart
    console.log(`  events ${fmt(done).padStart(9)} / ${fmt(draw.length)}  ${sec(elapsed).padStart(7)}  ${fmt(done / (elapsed / 1000))} rows/s`)
  }
  const eventsMs = performance.now() - eventsStart
  let analyzeMs = 0
  if (dialect === 'pg') {
    // A live PostgreSQL has statistics and a visibility map (autovacuum); a bulk load has neither yet.
    const t = performance.now()
    await db.rawQuery('vacuum analyze users')
    await db.rawQuery('vacuum analyze xp_awards')
    analyzeMs = performance.now() - t
    console.log(`  VACUUM ANALYZE users, xp_awards: ${sec(analyzeMs)} (not counted in the seed time)`)
  }
  const seedMs = playersMs + eventsMs
  const count = async (table, where = (q) => q) => Number((await where(db.from(table)).count('* as n'))[0].n)
  const weekFrom = formatFor(dialect, weekStart)
  const seeded = {
    users: await count('users'),
    xpAwards: await count('xp_awards'),
    xpAwardsThisWeek: await count('xp_awards', (q) => q.where('created_at', '>=', weekFrom)),
    hiddenPlayers: await count('users', (q) => q.where('show_on_leaderboards', false)),
    playersWithXp: Number((await db.from('xp_awards').countDistinct('user_id as n'))[0].n),
  }
  if (seeded.users !== PLAYERS || seeded.xpAwards !== EVENTS) throw new Error(`seeded ${seeded.users} users and ${seeded.xpAwards} XP events, expected ${PLAYERS} and ${EVENTS}`)
  console.log(
    `  seeded in ${sec(seedMs)} (players ${sec(playersMs)}, events ${sec(eventsMs)} = ${fmt(EVENTS / (eventsMs / 1000))} rows/s); ` +
      `check: ${fmt(seeded.users)} users (${fmt(seeded.hiddenPlayers)} hidden), ${fmt(seeded.xpAwards)} events, ` +
      `${pct(seeded.xpAwardsThisWeek / seeded.xpAwards)} this week, ${fmt(seeded.playersWithXp)} players with XP`
  )
  const seedCpuUse = seedCpu()
  console.log(`  ${cpuLine(seedCpuUse)}`)
  result.seed = { cpu: seedCpuUse, ms: round(seedMs), playersMs: round(playersMs), eventsMs: round(eventsMs), eventsPerSecond: Math.round(EVENTS / (eventsMs / 1000)), analyzeMs: round(analyzeMs), counts: seeded }

  /* ---------------------------------------------------------------------------------------- */
  /* 2. Full recompute                                                                        */
  /* ---------------------------------------------------------------------------------------- */

  // On PostgreSQL the rebuild writes two boards at once, each on its own connection: their SQL
  // times add up to more than the wall time, and "outside SQL" means nothing.
  const SQL_SUM = dialect === 'pg' ? 'summed over two connections' : 'one connection'
  const outsideSql = (wallMs, sqlMs) => (dialect === 'pg' ? `wall time ${sec(wallMs)}` : `outside SQL ${sec(wallMs - sqlMs)}`)
  step(`Full recompute: rebuildBoards(${boards.length} boards)${index ? ' (+ Redis reload of each board)' : ''}, then refreshSnapshots`)
  /**
   * rebuildBoards' progress callback, into `list`: when each board was finished, and the time since
   * the one before. Not per named board: on PostgreSQL two boards are written at once, so they do
   * not finish in the order given.
   */
  const progressInto = (list) => {
    let start
    let last
    return (done, total) => {
      const t = performance.now()
      if (done === 0) start = t
      else {
        list.push({ done, atMs: round(t - start), sinceLastMs: round(t - last) })
        console.log(`  ${done}/${total} boards  at ${sec(t - start).padStart(7)}  (+${sec(t - last)})`)
      }
      last = t
    }
  }
  const perBoard = []
  const onProgress = progressInto(perBoard)
  const sql = sqlTimer(db.connection().getWriteClient())
  let recomputeCpu = cpuWindow()
  let rebuildStart = performance.now()
  let rebuilt
  let failure = null
  try {
    rebuilt = await rebuildBoards(boards, onProgress)
  } catch (error) {
    // SQLite takes at most 500 terms in a compound SELECT (SQLITE_MAX_COMPOUND_SELECT), and knex
    // writes an SQLite multi-row insert as `insert … select … union all select …`: the app's
    // 2,000-row chunks cannot be inserted. Recorded, then measured with 500-row statements.
    if (dialect !== 'sqlite' || !/too many terms in compound SELECT/.test(String(error?.message))) throw error
    const board = boards[perBoard.length] ?? boards[0]
    failure = {
      board: `${board.period}/${board.gameSlug}`,
      afterMs: round(performance.now() - rebuildStart),
      error: `SqliteError: … ${String(error.message).slice(-60).replace(/^.*? - /, '')}`,
      cause: "rebuild_boards.ts inserts leaderboard_scores in multiInsert chunks of 2,000 rows; knex's SQLite compiler writes them as one `insert … select … union all select …` and SQLite allows 500 terms per compound SELECT",
      workaround: 'bench-side patch: InsertQueryBuilder.multiInsert split into statements of 500 rows (the same rows, order and transaction) for the timed run',
    }
    console.log(`  ⚠ rebuildBoards FAILED on ${failure.board} after ${sec(failure.afterMs)}: ${failure.error}`)
    console.log(`    cause: ${failure.cause}`)
    console.log(`    measuring with a ${failure.workaround}`)
    await splitSqliteMultiInserts(500)
    perBoard.length = 0
    sql.reset()
    recomputeCpu = cpuWindow()
    rebuildStart = performance.now()
    rebuilt = await rebuildBoards(boards, onProgress)
  }
  const rebuildMs = performance.now() - rebuildStart
  const rebuildSql = sql.stop()
  const refreshStart = performance.now()
  const refreshed = await refreshSnapshots(boards)
  const refreshMs = performance.now() - refreshStart
  const recomputeCpuUse = recomputeCpu()
  const rows = {}
  for (const board of boards) rows[`${board.period}/${board.gameSlug}`] = await count('leaderboard_scores', (q) => q.where({ period: board.period, game_slug: board.gameSlug }))
  const sqlMs = Object.values(rebuildSql).reduce((sum, k) => sum + k.ms, 0)
  console.log(
    `  SQL during rebuildBoards (time from sending to answer, ${SQL_SUM}): ${Object.entries(rebuildSql)
      .map(([kind, k]) => `${kind} ${sec(k.ms)} (${fmt(k.count)})`)
      .join(', ')}; ${outsideSql(rebuildMs, sqlMs)}${index ? ' (incl. the Redis reloads)' : ''}`
  )
  console.log(
    `  rebuildBoards ${sec(rebuildMs)} (${fmt(rebuilt.rows)} scores on ${rebuilt.boards} boards), refreshSnapshots ${sec(refreshMs)} ` +
      `(${refreshed.changed} changed, ${broadcasts} pushes not sent) → total ${sec(rebuildMs + refreshMs)}`
  )
  console.log(`  ${cpuLine(recomputeCpuUse)}`)
  result.recompute = { cpu: recomputeCpuUse, totalMs: round(rebuildMs + refreshMs), rebuildMs: round(rebuildMs), refreshMs: round(refreshMs), scoreRows: rebuilt.rows, boardsFinished: perBoard, rowsPerBoard: rows, sql: rebuildSql, sqlSummedMs: round(sqlMs), failure }

  // A repair on a live database recomputes boards that exist: the same recompute again. The
  // rebuild reads each board back and writes only the scores that differ (none here), and with
  // Redis still reloads every board.
  step('Full recompute again, over the boards just built (what a repair on a live database does)')
  {
    const againBoards = []
    const againSql = sqlTimer(db.connection().getWriteClient())
    const againCpu = cpuWindow()
    const t0 = performance.now()
    const again = await rebuildBoards(boards, progressInto(againBoards))
    const againRebuildMs = performance.now() - t0
    const againSqlByKind = againSql.stop()
    const t1 = performance.now()
    await refreshSnapshots(boards)
    const againRefreshMs = performance.now() - t1
    const againCpuUse = againCpu()
    const againSqlMs = Object.values(againSqlByKind).reduce((sum, k) => sum + k.ms, 0)
    console.log(
      `  SQL during rebuildBoards: ${Object.entries(againSqlByKind)
        .map(([kind, k]) => `${kind} ${sec(k.ms)} (${fmt(k.count)})`)
        .join(', ')}; ${outsideSql(againRebuildMs, againSqlMs)}`
    )
    console.log(`  rebuildBoards ${sec(againRebuildMs)} (${fmt(again.rows)} scores), refreshSnapshots ${sec(againRefreshMs)} → total ${sec(againRebuildMs + againRefreshMs)}`)
    console.log(`  ${cpuLine(againCpuUse)}`)
    result.recompute.again = {
      cpu: againCpuUse,
      totalMs: round(againRebuildMs + againRefreshMs),
      rebuildMs: round(againRebuildMs),
      refreshMs: round(againRefreshMs),
      scoreRows: again.rows,
      boardsFinished: againBoards,
      sql: againSqlByKind,
      sqlSummedMs: round(againSqlMs),
    }
  }

  if (index) {
    // The Redis part of the rebuild alone: the biggest board read from PostgreSQL and swapped in.
    const biggest = { period: ALL_TIME, gameSlug: GLOBAL_BOARD }
    const times = []
    for (let i = 0; i < 3; i++) {
      const t = performance.now()
      await index.load(biggest)
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    console.log(`  RedisLeaderboardStore.load(all/global, ${fmt(rows['all/global'])} rows): ${times.map(ms).join(', ')} (3 runs)`)
    result.recompute.redisLoadBiggestMs = times.map(round)
  }

  if (dialect === 'pg') {
    // What autovacuum does within a minute of the rebuild: statistics, and the visibility map
    // an index-only scan needs. The plans of standing()'s statements before and after are printed below.
    result.plans = { beforeVacuum: await explainCount() }
    const t = performance.now()
    await db.rawQuery('vacuum analyze leaderboard_scores')
    console.log(`  VACUUM ANALYZE leaderboard_scores: ${sec(performance.now() - t)} (before the reads; autovacuum's job in a live database)`)
  }

  /* ---------------------------------------------------------------------------------------- */
  /* 3. My rank, against the primary-key read of the same row                                 */
  /* ---------------------------------------------------------------------------------------- */

  const rankBoards = [
    { period: ALL_TIME, gameSlug: GLOBAL_BOARD },
    { period: week, gameSlug: GLOBAL_BOARD },
  ]
  result.myRank = {}
  result.top = {}
  for (const board of rankBoards) {
    const name = `${board.period}/${board.gameSlug}`
    const visible = (await db.from('leaderboard_scores').where({ period: board.period, game_slug: board.gameSlug, hidden: false }).orderBy('user_id').select('user_id')).map((r) => r.user_id)
    const random = rng(SEED + (board.period === ALL_TIME ? 1 : 2))
    for (let i = visible.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[visible[i], visible[j]] = [visible[j], visible[i]]
    }
    const n = Math.min(SAMPLES, visible.length - WARMUP)
    const warm = visible.slice(0, WARMUP)
    const sample = visible.slice(WARMUP, WARMUP + n)
    step(`My rank on ${name} (${fmt(visible.length)} ranked players): ${fmt(n)} random players, sequential, after ${WARMUP} warm-up reads`)

    for (const userId of warm) await store.standing(board, userId)
    const ranks = []
    const rankCpu = cpuWindow()
    const standing = await timeEach(sample, async (userId) => {
      const mine = await store.standing(board, userId)
      if (!mine || mine.rank === null) throw new Error(`standing(${name}, ${userId}) gave no rank`)
      ranks.push(mine.rank)
    })
    standing.cpu = rankCpu()
    for (const userId of warm) await primaryKeyRead(board, userId)
    const baseline = await timeEach(sample, (userId) => primaryKeyRead(board, userId))
    ranks.sort((a, b) => a - b)
    const entry = {
      rankedPlayers: visible.length,
      samples: n,
      standing,
      baseline,
      ratio: { p50: round(standing.p50 / baseline.p50, 1), p99: round(standing.p99 / baseline.p99, 1), throughput: round(baseline.perSecond / standing.perSecond, 1) },
      ranks: { min: ranks[0], median: ranks[Math.floor(ranks.length / 2)], max: ranks.at(-1) },
    }
    console.log(`  standing()        ${line(standing)}`)
    console.log(`  primary-key read  ${line(baseline)}`)
    console.log(`  during standing(): ${cpuLine(standing.cpu)}`)
    console.log(`  ratio standing/baseline: p50 ${entry.ratio.p50}×, p99 ${entry.ratio.p99}×; ranks of the sample ${fmt(entry.ranks.min)}–${fmt(entry.ranks.max)} (median ${fmt(entry.ranks.median)})`)

    // By rank: where the time goes when the count of players ahead is what costs.
    const byRank = sample.map((userId, i) => ({ ms: standing.all[i], rank: null, userId }))
    delete standing.all
    delete baseline.all
    entry.byRankDecile = await byDecile(board, byRank)
    console.log(`  p50 by rank decile (1 = top 10 %): ${entry.byRankDecile.map((d) => ms(d.p50)).join(' · ')}`)

    if (index) {
      // The Redis answers must be the database's ranks.
      const { SqlLeaderboardStore } = await import(inBuild('app/queries/leaderboard.js'))
      const sql = new SqlLeaderboardStore()
      let agree = 0
      const checked = sample.slice(0, 100)
      for (const userId of checked) {
        const [a, b] = [await store.standing(board, userId), await sql.standing(board, userId)]
        if (a.rank === b.rank && a.score === b.score && JSON.stringify(a.neighbours) === JSON.stringify(b.neighbours)) agree += 1
      }
      entry.agreesWithSql = `${agree}/${checked.length}`
      console.log(`  Redis ranks, scores and neighbours = SqlLeaderboardStore's for ${agree} of ${checked.length} players`)
    }
    result.myRank[name] = entry

    for (let i = 0; i < 10; i++) await store.top(board, 100)
    const top = await timeEach(
      Array.from({ length: TOP_RUNS }, (_, i) => i),
      async () => {
        const list = await store.top(board, 100)
        if (list.length !== 100) throw new Error(`top(${name}, 100) gave ${list.length} entries`)
      }
    )
    delete top.all
    result.top[name] = top
    console.log(`  top(board, 100)   ${line(top)}`)
  }

  /* ---------------------------------------------------------------------------------------- */
  /* 4. The plan of the count of players ahead                                                */
  /* ---------------------------------------------------------------------------------------- */

  step('Where standing() spends its time: its statements for the player at the median rank of all/global (SqlLeaderboardStore)')
  result.plans = { ...result.plans, steady: await explainCount() }
  const show = (explained) => {
    for (const st of explained.statements) {
      console.log(`  ${st.name}: ${ms(st.timeMs)} alone (mean of 10)`)
      console.log(`    ${st.sql} -- ${JSON.stringify(st.bindings)}`)
      for (const l of st.plan) console.log(`      ${l}`)
    }
  }
  if (result.plans.beforeVacuum) {
    console.log('  PostgreSQL right after the rebuild (before VACUUM ANALYZE):')
    show(result.plans.beforeVacuum)
    console.log('\n  PostgreSQL after VACUUM ANALYZE (the state the reads above were measured in):')
  }
  show(result.plans.steady)

  return result

  /* ---------------------------------------------------------------------------------------- */

  function primaryKeyRead(board, userId) {
    return db.from('leaderboard_scores').where({ period: board.period, game_slug: board.gameSlug, user_id: userId }).first()
  }

  /**
   * The SQL store's standing() for the player at the median rank of all/global: each statement
   * explained (SQLite: EXPLAIN QUERY PLAN and its time alone; PostgreSQL: EXPLAIN ANALYZE).
   */
  async function explainCount() {
    const board = { period: ALL_TIME, gameSlug: GLOBAL_BOARD }
    const [{ user_id: userId }] = await db
      .from('leaderboard_scores')
      .where({ period: board.period, game_slug: board.gameSlug, hidden: false })
      .orderBy([
        { column: 'score', order: 'desc' },
        { column: 'reached_at', order: 'asc' },
        { column: 'user_id', order: 'asc' },
      ])
      .offset(Math.floor(rows['all/global'] / 2))
      .limit(1)
      .select('user_id')
    const { SqlLeaderboardStore } = await import(inBuild('app/queries/leaderboard.js'))
    const captured = []
    const knex = db.connection().getReadClient()
    const listen = (query) => captured.push(query)
    knex.on('query', listen)
    try {
      await new SqlLeaderboardStore().standing(board, userId)
    } finally {
      knex.off('query', listen)
    }
    const statements = []
    for (const [i, query] of captured.entries()) {
      const text = query.sql.replace(/\$\d+/g, '?')
      const plan =
        dialect === 'pg'
          ? (await db.rawQuery(`explain (analyze, buffers) ${text}`, query.bindings)).rows.map((r) => r['QUERY PLAN'])
          : (await db.rawQuery(`explain query plan ${text}`, query.bindings)).map((r) => `${r.id}|${r.parent}| ${r.detail}`)
      const t = performance.now()
      for (let k = 0; k < 10; k++) await db.rawQuery(text, query.bindings)
      const timeMs = round((performance.now() - t) / 10, 2)
      statements.push({ name: `statement ${i + 1} of ${captured.length}`, sql: text, bindings: query.bindings, plan, timeMs })
    }
    return { userId, statements }
  }

  async function byDecile(board, timed) {
    const order = await db
      .from('leaderboard_scores')
      .where({ period: board.period, game_slug: board.gameSlug, hidden: false })
      .orderBy([
        { column: 'score', order: 'desc' },
        { column: 'reached_at', order: 'asc' },
        { column: 'user_id', order: 'asc' },
      ])
      .select('user_id')
    const rankOf = new Map(order.map((r, i) => [r.user_id, i + 1]))
    const deciles = Array.from({ length: 10 }, () => [])
    for (const t of timed) deciles[Math.min(9, Math.floor(((rankOf.get(t.userId) - 1) / order.length) * 10))].push(t.ms)
    return deciles.map((list) => {
      list.sort((a, b) => a - b)
      return { samples: list.length, p50: round(percentile(list, 0.5), 3) }
    })
  }
}

/** CPU of the whole machine (/proc/stat) and of this process over a window: flags runs shared with other work. */
function cpuWindow() {
  const read = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    const idle = fields[3] + (fields[4] ?? 0)
    const total = fields.reduce((a, b) => a + b, 0)
    return { idle, total }
  }
  const start = read()
  const own = process.cpuUsage()
  const t = performance.now()
  return () => {
    const end = read()
    const seconds = (performance.now() - t) / 1000
    const ticks = end.total - start.total
    const cores = os.cpus().length
    const machine = ticks > 0 ? ((ticks - (end.idle - start.idle)) / ticks) * cores : 0
    const mine = process.cpuUsage(own)
    const self = (mine.user + mine.system) / 1e6 / seconds
    return { machineCores: round(machine, 2), benchProcessCores: round(self, 2), otherCores: round(Math.max(0, machine - self), 2) }
  }
}

function cpuLine(c) {
  return `CPU: machine ${c.machineCores} of ${os.cpus().length} cores busy, this process ${c.benchProcessCores}, the rest (database server, other work) ${c.otherCores}`
}

/** Time from sending each statement to its answer, by kind, from knex's query events. */
function sqlTimer(knex) {
  let started = new Map()
  let kinds = {}
  // By statement and table, whatever the rebuild's code looks like.
  const kindOf = (text) => {
    const sql = text.trim().toLowerCase().replace(/[`"]/g, '')
    const verb = /^(select|insert|delete|update|with)\b/.exec(sql)?.[1] ?? 'other'
    const table = /\b(?:from|into|update)\s+([a-z_]+)/.exec(sql)?.[1] ?? '?'
    return verb === 'other' ? 'other' : `${verb} ${table}`
  }
  const onQuery = (q) => started.set(q.__knexQueryUid, { at: performance.now(), kind: kindOf(q.sql) })
  const onDone = (_r, q) => {
    const s = started.get(q.__knexQueryUid)
    if (!s) return
    started.delete(q.__knexQueryUid)
    const k = (kinds[s.kind] ??= { count: 0, ms: 0 })
    k.count += 1
    k.ms += performance.now() - s.at
  }
  const onError = (_e, q) => started.delete(q.__knexQueryUid)
  knex.on('query', onQuery)
  knex.on('query-response', onDone)
  knex.on('query-error', onError)
  return {
    reset() {
      started = new Map()
      kinds = {}
    },
    stop() {
      knex.off('query', onQuery)
      knex.off('query-response', onDone)
      knex.off('query-error', onError)
      return Object.fromEntries(Object.entries(kinds).map(([kind, k]) => [kind, { count: k.count, ms: round(k.ms) }]))
    },
  }
}

/**
 * Makes Lucid's multi-row inserts on SQLite go out in statements of at most `size` rows, in
 * order, on the same client (transaction). Only used after the app's own call failed.
 */
async function splitSqliteMultiInserts(size) {
  const { InsertQueryBuilder } = await import('@adonisjs/lucid/database')
  const original = InsertQueryBuilder.prototype.multiInsert
  InsertQueryBuilder.prototype.multiInsert = function (rows) {
    if (this.client.dialect.name !== 'better-sqlite3' || !Array.isArray(rows) || rows.length <= size) return original.call(this, rows)
    const table = this.knexQuery._single.table
    const client = this.client
    const run = async () => {
      for (let i = 0; i < rows.length; i += size) await client.insertQuery().table(table).multiInsert(rows.slice(i, i + size))
    }
    return { then: (resolve, reject) => run().then(resolve, reject) }
  }
}

/** Times fn(item) for each item in turn: p50/p99/max in ms and the sequential throughput. */
async function timeEach(items, fn) {
  const times = new Array(items.length)
  const start = performance.now()
  for (let i = 0; i < items.length; i++) {
    const t = performance.now()
    await fn(items[i])
    times[i] = performance.now() - t
  }
  const total = performance.now() - start
  const sorted = [...times].sort((a, b) => a - b)
  return {
    count: items.length,
    p50: round(percentile(sorted, 0.5), 3),
    p99: round(percentile(sorted, 0.99), 3),
    max: round(sorted.at(-1), 3),
    mean: round(total / items.length, 3),
    perSecond: Math.round(items.length / (total / 1000)),
    all: times,
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

function formatFor(dialect, dateTime) {
  return dialect === 'pg' ? dateTime.toISO() : dateTime.toFormat('yyyy-MM-dd HH:mm:ss')
}

function line(t) {
  return `p50 ${ms(t.p50).padStart(9)}  p99 ${ms(t.p99).padStart(9)}  max ${ms(t.max).padStart(9)}  ${fmt(t.perSecond).padStart(7)}/s`
}
function step(message) {
  console.log(`\n▶ ${message}`)
}
function fmt(n) {
  return Math.round(n).toLocaleString('en-US')
}
function round(n, digits = 1) {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
function ms(n) {
  return n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(n < 10 ? 2 : 1)} ms`
}
function sec(n) {
  return `${(n / 1000).toFixed(2)} s`
}
function pct(x) {
  return `${(x * 100).toFixed(1)} %`
}
/** Errors of big statements carry the whole SQL: keep its start and the message at the end. */
function truncateMiddle(text, max) {
  return text.length <= max ? text : `${text.slice(0, max / 3)} … [${text.length - max} characters] … ${text.slice(-(2 * max) / 3)}`
}
