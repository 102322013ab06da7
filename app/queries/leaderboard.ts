import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/** One board: a period key (`2026-W48` or `all`) and a game slug or `global`. */
export type Board = { period: string; gameSlug: string }

export type RankedEntry = {
  rank: number
  userId: number
  displayName: string
  avatarUrl: string | null
  score: number
}

export type MyStanding = {
  score: number
  /** Null when the player opted out of leaderboards: they see their score, nobody sees them. */
  rank: number | null
  hidden: boolean
  /** Up to two players above and two below, with me in the middle. */
  neighbours: RankedEntry[]
}

/**
 * Where a player stands on a board: read from the `leaderboard_scores`
 * rank index. The order everywhere: score, then who reached it first, then
 * the older account.
 */
export interface LeaderboardStore {
  top(board: Board, limit: number): Promise<RankedEntry[]>
  standing(board: Board, userId: number): Promise<MyStanding | null>
}

/** A change of how many visible players hold a score on a board. */
export type ScoreCountChange = Board & { score: number; delta: number }

/**
 * Moves `leaderboard_score_counts` (one upsert for all the changes). Every
 * writer of `leaderboard_scores` calls it in the same transaction: a score
 * that appears, moves, or is hidden or shown again.
 */
export async function changeScoreCounts(client: QueryClientContract, changes: ScoreCountChange[]) {
  const merged = new Map<string, ScoreCountChange>()
  for (const change of changes) {
    const key = `${change.period}|${change.gameSlug}|${change.score}`
    const seen = merged.get(key)
    merged.set(key, seen ? { ...seen, delta: seen.delta + change.delta } : change)
  }
  const rows = [...merged.values()].filter((change) => change.delta !== 0)
  if (rows.length === 0) return
  await client
    .knexQuery()
    .table('leaderboard_score_counts')
    .insert(rows.map((change) => ({ period: change.period, game_slug: change.gameSlug, score: change.score, players: change.delta })))
    .onConflict(['period', 'game_slug', 'score'])
    .merge({ players: client.knexRawQuery('leaderboard_score_counts.players + excluded.players') })
}

/** Counts a board's scores again from `leaderboard_scores` (after a rebuild, or rows written by hand). */
export async function recountScores(client: QueryClientContract, board: Board) {
  const where = { period: board.period, game_slug: board.gameSlug }
  await client.from('leaderboard_score_counts').where(where).delete()
  await client.rawQuery(
    `insert into leaderboard_score_counts (period, game_slug, score, players)
     select period, game_slug, score, count(*) from leaderboard_scores
     where period = ? and game_slug = ? and hidden = ? group by period, game_slug, score`,
    [board.period, board.gameSlug, false]
  )
}

/**
 * The SQL store. My rank: the players holding a higher score, summed from
 * `leaderboard_score_counts` (a row per distinct score), plus those who
 * reached my score before me. My neighbours: index seeks into the nearest
 * scores. No read walks the players above me one by one, and all of it is
 * one statement (`STANDING_SQL`): one round trip, and on PostgreSQL one
 * named prepared statement per connection, planned once rather than on
 * every read.
 */
export class SqlLeaderboardStore implements LeaderboardStore {
  constructor(private client: () => QueryClientContract = () => db.connection()) {}

  async top(board: Board, limit: number) {
    const rows = await this.client()
      .from('leaderboard_scores as ls')
      .where('ls.period', board.period)
      .where('ls.game_slug', board.gameSlug)
      .where('ls.hidden', false)
      .join('users as u', 'u.id', 'ls.user_id')
      .orderBy(RANK_ORDER)
      .limit(limit)
      .select(ENTRY_COLUMNS)
    return rows.map((row, index) => toEntry(row, index + 1))
  }

  async standing(board: Board, userId: number): Promise<MyStanding | null> {
    const client = this.client()
    const query = client.rawQuery(STANDING_SQL, { period: board.period, game: board.gameSlug, user: userId, shown: false })
    if (client.dialect.name === 'postgres') query.knexQuery.options({ name: 'parley_leaderboard_standing' })
    const rows: StandingRow[] = rowsOf(await query)
    const mine = rows.find((row) => row.part === 'me')
    if (!mine) return null
    if (Boolean(mine.hidden)) return { score: Number(mine.score), rank: null, hidden: true, neighbours: [] }

    const rank = Number(mine.higher) + 1
    const above = nearestFirst(rows, 'a')
    const below = nearestFirst(rows, 'b')
    const around = [...above.reverse(), mine, ...below]
    return {
      score: Number(mine.score),
      rank,
      hidden: false,
      neighbours: around.map((row, index) => toEntry(row, rank - above.length + index)),
    }
  }
}

