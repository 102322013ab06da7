import { test } from '@japa/runner'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ace from '@adonisjs/core/services/ace'
import ContentImport from '#commands/content_import'
import ContentExport from '#commands/content_export'
import ContentCheck from '#commands/content_check'
import contentLibrary from '#services/content_library'
import Lexeme from '#models/lexeme'
import { freshStatePerTest } from '#tests/helpers/state'

/**
 * What a command printed (raw mode shares one logger: read, then clear it).
 */
function printed(command: { logger: { getLogs(): Array<{ message: string }>; flushLogs(): void } }) {
  const lines = command.logger.getLogs().map((log) => log.message)
  command.logger.flushLogs()
  return lines
}

async function importSeed() {
  for (const path of ['database/content/en', 'games']) {
    const command = await ace.create(ContentImport, [path])
    await command.exec()
    command.assertSucceeded()
    printed(command)
  }
  contentLibrary.invalidate()
}

test.group('content commands', (group) => {
  freshStatePerTest(group)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('content:import reports every bad row as file:line and writes nothing', async ({ assert }) => {
    const command = await ace.create(ContentImport, ['tests/fixtures/content/invalid'])
    await command.exec()
    command.assertFailed()
    const errors = printed(command).filter((line) => /\.(json|csv):\d+: /.test(line))
    assert.isAtLeast(errors.length, 2)
    assert.lengthOf(await Lexeme.all(), 0)
  })

  test('content:import --dry-run validates without writing; a real import is idempotent', async ({ assert }) => {
    const dry = await ace.create(ContentImport, ['database/content/en', '--dry-run'])
    await dry.exec()
    dry.assertSucceeded()
    assert.match(printed(dry).join('\n'), /rows in \d+ file\(s\) are valid/)
    assert.lengthOf(await Lexeme.all(), 0)

    await importSeed()
    const count = (await Lexeme.all()).length
    assert.isAtLeast(count, 200)

    const again = await ace.create(ContentImport, ['database/content/en'])
    await again.exec()
    again.assertSucceeded()
    assert.match(printed(again).join('\n'), /0 created, 0 updated, \d+ unchanged/)
  })

  test('content:export writes files that import back unchanged', async ({ assert }) => {
    await importSeed()
    const folder = await mkdtemp(join(tmpdir(), 'parley-export-'))
    try {
      const exported = await ace.create(ContentExport, [folder])
      await exported.exec()
      exported.assertSucceeded()

      const reimport = await ace.create(ContentImport, [folder])
      await reimport.exec()
      reimport.assertSucceeded()
      assert.match(printed(reimport).join('\n'), / 0 created, 0 updated, \d+ unchanged/)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('content:check prints a verdict; --json and --file print JSON', async ({ assert }) => {
    await importSeed()
    const human = await ace.create(ContentCheck, ['Plant three potato', '--game=farm', '--level=2'])
    await human.exec()
    human.assertSucceeded()
    const text = printed(human).join('\n')
    assert.include(text, 'FAILED')
    assert.include(text, 'wrong_form')
    assert.include(text, '"potato" → "potatoes"')
    assert.include(text, 'Right word, wrong form')

    const json = await ace.create(ContentCheck, ['Plant 3 potatoes', '--game=farm', '--level=2', '--json', '--locale=ru'])
    await json.exec()
    const verdict = JSON.parse(printed(json).join('\n'))
    assert.isTrue(verdict.passed)
    assert.equal(verdict.score, 100)
    assert.deepEqual(verdict.intent, { name: 'plant', slots: { crop: 'potato', quantity: 3 } })

    const folder = await mkdtemp(join(tmpdir(), 'parley-check-'))
    try {
      const file = join(folder, 'answers.txt')
      await writeFile(file, 'Plant three potatoes.\n\nPlant three potato\r\nplnt three potatoes\n')
      const batch = await ace.create(ContentCheck, [`--file=${file}`, '--game=farm', '--level=2'])
      await batch.exec()
      batch.assertSucceeded()
      const verdicts = printed(batch).map((line) => JSON.parse(line))
      assert.deepEqual(
        verdicts.map((one) => [one.passed, one.feedback.map((item: { kind: string }) => item.kind)]),
        [
          [true, []],
          [false, ['wrong_form']],
          [true, ['typo']],
        ]
      )
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('content:check on a missing level or without an utterance fails clearly', async ({ assert }) => {
    await importSeed()
    const missing = await ace.create(ContentCheck, ['Plant carrots', '--game=farm', '--level=99'])
    await missing.exec()
    missing.assertFailed()
    assert.include(printed(missing).join('\n'), 'No level 99 in game "farm"')

    const nothing = await ace.create(ContentCheck, ['--game=farm', '--level=1'])
    await nothing.exec()
    nothing.assertFailed()
  })
})

