/**
 * Seeds the leaderboard benchmark's players and XP ledger through the app's `db` (Lucid)
 * connection, with set-based SQL: players from a recursive CTE (SQLite) or generate_series
 * (PostgreSQL); XP events drawn in JavaScript from a seeded RNG (the same rows on both
 * databases), then inserted 100,000 at a time from one JSON parameter (`json_each`, SQLite)
 * or one set of array parameters (`unnest`, PostgreSQL), one statement and one transaction
 * per chunk.
 *
 * The data:
 * - players `lb-<n>@bench.parley.invalid`, ids 1…N; one in 97 has opted out of leaderboards
 *   (`show_on_leaderboards = false`: on the boards with `hidden`, off the rank index);
 * - events in time order (ids follow time, as in the real ledger), `award_key` `bench:<n>`,
 *   no attempt (`attempt_id` is nullable), reason `practice`;
 * - who: skewed, player ∝ x² over a shuffled id space (x uniform): the most active player gets
 *   ≈ 1,600 events, the median one ≈ 7, the least active ≈ 5, a few hundred none;
 * - what: `farm` 60 %, `strategy` 40 %; amounts 5, 10, 10, 15, 20, 25 or 50 XP, so totals are
 *   multiples of 5 and equal scores are common (ties broken by `reached_at`, then the id);
 * - when: 40 % in the current ISO week (UTC) between its Monday 00:00 and now, the rest spread
 *   over the 12 weeks before it, to the second.
 */

export const EVENT_CHUNK = 100_000
/** The game slugs of the seeded events (index 0 and 1 of a drawn event's `game`). */
export const GAMES = ['farm', 'strategy']
const AMOUNTS = [5, 10, 10, 15, 20, 25, 50]
const WEEK_S = 7 * 24 * 3600
const PAST_WEEKS = 12

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The events as columns (typed arrays), sorted by time. */
export function drawEvents({ players, events, seed, weekStartS, nowS }) {
  const random = rng(seed)
  // A fixed shuffle of the ids, so the most active players are not the oldest accounts.
  const ids = new Int32Array(players)
  for (let i = 0; i < players; i++) ids[i] = i + 1
  for (let i = players - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = ids[i]
    ids[i] = ids[j]
    ids[j] = t
  }
  const thisWeekS = Math.max(1, nowS - weekStartS)
  const draw = new Array(events)
  for (let i = 0; i < events; i++) {
    const x = random()
    const user = ids[Math.min(players - 1, Math.floor(players * x * x))]
    const game = random() < 0.6 ? 0 : 1
    const amount = AMOUNTS[Math.floor(random() * AMOUNTS.length)]
    const at = random() < 0.4 ? weekStartS + Math.floor(random() * thisWeekS) : weekStartS - 1 - Math.floor(random() * PAST_WEEKS * WEEK_S)
    draw[i] = [user, game, amount, at]
  }
  draw.sort((a, b) => a[3] - b[3])
  return draw
}

export async function seedPlayers(db, { dialect, players, createdAt }) {
  const hidden = 'n % 97 = 0'
  if (dialect === 'pg') {
    await db.rawQuery(
      `insert into users (id, email, display_name, role, locale, time_zone, show_on_leaderboards, created_at, updated_at)
       select n, 'lb-' || n || '@bench.parley.invalid', 'Bench Player ' || n, 'player', 'en', 'UTC', not (${hidden}), ?::timestamptz, ?::timestamptz
       from generate_series(1, ?::int) as n`,
      [createdAt, createdAt, players]
    )
    await db.rawQuery(`select setval(pg_get_serial_sequence('users', 'id'), ?::int)`, [players])
  } else {
    await db.rawQuery(
      `with recursive s(n) as (select 1 union all select n + 1 from s where n < ?)
       insert into users (id, email, display_name, role, locale, time_zone, show_on_leaderboards, created_at, updated_at)
       select n, 'lb-' || n || '@bench.parley.invalid', 'Bench Player ' || n, 'player', 'en', 'UTC', case when ${hidden} then 0 else 1 end, ?, ?
       from s`,
      [players, createdAt, createdAt]
    )
  }
}

/** Inserts events[from, from + EVENT_CHUNK) in one statement; ids and award keys follow `from`. */
export async function seedEventChunk(db, { dialect, draw, from }) {
  const rows = draw.slice(from, from + EVENT_CHUNK)
  if (dialect === 'pg') {
    const column = (k) => `{${rows.map((row) => row[k]).join(',')}}`
    await db.rawQuery(
      `insert into xp_awards (user_id, award_key, attempt_id, game_slug, reason, amount, day, created_at)
       select e.u, 'bench:' || (?::int + e.o), null, case e.g when 0 then '${GAMES[0]}' else '${GAMES[1]}' end, 'practice', e.a,
              to_char(to_timestamp(e.t) at time zone 'UTC', 'YYYY-MM-DD'), to_timestamp(e.t)
       from unnest(?::int[], ?::int[], ?::int[], ?::bigint[]) with ordinality as e(u, g, a, t, o)
       order by e.o`,
      [from, column(0), column(1), column(2), column(3)]
    )
  } else {
    await db.rawQuery(
      `insert into xp_awards (user_id, award_key, attempt_id, game_slug, reason, amount, day, created_at)
       select j.value ->> 0, 'bench:' || (? + j.key + 1), null, case j.value ->> 1 when 0 then '${GAMES[0]}' else '${GAMES[1]}' end, 'practice', j.value ->> 2,
              date(j.value ->> 3, 'unixepoch'), datetime(j.value ->> 3, 'unixepoch')
       from json_each(?) as j
       order by j.key`,
      [from, JSON.stringify(rows)]
    )
  }
  return rows.length
}
