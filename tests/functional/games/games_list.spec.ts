import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import GamesList from '#commands/games_list'

/** What a command printed (raw mode shares one logger: read, then clear it). */
function printed(command: { logger: { getLogs(): Array<{ message: string }>; flushLogs(): void } }) {
  const lines = command.logger.getLogs().map((log) => log.message)
  command.logger.flushLogs()
  return lines
}

test.group('games:list', (group) => {
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('lists the registered games with their modes and number of levels', async ({ assert }) => {
    const command = await ace.create(GamesList, [])
    await command.exec()
    command.assertSucceeded()
    const text = printed(command).join('\n')
    assert.match(text, /farm.*Farm.*solo.*12/)
    assert.notInclude(text, 'first_seeds', 'levels only on request')
  })

  test('with a slug or --levels, every level: number, key, title, CEFR, difficulty, tags', async ({ assert }) => {
    for (const argv of [['farm'], ['--levels']]) {
      const command = await ace.create(GamesList, argv)
      await command.exec()
      command.assertSucceeded()
      const text = printed(command).join('\n')
      assert.match(text, /1.*first_seeds.*First seeds.*A1.*1.*farm, tutorial, crops, imperative/)
      assert.match(text, /12.*market_run.*A2/)
    }
  })

  test('--json prints the same as data', async ({ assert }) => {
    const command = await ace.create(GamesList, ['farm', '--json'])
    await command.exec()
    command.assertSucceeded()
    const [farm] = JSON.parse(printed(command).join('\n'))
    assert.equal(farm.slug, 'farm')
    assert.deepEqual(farm.modes, ['solo'])
    assert.lengthOf(farm.levels, 12)
    assert.deepEqual(farm.levels[0], {
      number: 1,
      key: 'first_seeds',
      title: 'First seeds',
      cefr: 'A1',
      difficulty: 1,
      tags: ['farm', 'tutorial', 'crops', 'imperative'],
    })
  })

  test('an unknown slug fails and names the registered games', async ({ assert }) => {
    const command = await ace.create(GamesList, ['nope'])
    await command.exec()
    command.assertFailed()
    assert.match(printed(command).join('\n'), /No game "nope" is registered \(registered: .*farm/)
  })
})
