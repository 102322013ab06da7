import { test } from '@japa/runner'
import { withSeedContent } from '#tests/helpers/content'
import { Visitor, signedInVisitor } from '#tests/helpers/visitor'
import { UserFactory } from '#database/factories/user_factory'
import User from '#models/user'
import { isUnlocked } from '#services/play_levels'
import { attempt, levelProgress, mistake } from '#tests/functional/catalog/helpers'

type Level = {
  game: string
  number: number
  title: string
  task: string
  cefr: string
  difficulty: number
  topics: string[]
  grammar: Array<{ key: string; title: string }>
  state: string
  bestScore: number | null
  attempts: number
  href: string | null
  reason: { kind: string; ruleKey: string | null; ruleTitle: string | null; feedbackKind: string | null; misses: number } | null
}
type Game = { slug: string; title: string; completed: number; total: number; levels: Level[] }

function farmOf(props: { games: Game[] }) {
  return props.games.find((game) => game.slug === 'farm')
}

function farmNumbers(props: { games: Game[] }) {
  return farmOf(props)?.levels.map((level) => level.number) ?? []
}

async function catalog(visitor: Visitor, query = '') {
  const response = await visitor.inertia(`/games${query}`)
  response.assertStatus(200)
  return response.body().props
}

test.group('Catalog: the page', (group) => {
  group.setup(withSeedContent)

  test('is public and server-rendered, with the levels as readable HTML', async ({ client, assert }) => {
    const response = await client.get('/games')
    response.assertStatus(200)
    const html = response.text()
    assert.match(html, /<title[^>]*>Games and levels · Parley<\/title>/)
    assert.match(html, /<meta name="description" content="[^"]{40,}"/)
    assert.match(html, /<div data-server-rendered="true" id="app">.*<main id="main"/s)
    assert.include(html, '<h1>Games and levels</h1>')
    assert.include(html, 'First seeds')
    assert.include(html, 'href="/play/farm/1"', 'the first level is a link even for a guest')
    assert.notInclude(html, 'href="/play/farm/2"', 'a locked level is not a link')
    // The filter form works without JavaScript.
    assert.match(html, /<form[^>]*action="\/games"[^>]*method="get"/)
    assert.match(html, /<label for="catalog-q">Search<\/label>/)
  })

  test('a guest sees every level as a new player would, and no answers', async ({ client, assert }) => {
    const props = await catalog(new Visitor(client))
    const farm = farmOf(props)!
    assert.equal(farm.title, 'Farm')
    assert.equal(farm.total, 12)
    assert.deepEqual(farmNumbers(props), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    assert.containSubset(farm.levels[0], {
      number: 1,
      title: 'First seeds',
      cefr: 'A1',
      difficulty: 1,
      state: 'open',
      bestScore: null,
      href: '/play/farm/1',
      grammar: [{ key: 'imperative', title: 'Giving orders (imperative)' }],
    })
    assert.notInclude(farm.levels[0].topics, 'farm', "the game's own tag is no topic")
    assert.containSubset(farm.levels[1], { number: 2, state: 'locked', href: null })
    assert.isNull(props.continueLevel)
    assert.isNull(props.recommended)
    assert.isNull(props.user ?? null)

    const json = JSON.stringify(props.games)
    assert.notInclude(json, 'Plant three potatoes.', 'the model answer stays on the server')
    assert.notInclude(json, '"canonical"')
    assert.notInclude(json, '"hints"')
    assert.notInclude(json, '"accepted"')
  })

  test('texts, grammar titles and topics follow the interface language', async ({ client, assert }) => {
    const props = await catalog(new Visitor(client, { locale: 'ru' }))
    const farm = farmOf(props)!
    assert.equal(farm.title, 'Ферма')
    assert.equal(farm.levels[1].title, 'Посчитаем')
    assert.equal(farm.levels[1].task, 'Скажите работнику посадить ровно три картофелины.')
    assert.deepEqual(farm.levels[1].grammar, [{ key: 'plural_after_numbers', title: 'Множественное число после чисел' }])
    assert.containSubset(props.facets.grammar, [{ key: 'plural_after_numbers', title: 'Множественное число после чисел' }])
    const html = (await new Visitor(client, { locale: 'ru' }).get('/games')).text()
    assert.include(html, '<h1>Игры и уровни</h1>')
    assert.include(html, 'Животные', 'topic labels are translated')
  })
})

test.group('Catalog: filters', (group) => {
  group.setup(withSeedContent)

  test('facets list the topics, grammar points and CEFR levels of the levels', async ({ client, assert }) => {
    const props = await catalog(new Visitor(client))
    assert.includeMembers(props.facets.topics, ['animals', 'crops', 'market', 'numbers', 'tutorial'])
    assert.notInclude(props.facets.topics, 'farm')
    assert.includeMembers(
      props.facets.grammar.map((pattern: { key: string }) => pattern.key),
      ['imperative', 'plural_after_numbers', 'the_article', 'a_an']
    )
    assert.includeMembers(props.facets.cefr, ['A1', 'A2'])
    assert.deepEqual(props.filters, {})
  })

  test('by topic, grammar point and CEFR level, alone and together', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    assert.deepEqual(farmNumbers(await catalog(visitor, '?topic=animals')), [4, 5, 8, 9])
    assert.deepEqual(farmNumbers(await catalog(visitor, '?grammar=plural_after_numbers')), [2, 4, 5, 10])
    assert.deepEqual(farmNumbers(await catalog(visitor, '?cefr=A2')), [7, 8, 9, 10, 12])

    const both = await catalog(visitor, '?topic=animals&cefr=A2')
    assert.deepEqual(farmNumbers(both), [8, 9])
    assert.deepEqual(both.filters, { topic: 'animals', cefr: 'A2' })
    assert.isAtLeast(both.totals.shown, 2)
    assert.isAbove(both.totals.levels, both.totals.shown)
    // The game keeps its whole-game progress figures while the list is narrowed.
    assert.equal(farmOf(both)!.total, 12)
  })

  test('the search reads titles, tasks and vocabulary: lemmas, forms and translations', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    assert.deepEqual(farmNumbers(await catalog(visitor, '?q=Market')), [5, 6, 12], 'titles and tasks, any case')
    assert.include(farmNumbers(await catalog(visitor, '?q=goose')), 4, 'a word in the vocabulary only')
    assert.include(farmNumbers(await catalog(visitor, '?q=potatoes')), 2, 'a form of a lexeme')
    assert.include(farmNumbers(await catalog(visitor, `?q=${encodeURIComponent('картофель')}`)), 2, 'a translation')
    assert.include(farmNumbers(await catalog(visitor, `?q=${encodeURIComponent('Голодные')}`)), 4, 'a title in another language')
    assert.deepEqual(farmNumbers(await catalog(visitor, '?q=feed%20farmer')), [9], 'every word must match')
    const none = await catalog(visitor, '?q=helicopter')
    assert.deepEqual(none.games, [])
    assert.equal(none.totals.shown, 0)
    const html = (await visitor.get('/games?q=helicopter')).text()
    assert.include(html, 'No level matches these filters.')
  })

  test('bad values are dropped, never an error: the rest still applies', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    const wrongCefr = await catalog(visitor, '?cefr=Z9&topic=animals')
    assert.deepEqual(wrongCefr.filters, { topic: 'animals' })
    assert.deepEqual(farmNumbers(wrongCefr), [4, 5, 8, 9])

    const unknown = await catalog(visitor, '?topic=dragons&grammar=no_such_rule')
    assert.deepEqual(unknown.filters, {}, 'unknown keys are not applied')
    assert.lengthOf(farmNumbers(unknown), 12)

    const malformed = await catalog(visitor, `?topic[]=animals&grammar=${encodeURIComponent('<script>')}&q=${'a'.repeat(81)}&cefr=a2`)
    assert.deepEqual(malformed.filters, {})
    assert.lengthOf(farmNumbers(malformed), 12)

    const blanks = await catalog(visitor, '?topic=&grammar=&cefr=&q=%20%20')
    assert.deepEqual(blanks.filters, {})
    ;(await visitor.get('/games?q=%00%00')).assertStatus(200)
  })
})

