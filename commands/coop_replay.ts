import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Plays a stored co-op match again from its replay log and says whether it
 * ends where the match did: an audit of results (a score the phrases did
 * not earn does not replay to the same state).
 */
export default class CoopReplay extends BaseCommand {
  static commandName = 'coop:replay'
  static description = 'Play a co-op match again from its replay log and compare it with the stored result'
  static help = [
    'Re-runs every order of the log through the game rules, tick by tick, from the match seed.',
    'Exit code 0 when the replay ends in the same state and outcome, 1 when it does not or cannot run.',
    '{{ binaryName }} coop:replay 2b1c6f0e-5a43-4a8e-9d1e-7d3c2f8a9b10 [--json]',
  ]
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The match id' })
  declare matchId: string

  @flags.boolean({ description: 'Print the report as JSON' })
  declare json?: boolean

  async run() {
    const { default: CoopMatch } = await import('#models/coop_match')
    const { default: gameRegistry } = await import('#game_kit/registry')
    const { replayMatch } = await import('#realtime/replay')

    const match = await CoopMatch.query().where('id', this.matchId).preload('players').first()
    if (!match) {
      this.logger.error(`No co-op match has the id "${this.matchId}"`)
      this.exitCode = 1
      return
    }
    if (!match.replay) {
      this.logger.error(`Match ${match.id} has no replay log (its results came from an external hub)`)
      this.exitCode = 1
      return
    }
    const game = gameRegistry.find(match.gameSlug)
    if (!game) {
      this.logger.error(`The game "${match.gameSlug}" is not registered in this app`)
      this.exitCode = 1
      return
    }
    const report = replayMatch(game, match.replay)
    const acceptedStored = Object.fromEntries(match.players.map((player) => [player.seat, player.accepted]))
    const sameOrders = match.players.every((player) => (report.acceptedBySeat[player.seat] ?? 0) === player.accepted)
    const matches = report.matches && sameOrders && report.endTick === match.ticks && report.outcome === match.outcome

    if (this.json) {
      this.logger.log(JSON.stringify({ matchId: match.id, matches, stored: { outcome: match.outcome, ticks: match.ticks, digest: match.replay.digest, acceptedBySeat: acceptedStored }, replayed: report }, null, 2))
    } else {
      const table = this.ui.table()
      table.head(['', 'stored', 'replayed'])
      table.row(['outcome', match.outcome, report.outcome])
      table.row(['ticks', String(match.ticks), String(report.endTick)])
      table.row(['final state', match.replay.digest, report.digest])
      table.row(['orders carried out (by seat)', JSON.stringify(acceptedStored), JSON.stringify(report.acceptedBySeat)])
      table.render()
      this.logger.info(`${match.replay.commands.length} order(s) replayed: ${report.accepted} carried out, ${report.refused} refused`)
      if (matches) this.logger.success(`Match ${match.id} replays to the same result`)
      else this.logger.error(`Match ${match.id} does NOT replay to the stored result`)
    }
    this.exitCode = matches ? 0 : 1
  }
}
