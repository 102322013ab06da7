import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { existsSync } from 'node:fs'
import { appendFile, readFile, writeFile } from 'node:fs/promises'

/** The registry's rule for a slug: one lowercase word, letters then letters or digits, 2–30 characters. */
const SLUG = /^[a-z][a-z0-9]{1,29}$/

/** The files of a new game, as stubs under stubs/make/game (one file each). */
const STUBS = [
  'provider.stub',
  'manifest.stub',
  'rules/state.stub',
  'rules/apply.stub',
  'client/island.stub',
  'content/levels.stub',
  'content/overrides.stub',
  'lang/en.stub',
  'lang/ru.stub',
  'tests/rules_spec.stub',
]

/**
 * Scaffolds a game module that plays without edits: provider, manifest with
 * one level, pure rules and their unit test, a Pixi island, content and
 * refusal messages; wires the provider into adonisrc.ts and imports the
 * game's content overrides when a database is there.
 */
export default class MakeGame extends BaseCommand {
  static commandName = 'make:game'
  static description = 'Scaffold a playable game module under games/<slug> and register its provider'
  static help = [
    'The slug is one lowercase word: a letter, then letters or digits (2–30).',
    'Writes games/<slug>/ (provider, manifest, rules, island, content, lang,',
    'tests), adds the provider to adonisrc.ts and imports the content',
    'overrides into the database (skip with --no-import).',
    '{{ binaryName }} make:game kitchen',
  ]
  static options: CommandOptions = {}

  @args.string({ description: 'Game slug (one lowercase word)' })
  declare slug: string

  @flags.boolean({ description: "Import the game's content overrides into the database", default: true, showNegatedVariantInHelp: true })
  declare import: boolean

  /** Why the slug cannot be used, or null. */
  problemWithSlug(slug: string): string | null {
    if (!SLUG.test(slug)) {
      return `"${slug}" is not a game slug: use one lowercase word of 2 to 30 letters or digits, starting with a letter (e.g. "kitchen")`
    }
    if (existsSync(this.app.makePath('games', slug))) return `games/${slug} already exists: choose another slug`
    // A game's messages are the i18n namespace `<slug>`: it must not be one of the core's.
    if (existsSync(this.app.languageFilesPath('en', `${slug}.json`))) {
      return `"${slug}" is a message namespace of the core (resources/lang/en/${slug}.json): choose another slug`
    }
    return null
  }

  async run() {
    const slug = this.slug
    const problem = this.problemWithSlug(slug)
    if (problem) {
      this.logger.error(problem)
      this.exitCode = 1
      return
    }

    const codemods = await this.createCodemods()
    let failed = false
    codemods.on('error', () => (failed = true))

    // One word: `kitchen` → kitchenGame, KitchenState, "Kitchen" (no case splitting inside the word).
    const className = slug.charAt(0).toUpperCase() + slug.slice(1)
    const state = { slug, className, variable: slug, title: className }
    const stubsRoot = this.app.makePath('stubs')
    for (const stub of STUBS) {
      const output = await codemods.makeUsingStub(stubsRoot, `make/game/${stub}`, state)
      // Stubs are rendered trimmed; files end with a newline.
      if (output.status !== 'skipped') await appendFile(output.destination, '\n')
    }

    const provider = `#games/${slug}/${slug}_provider`
    await codemods.updateRcFile((rcFile) => rcFile.addProvider(provider))
    if (failed) {
      this.logger.error(`Add the provider to adonisrc.ts by hand, after the last game: () => import('${provider}'),`)
      this.exitCode = 1
      return
    }
    await this.keepTrailingComma(provider)

    if (this.import) await this.importContent(slug)

    const [level] = JSON.parse(await readFile(this.app.makePath('games', slug, 'content', 'levels.json'), 'utf8'))
    this.logger.log('')
    this.logger.success(`Game "${slug}" created. Try it:`)
    this.logger.log(`  node ace content:check "${level.canonical}" --game=${slug} --level=1`)
    this.logger.log(`  node ace test unit --files games/${slug}/tests/unit/rules.spec.ts`)
    this.logger.log(`  open /play/${slug}/1`)
  }

  /** The codemod appends the last entry without the comma every other line of the list has. */
  async keepTrailingComma(provider: string) {
    const rcFile = this.app.makePath('adonisrc.ts')
    const source = await readFile(rcFile, 'utf8')
    const fixed = source.replace(`import('${provider}')\n`, `import('${provider}'),\n`)
    if (fixed !== source) await writeFile(rcFile, fixed)
  }

  /**
   * The new game's intents and phrases into the content library, so its
   * level compiles. Without a database (or its content) that waits for
   * `node ace db:seed` or a later import.
   */
  async importContent(slug: string) {
    const overrides = `games/${slug}/content/overrides.json`
    let imported = false
    try {
      const command = await this.kernel.exec('content:import', [overrides])
      imported = command.exitCode === 0
    } catch (error) {
      this.logger.warning((error as Error).message)
    }
    if (!imported) {
      this.logger.warning(
        `The content overrides were not imported (no database or no content yet). After "node ace migration:run" and "node ace db:seed", or later: node ace content:import ${overrides}`
      )
    }
  }
}
