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

/** The SQL store: every read is a range scan of `leaderboard_scores_rank_index`. */
export class SqlLeaderboardStore implements LeaderboardStore {
  constructor(private client: () => QueryClientContract = () => db.connection()) {}

  async top(board: Board, limit: number) {
    const rows = await this.#visible(board).orderBy(RANK_ORDER).limit(limit).select(ENTRY_COLUMNS)
    return rows.map((row, index) => toEntry(row, index + 1))
  }

  async standing(board: Board, userId: number): Promise<MyStanding | null> {
    const mine: (ScoreRow & { hidden: unknown }) | null = await this.client()
      .from('leaderboard_scores')
      .where({ period: board.period, game_slug: board.gameSlug, user_id: userId })
      .select('user_id', 'score', 'reached_at', 'hidden')
      .first()
    if (!mine) return null
    if (Boolean(mine.hidden)) return { score: mine.score, rank: null, hidden: true, neighbours: [] }

    const [ahead] = await this.#ahead(board, mine).count('* as total')
    const rank = Number(ahead.total) + 1
    const above = await this.#ahead(board, mine)
      .orderBy([
        { column: 'ls.score', order: 'asc' },
        { column: 'ls.reached_at', order: 'desc' },
        { column: 'ls.user_id', order: 'desc' },
      ])
      .limit(2)
      .select(ENTRY_COLUMNS)
    const me = await this.#visible(board).where('ls.user_id', userId).select(ENTRY_COLUMNS)
    const below = await this.#behind(board, mine).orderBy(RANK_ORDER).limit(2).select(ENTRY_COLUMNS)
    return {
      score: mine.score,
      rank,
      hidden: false,
      neighbours: [
        ...above.reverse().map((row, index) => toEntry(row, rank - above.length + index)),
        ...me.map((row) => toEntry(row, rank)),
        ...below.map((row, index) => toEntry(row, rank + 1 + index)),
      ],
    }
  }

  #visible(board: Board) {
    return this.client()
      .from('leaderboard_scores as ls')
      .join('users as u', 'u.id', 'ls.user_id')
      .where('ls.period', board.period)
      .where('ls.game_slug', board.gameSlug)
      .where('ls.hidden', false)
  }

  /** Players ranked above `mine`. */
  #ahead(board: Board, mine: ScoreRow) {
    return this.#visible(board).where((query) =>
      query
        .where('ls.score', '>', mine.score)
        .orWhere((tie) =>
          tie
            .where('ls.score', mine.score)
            .where((first) =>
              first
                .where('ls.reached_at', '<', mine.reached_at)
                .orWhere((same) => same.where('ls.reached_at', mine.reached_at).where('ls.user_id', '<', mine.user_id))
            )
        )
    )
  }

  /** Players ranked below `mine`. */
  #behind(board: Board, mine: ScoreRow) {
    return this.#visible(board).where((query) =>
      query
        .where('ls.score', '<', mine.score)
        .orWhere((tie) =>
          tie
            .where('ls.score', mine.score)
            .where((later) =>
              later
                .where('ls.reached_at', '>', mine.reached_at)
                .orWhere((same) => same.where('ls.reached_at', mine.reached_at).where('ls.user_id', '>', mine.user_id))
            )
        )
    )
  }
}

const RANK_ORDER = [
  { column: 'ls.score', order: 'desc' as const },
  { column: 'ls.reached_at', order: 'asc' as const },
  { column: 'ls.user_id', order: 'asc' as const },
]

const ENTRY_COLUMNS = ['ls.user_id', 'ls.score', 'u.display_name', 'u.avatar_url']

function toEntry(row: { user_id: number; score: number; display_name: string; avatar_url: string | null }, rank: number): RankedEntry {
  return { rank, userId: row.user_id, displayName: row.display_name, avatarUrl: row.avatar_url, score: Number(row.score) }
}

