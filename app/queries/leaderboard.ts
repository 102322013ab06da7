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
    const mine: (ScoreRow & { hidden: unknown }) | null = await this.client()
      .from('leaderboard_scores')
      .where({ period: board.period, game_slug: board.gameSlug, user_id: userId })
      .select('user_id', 'score', 'reached_at', 'hidden')
      .first()
    if (!mine) return null
    if (Boolean(mine.hidden)) return { score: Number(mine.score), rank: null, hidden: true, neighbours: [] }

    const [higher] = await this.client()
      .from('leaderboard_score_counts')
      .where({ period: board.period, game_slug: board.gameSlug })
      .where('score', '>', mine.score)
      .sum('players as total')
    const [tiedAhead] = await this.#tied(board, mine, 'ahead').count('* as total')
    const rank = Number(higher.total ?? 0) + Number(tiedAhead.total) + 1

    const above = await this.#nearest(board, mine, 'ahead')
    const below = await this.#nearest(board, mine, 'behind')
    const ids = [...above.reverse(), mine, ...below].map((row) => row.user_id)
    const users = await this.client().from('users').whereIn('id', ids).select('id', 'display_name', 'avatar_url')
    const byId = new Map(users.map((user) => [user.id as number, user]))
    const firstRank = rank - above.length
    return {
      score: Number(mine.score),
      rank,
      hidden: false,
      neighbours: ids.flatMap((id, index) => {
        const user = byId.get(id)
        const row = id === mine.user_id ? mine : [...above, ...below].find((candidate) => candidate.user_id === id)!
        return user ? [toEntry({ ...row, display_name: user.display_name, avatar_url: user.avatar_url }, firstRank + index)] : []
      }),
    }
  }

  #visible(board: Board) {
    return this.client()
      .from('leaderboard_scores as ls')
      .where('ls.period', board.period)
      .where('ls.game_slug', board.gameSlug)
      .where('ls.hidden', false)
  }

  /** Players with my score ranked before me (`ahead`: they got there first) or after me. */
  #tied(board: Board, mine: ScoreRow, side: 'ahead' | 'behind') {
    const earlier = side === 'ahead' ? '<' : '>'
    return this.#visible(board)
      .where('ls.score', mine.score)
      .where((first) =>
        first.where('ls.reached_at', earlier, mine.reached_at).orWhere((same) => same.where('ls.reached_at', mine.reached_at).where('ls.user_id', earlier, mine.user_id))
      )
  }

  /**
   * Up to two players next to me on one side, nearest first: ties first,
   * then the nearest scores above (or below), one score at a time so that
   * each read is a seek into the rank index.
   */
  async #nearest(board: Board, mine: ScoreRow, side: 'ahead' | 'behind'): Promise<ScoreRow[]> {
    const towardsMe = side === 'ahead' ? ('desc' as const) : ('asc' as const)
    const byTime = [
      { column: 'ls.reached_at', order: towardsMe },
      { column: 'ls.user_id', order: towardsMe },
    ]
    const found: ScoreRow[] = await this.#tied(board, mine, side).orderBy(byTime).limit(2).select('ls.user_id', 'ls.score', 'ls.reached_at')
    let score = Number(mine.score)
    while (found.length < 2) {
      const next = await this.client()
        .from('leaderboard_score_counts')
        .where({ period: board.period, game_slug: board.gameSlug })
        .where('score', side === 'ahead' ? '>' : '<', score)
        .where('players', '>', 0)
        .orderBy('score', side === 'ahead' ? 'asc' : 'desc')
        .select('score')
        .first()
      if (!next) break
      score = Number(next.score)
      const rows = await this.#visible(board)
        .where('ls.score', score)
        .orderBy(byTime)
        .limit(2 - found.length)
        .select('ls.user_id', 'ls.score', 'ls.reached_at')
      found.push(...rows)
    }
    return found
  }
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

