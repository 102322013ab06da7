import { test } from '@japa/runner'
import { mkdtemp, rm, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import { importContent } from '#actions/content/import_content'
import { exportContent } from '#actions/content/export_content'
import contentLibrary from '#services/content_library'
import { check } from '#language/check'
import type { LevelLanguageData } from '#language/content'
import Lexeme from '#models/lexeme'
import Intent from '#models/intent'
import GameIntent from '#models/game_intent'
import Phrase from '#models/phrase'
import { freshStatePerTest } from '#tests/helpers/state'

const VALID = app.makePath('tests/fixtures/content/valid')
const INVALID = app.makePath('tests/fixtures/content/invalid')

const level: LevelLanguageData = {
  number: 1,
  key: 'count',
  title: { en: 'Count' },
  goals: [{ intent: 'plant', slots: { crop: 'potato', quantity: 3 } }],
  canonical: 'Plant three potatoes.',
  allowedIntents: ['plant'],
  vocabulary: ['en:potato:noun'],
  grammar: ['plural_after_numbers'],
  hints: [{ en: 'A number, then the plural.' }, { en: 'Plant…' }, { en: 'Plant three potatoes.' }],
  cefr: 'A1',
  difficulty: 1,
}

test.group('content:import', (group) => {
  freshStatePerTest(group)

  test('imports valid files, and importing them again changes nothing', async ({ assert }) => {
    const first = await importContent(VALID)
    assert.deepEqual(first.problems, [])
    assert.isTrue(first.written)
    assert.equal(first.created, 7 + 2 + 1 + 2 + 1)
    assert.equal(first.updated, 0)

    const potato = await Lexeme.findByOrFail('key', 'en:potato:noun')
    assert.deepEqual(potato.forms, { plural: 'potatoes' })
    assert.equal(potato.version, 1)
    assert.equal(potato.status, 'published')

    const again = await importContent(VALID)
    assert.equal(again.created, 0)
    assert.equal(again.updated, 0)
    assert.equal(again.unchanged, first.created)
    await potato.refresh()
    assert.equal(potato.version, 1)
  })

  test('bad rows are reported with file and line, and nothing is written', async ({ assert }) => {
    const report = await importContent(INVALID)
    assert.isFalse(report.written)
    const lines = report.problems.map((problem) => `${problem.file}:${problem.line}`)
    const reasons = report.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.reason}`).join('\n')

    assert.include(lines, 'lexemes.json:3', reasons)
    assert.match(reasons, /lexemes\.json:3: pos: /)
    assert.match(reasons, /lexemes\.json:12: cefr: /)
    assert.match(reasons, /lexemes\.json:13: duplicate key en:plant:verb \(first at lexemes\.json:2\)/)
    assert.match(reasons, /phrases\.csv:3: broken_template: "plant \(carrots": Missing "\)"/)
    assert.match(reasons, /phrases\.csv:4: unknown_intent: intent dance does not exist/)
    assert.match(reasons, /intents\.json:2: plant: verb en:dig:verb is not a lexeme/)

    assert.lengthOf(await Lexeme.all(), 0, 'the good rows were not written either')
    assert.lengthOf(await Phrase.all(), 0)
  })

  test('a dry run validates without writing', async ({ assert }) => {
    const report = await importContent(VALID, { dryRun: true })
    assert.deepEqual(report.problems, [])
    assert.isFalse(report.written)
    assert.lengthOf(await Lexeme.all(), 0)
  })

  test('a changed row gets a new version; export then import round-trips', async ({ assert }) => {
    await importContent(VALID)
    const folder = await mkdtemp(join(tmpdir(), 'parley-content-'))
    try {
      await exportContent(folder)
      const exported = JSON.parse(await readFile(join(folder, 'lexemes.json'), 'utf8'))
      assert.lengthOf(exported, 7)
      const roundTrip = await importContent(folder)
      assert.deepEqual(roundTrip.problems, [])
      assert.equal(roundTrip.created + roundTrip.updated, 0, 'exported content imports as unchanged')

      const intent = await Intent.findByOrFail('key', 'plant')
      intent.verbs = ['en:plant:verb', 'en:sow:verb']
      await intent.save()
      const restored = await importContent(VALID)
      assert.equal(restored.updated, 1)
      await intent.refresh()
      assert.deepEqual(intent.verbs, ['en:plant:verb'])
      assert.equal(intent.version, 2)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test("a game's override changes the verdict for that game only", async ({ assert }) => {
    await importContent(VALID)
    assert.lengthOf(await GameIntent.query().where('game_slug', 'farm'), 1)

    const farm = await contentLibrary.compile('farm', level)
    const strategy = await contentLibrary.compile('strategy', level)
    // "sow" is a verb of plant only on the farm (its override adds it).
    assert.isTrue(check('Sow three potatoes', farm).passed)
    assert.isFalse(check('Sow three potatoes', strategy).passed)
    // The rest is the same everywhere.
    assert.isTrue(check('Plant three potatoes.', strategy).passed)
    assert.equal(check('Plant three potato', farm).feedback[0].ruleKey, 'plural_after_numbers')
  })
})