test.group('Catalog: a player’s levels', (group) => {
  group.setup(withSeedContent)

  test('locked, open and completed with the best score; only unlocked levels link to play', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await levelProgress(user, 1, { completed: true, attempts: 2, bestScore: 100 })
    await levelProgress(user, 2, { attempts: 3, bestScore: 75 })
    const visitor = await signedInVisitor(client, user)
    const props = await catalog(visitor)
    const [first, second, third] = farmOf(props)!.levels

    assert.containSubset(first, { state: 'completed', bestScore: 100, attempts: 2, href: '/play/farm/1' })
    assert.containSubset(second, { state: 'open', bestScore: 75, attempts: 3, href: '/play/farm/2' })
    assert.containSubset(third, { state: 'locked', bestScore: null, attempts: 0, href: null })
    assert.equal(farmOf(props)!.completed, 1)

    const html = (await visitor.get('/games')).text()
    assert.include(html, 'Completed · best 100')
    assert.include(html, 'In progress · best 75')
    assert.include(html, 'Complete level 2 to unlock it.')
    assert.match(html, /role="progressbar"[^>]*aria-valuemax="12"[^>]*aria-valuenow="1"/)
  })

  test('the states agree with the play page’s rule (isUnlocked)', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await levelProgress(user, 1, { completed: true })
    await levelProgress(user, 2, { completed: true })
    await levelProgress(user, 4, { attempts: 1 })
    await levelProgress(user, 6, { completed: true })
    const props = await catalog(await signedInVisitor(client, user))
    for (const level of farmOf(props)!.levels) {
      assert.equal(level.state !== 'locked', await isUnlocked(user, 'farm', level.number), `level ${level.number}`)
    }
  })

  test('editors and admins see every level open', async ({ client, assert }) => {
    const editor = await UserFactory.apply('editor').create()
    const props = await catalog(await signedInVisitor(client, editor))
    assert.isTrue(farmOf(props)!.levels.every((level) => level.state === 'open' && level.href !== null))
  })
})

