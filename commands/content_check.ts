import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { DescribedVerdict } from '#services/verdict_messages'

/**
 * Content QA from the terminal: how the checker judges an utterance (or a
 * file of them, one per line) in a level.
 */
export default class ContentCheck extends BaseCommand {
  static commandName = 'content:check'
  static description = 'Check an utterance (or a file of them) against a level and print the verdict'
  static help = [
    '{{ binaryName }} content:check "Plant three potato" --game farm --level 2',
    '{{ binaryName }} content:check --file answers.txt --game farm --level 2   (one JSON verdict per line)',
  ]
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'What the player wrote', required: false })
  declare utterance?: string

  @flags.string({ description: 'Game slug', required: true })
  declare game: string

  @flags.number({ description: 'Level number', required: true })
  declare level: number

  @flags.string({ description: 'File with one utterance per line' })
  declare file?: string

  @flags.boolean({ description: 'Print the verdict as JSON' })
  declare json: boolean

  @flags.string({ description: 'Language of explanations (en, ru)', default: 'en' })
  declare locale: string

  async run() {
    const { default: contentLibrary } = await import('#services/content_library')
    const { check } = await import('#language/check')
    const { describeVerdict } = await import('#services/verdict_messages')
    const { default: i18nManager } = await import('@adonisjs/i18n/services/main')
    const i18n = i18nManager.locale(this.locale === 'ru' ? 'ru' : 'en')
    const level = await contentLibrary.level(this.game, this.level)
    if (!level) {
      this.logger.error(`No level ${this.level} in game "${this.game}"`)
      this.exitCode = 1
      return
    }
    const options = { uiLocale: this.locale === 'ru' ? ('ru' as const) : ('en' as const), dictionary: await contentLibrary.dictionary() }

    if (this.file) {
      const lines = (await readFile(resolve(this.app.makePath(), this.file), 'utf8')).split(/\r?\n/).filter((line) => line.trim())
      for (const line of lines) this.logger.log(JSON.stringify(describeVerdict(check(line, level, options), i18n)))
      return
    }
    if (!this.utterance) {
      this.logger.error('Give an utterance or --file')
      this.exitCode = 1
      return
    }
    const verdict = describeVerdict(check(this.utterance, level, options), i18n)
    if (this.json) {
      this.logger.log(JSON.stringify(verdict, null, 2))
      return
    }
    this.print(verdict)
  }

  print(verdict: DescribedVerdict) {
    const colors = this.colors
    this.logger.log(`${verdict.passed ? colors.green('PASSED') : colors.red('FAILED')}  score ${verdict.score}${verdict.goalMatched ? '  (a goal of the level)' : ''}`)
    if (verdict.error) this.logger.log(colors.red(verdict.error.message))
    if (verdict.intent) {
      const slots = Object.entries(verdict.intent.slots).map(([name, value]) => `${name}=${value}`).join(', ')
      this.logger.log(`intent   ${verdict.intent.name}(${slots})`)
    }
    for (const item of verdict.feedback) {
      this.logger.log(
        `${item.blocking ? colors.red('✖') : colors.yellow('•')} ${item.kind.padEnd(13)} [${item.start}-${item.end}] "${item.text}"` +
          (item.expected ? ` → "${item.expected}"` : '') +
          (item.ruleKey ? colors.dim(`  (${item.ruleKey})`) : '') +
          `\n    ${item.message}`
      )
    }
    if (verdict.expected) this.logger.log(`expected ${verdict.expected}`)
    if (verdict.explanation) this.logger.log(`rule     ${verdict.explanation.title}: ${verdict.explanation.text}`)
    for (const step of verdict.trace) this.logger.log(colors.dim(`  ${step.step}: ${step.detail}`))
  }
}
