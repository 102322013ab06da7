import { test } from '@japa/runner'
import { readdir } from 'node:fs/promises'
import { posix } from 'node:path'
import app from '@adonisjs/core/services/app'
import { importsIn, importsOf, sourceFilesUnder } from '#tests/helpers/imports'

/**
 * The module boundaries of ARCHITECTURE.md: the core reaches games only
 * through the registry; a game uses the game kit, the language engine and
 * its own files, never another game or the core's internals; a game's rules
 * are pure.
 */
const CORE_FOLDERS = ['app', 'start', 'config', 'providers', 'commands', 'resources/js', 'database']

/** What a game module may import besides its own files. */
function gameMayImport(specifier: string, slug: string, file: string) {
  const ownGame = specifier.startsWith(`#games/${slug}/`)
  const kit = specifier.startsWith('#game_kit/') || specifier.startsWith('#language/')
  const relativeInside =
    specifier.startsWith('.') && posix.join(posix.dirname(file), specifier).startsWith(`games/${slug}/`)
  const inside = relativeInside || ownGame
  if (file.includes('/rules/')) return kit || (inside && !specifier.includes('/client/') && !specifier.includes('/server/'))
  // The island runs in the browser: the client SDK and Pixi, never server code.
  if (file.includes('/client/')) return inside || specifier.startsWith('~/game_kit/') || specifier === 'pixi.js' || specifier.startsWith('pixi.js/')
  const framework = specifier.startsWith('@adonisjs/') || specifier.startsWith('@japa/') || specifier.startsWith('node:')
  return inside || kit || framework
}

async function gameSlugs() {
  const entries = await readdir(app.makePath('games'), { withFileTypes: true })
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
}

test.group('Architecture · game modules', () => {
  test('a game imports only the kit, the language engine, the framework and itself', async ({ assert }) => {
    const offending: string[] = []
    for (const slug of await gameSlugs()) {
      for (const file of await sourceFilesUnder(app.makePath(), `games/${slug}`)) {
        for (const specifier of await importsIn(app.makePath(), file)) {
          if (!gameMayImport(specifier, slug, file)) offending.push(`${file}: ${specifier}`)
        }
      }
    }
    assert.deepEqual(offending, [])
  })

  test('the core never imports a game', async ({ assert }) => {
    const offending: string[] = []
    for (const folder of CORE_FOLDERS) {
      for (const file of await sourceFilesUnder(app.makePath(), folder)) {
        for (const specifier of await importsIn(app.makePath(), file)) {
          if (specifier.startsWith('#games/') || /(^|\/)games\/[a-z0-9]+\//.test(specifier)) offending.push(`${file}: ${specifier}`)
        }
      }
    }
    assert.deepEqual(offending, [])
  })

  test('the checker catches what it must', ({ assert }) => {
    // Guards the guard: these would slip through a broken pattern.
    assert.deepEqual(importsOf("import { farmGame } from '#games/farm/manifest'\nimport '#models/user'\nawait import('#services/x')"), [
      '#games/farm/manifest',
      '#models/user',
      '#services/x',
    ])
    assert.isFalse(gameMayImport('#models/user', 'farm', 'games/farm/server/x.ts'))
    assert.isFalse(gameMayImport('#games/strategy/manifest', 'farm', 'games/farm/manifest.ts'))
    assert.isFalse(gameMayImport('pixi.js', 'farm', 'games/farm/rules/apply.ts'))
    assert.isFalse(gameMayImport('@adonisjs/core/services/app', 'farm', 'games/farm/rules/apply.ts'))
    assert.isFalse(gameMayImport('node:fs', 'farm', 'games/farm/rules/state.ts'))
    assert.isFalse(gameMayImport('../../strategy/manifest.js', 'farm', 'games/farm/rules/apply.ts'))
    assert.isFalse(gameMayImport('../client/island.js', 'farm', 'games/farm/rules/apply.ts'))
    assert.isTrue(gameMayImport('./catalog.js', 'farm', 'games/farm/rules/apply.ts'))
    assert.isTrue(gameMayImport('#game_kit/registry', 'farm', 'games/farm/farm_provider.ts'))
    assert.isTrue(gameMayImport('pixi.js/unsafe-eval', 'farm', 'games/farm/client/island.ts'))
    assert.isFalse(gameMayImport('pixi.js', 'farm', 'games/farm/manifest.ts'))
    assert.isFalse(gameMayImport('@adonisjs/core/services/app', 'farm', 'games/farm/client/island.ts'))
  })
})