test.group('Catalog: continue and recommended next', (group) => {
  group.setup(withSeedContent)

  test('continue is the last level attempted and not completed', async ({ client, assert }) => {
    const user = await UserFactory.create()
    for (const level of [1, 2, 3]) await levelProgress(user, level, { completed: true })
    await levelProgress(user, 4, { attempts: 1 })
    await attempt(user, 1, { passed: true })
    await attempt(user, 4)
    await attempt(user, 2, { passed: true })
    await attempt(user, 3, { passed: true })
    const props = await catalog(await signedInVisitor(client, user))
    assert.containSubset(props.continueLevel, { game: 'farm', number: 4, title: 'Hungry animals', state: 'open', href: '/play/farm/4' })
  })

  test('continue falls back to the first open level when every attempted one is done', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await levelProgress(user, 1, { completed: true })
    await attempt(user, 1, { passed: true })
    const props = await catalog(await signedInVisitor(client, user))
    assert.containSubset(props.continueLevel, { game: 'farm', number: 2 })

    const newcomer = await UserFactory.create()
    const fresh = await catalog(await signedInVisitor(client, newcomer))
    assert.equal(fresh.continueLevel.number, 1)
    assert.equal(fresh.continueLevel.state, 'open')
  })

  test('recommended: an unlocked level teaching the rule most often missed, with the reason', async ({ client, assert }) => {
    const user = await UserFactory.create()
    for (const level of [1, 2, 3, 4]) await levelProgress(user, level, { completed: true })
    await levelProgress(user, 5, { attempts: 4 })
    await attempt(user, 5, { feedback: [mistake('missing_word', 'the_article')] })
    await attempt(user, 5, { feedback: [mistake('missing_word', 'the_article'), mistake('extra_word', 'the_article')] })
    await attempt(user, 5, { feedback: [mistake('wrong_form', 'plural_after_numbers')] })
    await attempt(user, 5, { feedback: [mistake('missing_word', 'the_article')] })
    // Passed attempts never count as weak points.
    await attempt(user, 2, { passed: true, feedback: [mistake('typo'), mistake('wrong_form', 'plural_after_numbers')] })

    const visitor = await signedInVisitor(client, user)
    const props = await catalog(visitor)
    assert.equal(props.continueLevel.number, 5)
    // the_article: 3 attempts (one slip each); farm 3 is the unlocked level that teaches it.
    assert.containSubset(props.recommended, {
      game: 'farm',
      number: 3,
      state: 'completed',
      reason: { kind: 'weak_rule', ruleKey: 'the_article', ruleTitle: 'The definite article: the', misses: 3 },
    })
    const html = (await visitor.get('/games')).text()
    assert.include(html, 'You often miss: The definite article: the')
  })

  test('recommended prefers an open level over a completed one, and the continue level last', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await levelProgress(user, 1, { completed: true })
    await levelProgress(user, 2, { attempts: 1 })
    await attempt(user, 2, { feedback: [mistake('wrong_form', 'imperative')] })
    const props = await catalog(await signedInVisitor(client, user))
    assert.equal(props.continueLevel.number, 2)
    // Farm 1 (completed) teaches the imperative; the open farm 2 does not.
    assert.containSubset(props.recommended, { number: 1, reason: { kind: 'weak_rule', ruleKey: 'imperative' } })
  })

  test('without a rule, the most frequent kind of mistake points to a pattern that catches it', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await levelProgress(user, 1, { completed: true })
    await levelProgress(user, 2, { attempts: 2 })
    await attempt(user, 2, { feedback: [mistake('word_order')] })
    await attempt(user, 2, { feedback: [mistake('word_order'), mistake('unknown_word')] })
    const visitor = await signedInVisitor(client, user)
    const props = await catalog(visitor)
    // Only "imperative" among the unlocked levels' patterns catches word order.
    assert.containSubset(props.recommended, { number: 1, reason: { kind: 'weak_kind', feedbackKind: 'word_order', misses: 2 } })
    assert.include((await visitor.get('/games')).text(), 'You often make this mistake: Word order')
  })

  test('with no mistakes, the next open level is recommended', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await levelProgress(user, 1, { completed: true })
    const props = await catalog(await signedInVisitor(client, user))
    assert.equal(props.recommended.reason.kind, 'next')
    assert.equal(props.recommended.state, 'open')
    assert.include((await (await signedInVisitor(client, user)).get('/games')).text(), 'Next in line for you.')
  })

  test('end to end: attempts through the API change states, continue and the recommendation', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const token = (await User.accessTokens.create(user)).value!.release()
    const post = (level: number, utterance: string) =>
      client.post(`/api/games/farm/levels/${level}/attempts`).bearerToken(token).json({ utterance, inputMode: 'text' })
    ;(await post(1, 'Plant carrots')).assertStatus(200)
    ;(await post(2, 'Plant three potato')).assertStatus(200)
    ;(await post(2, 'Plant two potato')).assertStatus(200)

    const props = await catalog(await signedInVisitor(client, user))
    const [first, second] = farmOf(props)!.levels
    assert.containSubset(first, { state: 'completed', bestScore: 100 })
    assert.containSubset(second, { state: 'open', attempts: 2 })
    assert.containSubset(props.continueLevel, { number: 2 })
    assert.equal(props.recommended.reason.ruleKey, 'plural_after_numbers')
    assert.equal(props.recommended.reason.misses, 2)
    assert.include(
      props.recommended.grammar.map((pattern: { key: string }) => pattern.key),
      'plural_after_numbers'
    )
  })
})
