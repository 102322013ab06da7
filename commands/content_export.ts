import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { resolve } from 'node:path'

export default class ContentExport extends BaseCommand {
  static commandName = 'content:export'
  static description = 'Export the content library as JSON files that content:import reads back'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Folder to write into (created if missing)' })
  declare folder: string

  async run() {
    const { exportContent } = await import('#actions/content/export_content')
    const summary = await exportContent(resolve(this.app.makePath(), this.folder))
    this.logger.success(
      `${summary.lexemes} lexemes, ${summary.patterns} patterns, ${summary.intents} intents, ${summary.phrases} phrases` +
        (summary.games.length ? `, overrides of ${summary.games.join(', ')}` : '') +
        ` → ${this.folder}`
    )
  }
}
