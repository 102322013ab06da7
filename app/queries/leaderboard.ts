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
    const mine: (ScoreRow & EntryRow & { hidden: unknown }) | null = await this.client()
      .from('leaderboard_scores as ls')
      .join('users as u', 'u.id', 'ls.user_id')
      .where({ 'ls.period': board.period, 'ls.game_slug': board.gameSlug, 'ls.user_id': userId })
      .select([...ENTRY_COLUMNS, 'ls.reached_at', 'ls.hidden'])
      .first()
    if (!mine) return null
    if (Boolean(mine.hidden)) return { score: Number(mine.score), rank: null, hidden: true, neighbours: [] }

    const [ahead] = await this.#beyond(board, mine, 'ahead').count('* as total')
    const rank = Number(ahead.total) + 1
    const reversed = RANK_ORDER.map(({ column, order }) => ({ column, order: order === 'asc' ? ('desc' as const) : ('asc' as const) }))
    const above = await this.#beyond(board, mine, 'ahead').orderBy(reversed).limit(2).select(ENTRY_COLUMNS)
    const below = await this.#beyond(board, mine, 'behind').orderBy(RANK_ORDER).limit(2).select(ENTRY_COLUMNS)
    return {
      score: Number(mine.score),
      rank,
      hidden: false,
      neighbours: [
        ...above.reverse().map((row, index) => toEntry(row, rank - above.length + index)),
        toEntry(mine, rank),
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

  /** Players ranked above (`ahead`) or below (`behind`) `mine`, in the board's order. */
  #beyond(board: Board, mine: ScoreRow, side: 'ahead' | 'behind') {
    const [better, earlier] = side === 'ahead' ? (['>', '<'] as const) : (['<', '>'] as const)
    return this.#visible(board).where((query) =>
      query
        .where('ls.score', better, mine.score)
        .orWhere((tie) =>
          tie
            .where('ls.score', mine.score)
            .where((first) =>
              first
                .where('ls.reached_at', earlier, mine.reached_at)
                .orWhere((same) => same.where('ls.reached_at', mine.reached_at).where('ls.user_id', earlier, mine.user_id))
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

type EntryRow = { user_id: number; score: number; display_name: string; avatar_url: string | null }

function toEntry(row: EntryRow, rank: number): RankedEntry {
  return { rank, userId: row.user_id, displayName: row.display_name, avatarUrl: row.avatar_url, score: Number(row.score) }
}

