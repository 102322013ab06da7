import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { parleyConfig } from '#config/parley'

/**
 * One step from a fresh checkout to a usable app: creates the data folder,
 * runs pending migrations and the (idempotent) seeders. Safe to run on
 * every start.
 */
export default class Setup extends BaseCommand {
  static commandName = 'setup'
  static description = 'Migrate the database and seed demo content (safe to run repeatedly)'

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.boolean({ description: 'Skip the seeders' })
  declare noSeed: boolean

  async run() {
    await this.kernel.exec('migration:run', ['--force'])
    if (this.exitCode) return

    // XP awarded before leaderboards existed gets onto them once.
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const [boards, ledger] = await Promise.all([db.from('leaderboard_scores').first(), db.from('xp_awards').first()])
    if (!boards && ledger) {
      await this.kernel.exec('leaderboard:rebuild', [])
      if (this.exitCode) return
    }

    if (!this.noSeed) {
      await this.kernel.exec('db:seed', [])
      if (this.exitCode) return
    }

    if (!this.app.inProduction) {
      this.logger.success('Parley is ready. Demo accounts (development only):')
      const table = this.ui.table()
      table.head(['Role', 'Email', 'Password'])
      for (const account of parleyConfig.demoAccounts) {
        table.row([account.role, account.email, account.password])
      }
      table.render()
      const { appUrl } = await import('#config/app')
      this.logger.info(`Open ${appUrl}; without SMTP, mails are kept at ${appUrl}/dev/mailbox`)
    }
  }
}
