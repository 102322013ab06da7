import { test } from '@japa/runner'
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import app from '@adonisjs/core/services/app'
import ace from '@adonisjs/core/services/ace'
import MakeGame from '#commands/make_game'
import ContentCheck from '#commands/content_check'
import gameRegistry, { GameRegistry } from '#game_kit/registry'
import { createRng } from '#game_kit/rng'
import type { GameManifest } from '#game_kit/types'
import User from '#models/user'
import contentLibrary from '#services/content_library'
import { UserFactory } from '#database/factories/user_factory'
import { withSeedContent } from '#tests/helpers/content'
import { awarded } from '#tests/helpers/progress'

const RC_FILE = app.makePath('adonisrc.ts')

/** What a command printed (raw mode shares one logger: read, then clear it). */
function printed(command: { logger: { getLogs(): Array<{ message: string }>; flushLogs(): void } }) {
  const lines = command.logger.getLogs().map((log) => log.message)
  command.logger.flushLogs()
  return lines
}

const providerLine = (slug: string) => `    () => import('#games/${slug}/${slug}_provider'),\n`

/**
 * Puts adonisrc.ts back: byte for byte when nobody else touched it since
 * make:game wrote it, otherwise by removing only the scaffolded game's line.
 */
async function restoreRcFile(before: string, after: string | null, slug: string) {
  const now = await readFile(RC_FILE, 'utf8')
  if (now === before) return
  if (after !== null && now === after) return writeFile(RC_FILE, before)
  const withoutGame = now
    .split('\n')
    .filter((line) => !line.includes(`'#games/${slug}/${slug}_provider'`))
    .join('\n')
  if (withoutGame !== now) await writeFile(RC_FILE, withoutGame)
}

/**
 * `make:game` runs in the real tree (it writes games/<slug> and adonisrc.ts)
 * for a throw-away slug, and everything it wrote is removed afterwards.
 */
test.group('make:game', (group) => {
  group.setup(withSeedContent)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('scaffolds a game that registers, passes its canonical phrase and completes level 1', async ({ assert, client }) => {
    const slug = `scaffold${Date.now().toString(36)}`
    const folder = app.makePath('games', slug)
    const before = await readFile(RC_FILE, 'utf8')
    let after: string | null = null
    try {
      const command = await ace.create(MakeGame, [slug])
      await command.exec()
      after = await readFile(RC_FILE, 'utf8')
      const output = printed(command).join('\n')
      command.assertSucceeded()
      assert.include(output, `Game "${slug}" created`)

      // Wired: one provider line more, after the last game's.
      assert.equal(after.replace(providerLine(slug), ''), before)
      assert.include(after, `import('#games/strategy/strategy_provider'),\n${providerLine(slug)}`)

      for (const file of [
        `${slug}_provider.ts`,
        'manifest.ts',
        'rules/state.ts',
        'rules/apply.ts',
        'client/island.ts',
        'content/levels.json',
        'content/overrides.json',
        `lang/en/${slug}.json`,
        `lang/ru/${slug}.json`,
        'tests/unit/rules.spec.ts',
      ]) {
        assert.isTrue(existsSync(app.makePath('games', slug, file)), `games/${slug}/${file}`)
      }
      const island = await readFile(app.makePath('games', slug, 'client', 'island.ts'), 'utf8')
      assert.include(island, "await Promise.all([import('pixi.js'), import('pixi.js/unsafe-eval')])")
      assert.include(island, 'export default defineIsland')

      // The registry takes the manifest as it is.
      const module = await import(pathToFileURL(app.makePath('games', slug, 'manifest.ts')).href)
      const manifest: GameManifest = module[`${slug}Game`]
      assert.equal(manifest.slug, slug)
      assert.doesNotThrow(() => new GameRegistry().register(manifest))
      const [level] = manifest.levels

      // make:game imported the overrides: the canonical phrase passes with 100 and meets the goal.
      contentLibrary.invalidate()
      const check = await ace.create(ContentCheck, [level.canonical, `--game=${slug}`, '--level=1', '--json'])
      await check.exec()
      check.assertSucceeded()
      const verdict = JSON.parse(printed(check).join('\n'))
      assert.isTrue(verdict.passed)
      assert.equal(verdict.score, 100)
      assert.isTrue(verdict.goalMatched)

      // The rules carry out what the checker understood, and the level is complete.
      const result = manifest.rules.apply(
        manifest.rules.initialState(level, createRng(1)),
        { name: verdict.intent.name, slots: verdict.intent.slots, countsForGoal: verdict.goalMatched },
        createRng(1)
      )
      assert.isTrue(result.accepted)
      assert.isTrue(result.levelComplete)

      // Played over HTTP as its provider would register it at boot.
      gameRegistry.register(manifest)
      try {
        const user = await UserFactory.create()
        const token = (await User.accessTokens.create(user)).value!.release()
        const response = await client
          .post(`/api/games/${slug}/levels/1/attempts`)
          .bearerToken(token)
          .json({ utterance: level.canonical, inputMode: 'text' })
        response.assertStatus(200)
        const { attempt, game } = response.body()
        assert.isTrue(attempt.passed)
        assert.equal(attempt.score, 100)
        assert.isTrue(game.accepted)
        assert.isTrue(game.levelComplete)
        await awarded(attempt.id)
      } finally {
        gameRegistry.unregister(slug)
      }
    } finally {
      await rm(folder, { recursive: true, force: true })
      await restoreRcFile(before, after, slug)
      contentLibrary.invalidate()
    }
    assert.isFalse(existsSync(folder))
    assert.equal(await readFile(RC_FILE, 'utf8'), before, 'adonisrc.ts is back as it was')
  }).timeout(120_000)

  test('refuses a slug that is not one lowercase word, an existing game and a core message namespace', async ({ assert }) => {
    const before = await readFile(RC_FILE, 'utf8')
    const refusals: Array<[string, RegExp]> = [
      ['Bad-Slug', /is not a game slug/],
      ['x', /is not a game slug/],
      ['9lives', /is not a game slug/],
      ['two words', /is not a game slug/],
      ['a'.repeat(31), /is not a game slug/],
      ['farm', /games\/farm already exists/],
      ['play', /message namespace of the core/],
    ]
    for (const [slug, message] of refusals) {
      const command = await ace.create(MakeGame, [slug])
      await command.exec()
      command.assertFailed()
      assert.match(printed(command).join('\n'), message, slug)
    }
    assert.isFalse(existsSync(app.makePath('games', 'Bad-Slug')))
    assert.isFalse(existsSync(app.makePath('games', 'play')))
    assert.equal(await readFile(RC_FILE, 'utf8'), before)
  })
})
