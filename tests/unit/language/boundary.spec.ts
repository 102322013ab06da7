import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { check } from '#language/check'
import { seededLevel } from '#services/seed_content'

/**
 * app/language runs in the browser too: it may import itself and a few
 * pure packages, never the framework, the database, Node or the DOM.
 */
const ALLOWED_PACKAGES = new Set(['compromise'])

test.group('Language engine boundary', () => {
  test('imports only its own modules and pure packages', async ({ assert }) => {
    const folder = app.makePath('app/language')
    const offending: string[] = []
    for (const file of await readdir(folder)) {
      if (!file.endsWith('.ts')) continue
      const source = await readFile(`${folder}/${file}`, 'utf8')
      for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const specifier = match[1] ?? match[2]
        if (specifier.startsWith('#language/') || ALLOWED_PACKAGES.has(specifier)) continue
        offending.push(`${file}: ${specifier}`)
      }
      for (const global of ['process.', 'window.', 'document.', 'Buffer.', 'require(']) {
        if (source.includes(global)) offending.push(`${file}: uses ${global}`)
      }
    }
    assert.deepEqual(offending, [])
  })

  test('a compiled level survives JSON (how it reaches the browser) with the same verdicts', ({ assert }) => {
    for (const [game, number] of [['farm', 2], ['strategy', 1]] as const) {
      const level = seededLevel(game, number)
      const shipped = JSON.parse(JSON.stringify(level))
      for (const utterance of [level.canonical, 'plnt three potatos', 'Move archers the north', 'Plant three potato', '']) {
        assert.deepEqual(check(utterance, shipped, {}), check(utterance, level, {}), `${game} ${number}: ${utterance}`)
      }
    }
  })
})
