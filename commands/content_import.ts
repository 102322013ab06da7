import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { resolve } from 'node:path'
import { progressBar } from '#services/progress_bar'

/**
 * Imports content (lexemes, grammar patterns, intents, phrases, game
 * overrides) from JSON or CSV files.
 */
export default class ContentImport extends BaseCommand {
  static commandName = 'content:import'
  static description = 'Import content files (JSON or CSV): validate every row, then upsert by natural key'
  static help = [
    'Files are recognised by name: lexemes, grammar_patterns, intents, phrases (.json or .csv),',
    'and games/<slug>/content/overrides.json (or overrides.<slug>.json) for a game.',
    'Any bad row is reported as file:line: reason and nothing is written.',
    '{{ binaryName }} content:import database/content --dry-run',
  ]
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'A content file or a folder of them' })
  declare path: string

  @flags.boolean({ description: 'Validate only, write nothing' })
  declare dryRun: boolean

  async run() {
    const { importContent } = await import('#actions/content/import_content')
    const path = resolve(this.app.makePath(), this.path)
    let report: Awaited<ReturnType<typeof importContent>> | undefined
    try {
      await this.ui
        .tasks({ verbose: false })
        .add(`Importing ${this.path}`, async (task) => {
          report = await importContent(path, {
            dryRun: this.dryRun,
            onProgress: (done, total) => task.update(progressBar(done, total)),
          })
          if (report.problems.length > 0) return task.error(`${report.problems.length} problem(s): nothing written`)
          return this.dryRun ? `${report.rows} rows valid (dry run: nothing written)` : `${report.rows} rows`
        })
        .run()
    } catch (error) {
      this.logger.error((error as Error).message)
      this.exitCode = 1
      return
    }

    // The task runner reports a failed task (an unreachable database) itself and leaves no report.
    if (!report) {
      this.exitCode = 1
      return
    }
    const result = report
    for (const problem of result.problems) this.logger.error(`${problem.file}:${problem.line}: ${problem.reason}`)
    if (result.problems.length > 0) {
      this.exitCode = 1
      return
    }
    if (result.written) {
      this.logger.success(`${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged (${result.files.length} file(s))`)
    } else {
      this.logger.success(`${result.rows} rows in ${result.files.length} file(s) are valid`)
    }
  }
}
