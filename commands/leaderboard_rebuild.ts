import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { progressBar } from '#services/progress_bar'

/**
 * Rebuilds leaderboards from the XP ledger, then their snapshots.
 */
export default class LeaderboardRebuild extends BaseCommand {
  static commandName = 'leaderboard:rebuild'
  static description = 'Recompute leaderboards from the XP ledger (all boards, or one period and/or game)'
  static help = [
    'Boards: this week and all time, for all games (global) and each registered game.',
    '--period weekly|all_time|<ISO week like 2026-W48> and --game <slug>|global narrow it down.',
    'Safe to run any time, and twice: each board is replaced in one transaction.',
    '{{ binaryName }} leaderboard:rebuild --period all_time --game farm',
  ]
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'weekly, all_time, or an ISO week (2026-W48)' })
  declare period?: string

  @flags.string({ description: 'A game slug, or global' })
  declare game?: string

  async run() {
    const { DateTime } = await import('luxon')
    const { default: gameRegistry } = await import('#game_kit/registry')
    const { ALL_TIME, GLOBAL_BOARD, isoWeekOf, weekBounds } = await import('#services/leaderboard_periods')
    const { rebuildBoards } = await import('#actions/leaderboards/rebuild_boards')
    const { refreshSnapshots } = await import('#actions/leaderboards/refresh_snapshots')

    const games = [GLOBAL_BOARD, ...gameRegistry.all().map((game) => game.slug)]
    if (this.game && !games.includes(this.game)) {
      this.logger.error(`Unknown game "${this.game}": one of ${games.join(', ')}`)
      this.exitCode = 1
      return
    }
    let periods = [isoWeekOf(DateTime.utc()), ALL_TIME]
    if (this.period === 'weekly') periods = [isoWeekOf(DateTime.utc())]
    else if (this.period === 'all_time') periods = [ALL_TIME]
    else if (this.period !== undefined) {
      try {
        weekBounds(this.period)
        periods = [this.period]
      } catch {
        this.logger.error(`--period must be weekly, all_time or an ISO week like 2026-W48 (got "${this.period}")`)
        this.exitCode = 1
        return
      }
    }
    const boards = periods.flatMap((period) => (this.game ? [this.game] : games).map((gameSlug) => ({ period, gameSlug })))

    let result: { boards: number; rows: number } | undefined
    await this.ui
      .tasks({ verbose: false })
      .add(`Rebuilding ${boards.length} board(s) from the XP ledger`, async (task) => {
        result = await rebuildBoards(boards, (done, total) => task.update(progressBar(done, total)))
        await refreshSnapshots(boards)
        return `${result.rows} player score(s) on ${result.boards} board(s)`
      })
      .run()
    if (!result) {
      this.exitCode = 1
      return
    }
    this.logger.success(`Rebuilt ${boards.map((board) => `${board.period}/${board.gameSlug}`).join(', ')}`)
  }
}
