import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import { IntlMessageFormat } from 'intl-messageformat'

type Catalog = Map<string, string>

function flatten(value: unknown, prefix: string, into: Catalog) {
  if (typeof value === 'string') {
    into.set(prefix, value)
    return
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    flatten(child, prefix ? `${prefix}.${key}` : key, into)
  }
}

/** The core's messages and every game's (games/<slug>/lang), as the i18n config loads them. */
async function loadCatalog(locale: string): Promise<Catalog> {
  const games = await readdir(app.makePath('games'), { withFileTypes: true })
  const folders = [
    app.languageFilesPath(locale),
    ...games.filter((entry) => entry.isDirectory()).map((entry) => app.makePath('games', entry.name, 'lang', locale)),
  ]
  const catalog: Catalog = new Map()
  for (const folder of folders) {
    const files = await readdir(folder).catch(() => [])
    for (const file of files) {
      if (!file.endsWith('.json')) continue
      const namespace = file.replace(/\.json$/, '')
      flatten(JSON.parse(await readFile(join(folder, file), 'utf8')), namespace, catalog)
    }
  }
  return catalog
}

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && /\.(tsx?|edge)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * Every interface string exists in English and Russian, parses as ICU, and
 * every literal key the code asks for exists.
 */
test.group('Translations', () => {
  test('English and Russian have the same keys', async ({ assert }) => {
    const en = await loadCatalog('en')
    const ru = await loadCatalog('ru')
    assert.deepEqual([...en.keys()].filter((key) => !ru.has(key)), [], 'missing in Russian')
    assert.deepEqual([...ru.keys()].filter((key) => !en.has(key)), [], 'missing in English')
  })

  test('every message is valid ICU in its language', async ({ assert }) => {
    for (const locale of ['en', 'ru']) {
      for (const [key, message] of await loadCatalog(locale)) {
        assert.doesNotThrow(() => new IntlMessageFormat(message, locale), `${locale}: ${key}`)
      }
    }
  })

  test('every literal key used by pages, mails and server code exists', async ({ assert }) => {
    const en = await loadCatalog('en')
    const files = [
      ...(await sourceFiles(app.makePath('resources/js'))),
      ...(await sourceFiles(app.makePath('resources/views'))),
      ...(await sourceFiles(app.makePath('app'))),
      ...(await sourceFiles(app.makePath('games'))),
    ]
    const missing: string[] = []
    for (const file of files) {
      const source = await readFile(file, 'utf8')
      for (const match of source.matchAll(/\bt\(\s*'([a-z_]+\.[a-zA-Z0-9_.]+)'/g)) {
        // A key ending in a dot is a prefix completed at run time.
        if (!match[1].endsWith('.') && !en.has(match[1])) missing.push(`${match[1]} (${file.replace(app.makePath(), '')})`)
      }
    }
    assert.deepEqual(missing, [])
  })
})
