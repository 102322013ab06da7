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

type ScoreRow = { user_id: number; score: number; reached_at: string | Date }

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
 * scores. No read walks the players above me one by one.
 */
export class SqlLeaderboardStore implements LeaderboardStore {
  constructor(private client: () => QueryClientContract = () => db.connection()) {}

  async top(board: Board, limit: number) {
    const rows = await this.#visible(board)
      .join('users as u', 'u.id', 'ls.user_id')
      .orderBy(RANK_ORDER)
      .limit(limit)
      .select(ENTRY_COLUMNS)
    return rows.map((row, index) => toEntry(row, index + 1))
  }

  async standing(board: Board, userId: number): Promise<MyStanding | null> {
    const client = this.client()
    const mine: (ScoreRow & EntryRow & { hidden: unknown }) | null = await client
      .from('leaderboard_scores as ls')
      .join('users as u', 'u.id', 'ls.user_id')
      .where({ 'ls.period': board.period, 'ls.game_slug': board.gameSlug, 'ls.user_id': userId })
      .select('ls.user_id', 'ls.score', 'ls.reached_at', 'ls.hidden', 'u.display_name', 'u.avatar_url')
      .first()
    if (!mine) return null
    if (Boolean(mine.hidden)) return { score: Number(mine.score), rank: null, hidden: true, neighbours: [] }

    // Four statements in all, whatever the board's size: my row, my rank,
    // the players just above, the players just below.
    const [ranked] = rowsOf(
      await client.rawQuery(
        `select
           (select coalesce(sum(players), 0) from leaderboard_score_counts where period = ? and game_slug = ? and score > ?) as higher,
           (select count(*) from leaderboard_scores where ${visible()} and ${tied('ahead')}) as tied`,
        [board.period, board.gameSlug, mine.score, board.period, board.gameSlug, false, ...tieBindings(mine)]
      )
    )
    const rank = Number(ranked.higher) + Number(ranked.tied) + 1
    const above = await this.#nearest(client, board, mine, 'ahead')
    const below = await this.#nearest(client, board, mine, 'behind')
    const rows = [...above.reverse(), mine, ...below]
    return {
      score: Number(mine.score),
      rank,
      hidden: false,
      neighbours: rows.map((row, index) => toEntry(row, rank - above.length + index)),
    }
  }

  #visible(board: Board) {
    return this.client()
      .from('leaderboard_scores as ls')
      .where('ls.period', board.period)
      .where('ls.game_slug', board.gameSlug)
      .where('ls.hidden', false)
  }

  /**
   * Up to two players next to me on one side, nearest first, in one
   * statement: those tied with me on that side, then the nearest two
   * scores beyond mine (from the score counts), each a seek into the rank
   * index.
   */
  async #nearest(client: QueryClientContract, board: Board, mine: ScoreRow, side: 'ahead' | 'behind'): Promise<EntryRow[]> {
    const towardsMe = side === 'ahead' ? 'desc' : 'asc'
    const beyond = side === 'ahead' ? '>' : '<'
    const nearestFirst = side === 'ahead' ? 'asc' : 'desc'
    const entry = `select ls.user_id, ls.score, ls.reached_at, u.display_name, u.avatar_url
      from leaderboard_scores ls join users u on u.id = ls.user_id where ${visible('ls.')}`
    const order = `order by ls.reached_at ${towardsMe}, ls.user_id ${towardsMe} limit 2`
    const nthScore = (offset: number) =>
      `(select score from leaderboard_score_counts where period = ? and game_slug = ? and score ${beyond} ? and players > 0
        order by score ${nearestFirst} limit 1 offset ${offset})`
    const sql = [
      `select 0 as part, t.* from (${entry} and ${tied(side, 'ls.')} ${order}) t`,
      `select 1 as part, t.* from (${entry} and ls.score = ${nthScore(0)} ${order}) t`,
      `select 2 as part, t.* from (${entry} and ls.score = ${nthScore(1)} ${order}) t`,
    ].join(' union all ')
    const visibleBindings = [board.period, board.gameSlug, false]
    const nextScoreBindings = [...visibleBindings, board.period, board.gameSlug, mine.score]
    const rows: Array<EntryRow & { part: number; reached_at: string | Date }> = rowsOf(
      await client.rawQuery(sql, [...visibleBindings, ...tieBindings(mine), ...nextScoreBindings, ...nextScoreBindings])
    )
    // Nearest first: ties, then the next score, then the one after; within each, by time towards me.
    const sign = side === 'ahead' ? -1 : 1
    return rows
      .sort(
        (a, b) =>
          Number(a.part) - Number(b.part) ||
          sign * (a.reached_at < b.reached_at ? -1 : a.reached_at > b.reached_at ? 1 : 0) ||
          sign * (a.user_id - b.user_id)
      )
      .slice(0, 2)
  }
}

/** The board's visible players (bindings: period, game, false). */
function visible(alias = '') {
  return `${alias}period = ? and ${alias}game_slug = ? and ${alias}hidden = ?`
}

/** Players with my score ranked before me (they got there first) or after me (bindings: tieBindings). */
function tied(side: 'ahead' | 'behind', alias = '') {
  const earlier = side === 'ahead' ? '<' : '>'
  return `(${alias}score = ? and (${alias}reached_at ${earlier} ? or (${alias}reached_at = ? and ${alias}user_id ${earlier} ?)))`
}

function tieBindings(mine: ScoreRow) {
  return [mine.score, mine.reached_at, mine.reached_at, mine.user_id]
}

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