type StandingRow = EntryRow & { part: string; reached_at: string | Date; hidden: unknown; higher: number | string | null }

/**
 * Up to two players next to me on one side (`a` above, `b` below), nearest
 * first: those tied with me, then the next score, then the one after; within
 * a score, by time towards me.
 */
function nearestFirst(rows: StandingRow[], side: 'a' | 'b') {
  const sign = side === 'a' ? -1 : 1
  return rows
    .filter((row) => row.part.startsWith(side))
    .sort(
      (x, y) =>
        x.part.localeCompare(y.part) ||
        sign * (x.reached_at < y.reached_at ? -1 : x.reached_at > y.reached_at ? 1 : 0) ||
        sign * (x.user_id - y.user_id)
    )
    .slice(0, 2)
}

/**
 * My standing in one statement (named bindings: period, game, user, shown =
 * false). `me` is my row; `higher` counts the visible players ranked above
 * me. Each neighbour part is a seek into the rank index of at most two rows:
 * a0/b0 my ties on either side, a1/a2 and b1/b2 the nearest two scores above
 * and below that anyone visible holds (found in the score counts). Every
 * comparison with my row happens in SQL, so timestamps compare at the
 * database's own precision.
 */
const STANDING_SQL = (() => {
  // My columns as one-row subqueries rather than a join with `me`: the
  // planner then treats them as constants, seeks the rank index to them
  // and walks it in order (a join sorts every player tied with me instead).
  const mine = (column: string) => `(select ${column} from me)`
  const board = (alias: string) => `${alias}.period = :period and ${alias}.game_slug = :game`
  const visible = (alias: string) => `${board(alias)} and ${alias}.hidden = :shown`
  // A row comparison: the index seeks to me within my score instead of filtering every tie.
  const tied = (alias: string, earlier: '<' | '>') =>
    `${alias}.score = ${mine('score')} and (${alias}.reached_at, ${alias}.user_id) ${earlier} (${mine('reached_at')}, ${mine('user_id')})`
  const neighbours = (part: string, condition: string, towardsMe: 'asc' | 'desc') =>
    `select * from (select '${part}' as part, ls.user_id, ls.score, ls.reached_at, ls.hidden, u.display_name, u.avatar_url, 0 as higher
       from leaderboard_scores ls join users u on u.id = ls.user_id
       where ${mine('hidden')} = :shown and ${visible('ls')} and ${condition}
       order by ls.score ${towardsMe}, ls.reached_at ${towardsMe}, ls.user_id ${towardsMe} limit 2) ${part}`
  const nthScore = (beyond: '>' | '<', offset: number) =>
    `ls.score = (select c.score from leaderboard_score_counts c where ${board('c')} and c.score ${beyond} ${mine('score')} and c.players > 0
       order by c.score ${beyond === '>' ? 'asc' : 'desc'} limit 1 offset ${offset})`
  return `with me as (select user_id, score, reached_at, hidden from leaderboard_scores where period = :period and game_slug = :game and user_id = :user)
    select 'me' as part, me.user_id, me.score, me.reached_at, me.hidden, u.display_name, u.avatar_url,
      (select coalesce(sum(c.players), 0) from leaderboard_score_counts c where ${board('c')} and c.score > ${mine('score')})
      + (select count(*) from leaderboard_scores t where ${visible('t')} and ${tied('t', '<')}) as higher
    from me join users u on u.id = me.user_id
    union all ${neighbours('a0', tied('ls', '<'), 'desc')}
    union all ${neighbours('a1', nthScore('>', 0), 'desc')}
    union all ${neighbours('a2', nthScore('>', 1), 'desc')}
    union all ${neighbours('b0', tied('ls', '>'), 'asc')}
    union all ${neighbours('b1', nthScore('<', 0), 'asc')}
    union all ${neighbours('b2', nthScore('<', 1), 'asc')}`
})()

/** A raw query's rows: an array on SQLite, `{ rows }` on PostgreSQL. */
function rowsOf(result: any): any[] {
  return Array.isArray(result) ? result : result.rows
}

const RANK_ORDER = [
  { column: 'ls.score', order: 'desc' as const },
  { column: 'ls.reached_at', order: 'asc' as const },
  { column: 'ls.user_id', order: 'asc' as const },
]

const ENTRY_COLUMNS = ['ls.user_id', 'ls.score', 'u.display_name', 'u.avatar_url']

type EntryRow = { user_id: number; score: number; display_name: string; avatar_url: string | null }

function toEntry(row: EntryRow, rank: number): RankedEntry {
  return { rank, userId: row.user_id, displayName: row.display_name, avatarUrl: row.avatar_url, score: Number(row.score) }
}

