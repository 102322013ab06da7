import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * The games this process registers at boot (from the game registry), and
 * with `--levels` or a slug, each game's levels.
 */
export default class GamesList extends BaseCommand {
  static commandName = 'games:list'
  static description = 'List the registered games (slug, title, modes, levels), or the levels of one game'
  static help = [
    '{{ binaryName }} games:list',
    '{{ binaryName }} games:list --levels      (every game with its levels)',
    '{{ binaryName }} games:list farm          (the levels of one game)',
    '{{ binaryName }} games:list --json',
  ]
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Only this game, with its levels', required: false })
  declare slug?: string

  @flags.boolean({ description: 'Also list each game’s levels' })
  declare levels: boolean

  @flags.boolean({ description: 'Print JSON' })
  declare json: boolean

  async run() {
    const { default: gameRegistry } = await import('#game_kit/registry')
    let games = gameRegistry.all().sort((left, right) => left.slug.localeCompare(right.slug))
    if (this.slug) {
      games = games.filter((game) => game.slug === this.slug)
      if (games.length === 0) {
        this.logger.error(`No game "${this.slug}" is registered (registered: ${gameRegistry.all().map((game) => game.slug).join(', ') || 'none'})`)
        this.exitCode = 1
        return
      }
    }
    const withLevels = this.levels || this.slug !== undefined

    if (this.json) {
      const rows = games.map((game) => ({
        slug: game.slug,
        title: game.title.en,
        modes: game.modes,
        levels: withLevels
          ? game.levels.map((level) => ({
              number: level.number,
              key: level.key,
              title: level.title.en,
              cefr: level.cefr,
              difficulty: level.difficulty,
              tags: level.tags ?? [],
            }))
          : game.levels.length,
      }))
      this.logger.log(JSON.stringify(rows, null, 2))
      return
    }

    if (games.length === 0) {
      this.logger.info('No games are registered: add one with node ace make:game <slug>')
      return
    }

    const table = this.ui.table()
    table.head(['Slug', 'Title', 'Modes', 'Levels'])
    for (const game of games) table.row([game.slug, game.title.en, game.modes.join(', '), String(game.levels.length)])
    table.render()

    if (!withLevels) return
    for (const game of games) {
      this.logger.log('')
      this.logger.log(this.colors.bold(`${game.title.en} (${game.slug})`))
      const levels = this.ui.table()
      levels.head(['#', 'Key', 'Title', 'CEFR', 'Difficulty', 'Tags'])
      for (const level of game.levels) {
        levels.row([String(level.number), level.key, level.title.en, level.cefr, String(level.difficulty), (level.tags ?? []).join(', ')])
      }
      levels.render()
    }
  }
}
