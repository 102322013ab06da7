import { test } from '@japa/runner'
import ContactMessage from '#models/contact_message'
import env from '#start/env'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import { Visitor } from '#tests/helpers/visitor'
import { freshStatePerTest, uniqueEmail } from '#tests/helpers/state'
import { expectNoMail, mailsTo, waitForMail } from '#tests/helpers/mailbox'

const MESSAGE = 'Hello! Can my class of 25 pupils use Parley together?\nThanks, and <b>see you</b> soon.'

function contactForm(overrides: Record<string, unknown> = {}) {
  return { name: 'Maria Teacher', email: uniqueEmail('teacher'), topic: 'partnership', message: MESSAGE, ...overrides }
}

test.group('Contact form', (group) => {
  freshStatePerTest(group)

  test('a message is stored, confirmed to the sender in their language and sent to the team', async ({ client, assert }) => {
    const adminEn = await UserFactory.apply('admin').create()
    const adminRu = await UserFactory.apply('admin').apply('russian').create()
    const player = await UserFactory.create()

    const visitor = new Visitor(client, { acceptLanguage: 'ru-RU,ru' })
    await visitor.get('/contact')
    const form = contactForm()
    const response = await visitor.post('/contact').form(form)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/contact')
    assert.equal(visitor.flash().success, `Спасибо! Сообщение отправлено, копия ушла на ${form.email}.`)

    const stored = await ContactMessage.findByOrFail('email', form.email)
    assert.equal(stored.name, 'Maria Teacher')
    assert.equal(stored.topic, 'partnership')
    assert.equal(stored.message, MESSAGE)
    assert.equal(stored.locale, 'ru')
    assert.isNull(stored.userId)
    assert.isNull(stored.handledAt)
    assert.isString(stored.ip)

    // The sender's copy, in Russian, with the message escaped in HTML.
    const confirmation = await waitForMail(form.email)
    assert.equal(confirmation.subject, 'Мы получили ваше сообщение')
    assert.include(confirmation.text ?? '', MESSAGE)
    assert.include(confirmation.text ?? '', 'Школы и партнёрство')
    assert.include(confirmation.html ?? '', '&lt;b&gt;see you&lt;/b&gt;')
    assert.notInclude(confirmation.html ?? '', '<b>see you</b>')

    // The team: ADMIN_EMAIL when set, otherwise every admin, each in their language.
    const adminEmail = env.get('ADMIN_EMAIL')
    if (adminEmail) {
      const notice = await waitForMail(adminEmail)
      assert.include(notice.text ?? '', form.email)
    } else {
      const english = await waitForMail(adminEn.email)
      assert.equal(english.subject, 'Contact form: Schools and partnerships from Maria Teacher')
      assert.include(english.text ?? '', MESSAGE)
      assert.include(english.text ?? '', `Maria Teacher <${form.email}>`)
      assert.include(english.text ?? '', `Message #${stored.id}`)
      const russian = await waitForMail(adminRu.email)
      assert.equal(russian.subject, 'Форма связи: Школы и партнёрство от Maria Teacher')
      assert.include(russian.html ?? '', '&lt;b&gt;see you&lt;/b&gt;')
    }
    await expectNoMail(player.email, 50)
  })

  test('a signed-in user\'s message is linked to the account', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, FACTORY_PASSWORD)
    const form = contactForm({ email: user.email, topic: 'bug' })
    ;(await visitor.post('/contact').form(form)).assertStatus(302)

    const stored = await ContactMessage.findByOrFail('email', user.email)
    assert.equal(stored.userId, user.id)
    assert.equal(stored.locale, 'en')
    const confirmation = await waitForMail(user.email)
    assert.equal(confirmation.subject, 'We received your message')
    assert.include(confirmation.text ?? '', 'Something is broken')
  })

  test('invalid messages get field errors, in English and in Russian', async ({ client, assert }) => {
    const english = new Visitor(client)
    await english.prime('/contact')
    const response = await english.post('/contact').accept('json').json({ name: 'M', email: 'maria@', topic: 'sales', message: 'Hi' })
    response.assertStatus(422)
    const byField = Object.fromEntries(response.body().errors.map((error: any) => [error.field, error.message]))
    assert.deepEqual(byField, {
      name: 'The name must be at least 2 characters long.',
      email: 'Enter a valid email address, like name@example.com.',
      topic: 'Choose one of the options.',
      message: 'Please write at least 10 characters so we can help.',
    })

    const russian = new Visitor(client, { locale: 'ru' })
    await russian.prime('/contact')
    const ruResponse = await russian.post('/contact').accept('json').json({ name: 'Мария', email: 'maria@example.com', message: 'Привет' })
    ruResponse.assertStatus(422)
    const ruByField = Object.fromEntries(ruResponse.body().errors.map((error: any) => [error.field, error.message]))
    assert.deepEqual(ruByField, {
      topic: 'Выберите тему.',
      message: 'Напишите хотя бы 10 символов, чтобы мы смогли помочь.',
    })

    // A plain form goes back to the page with the errors; nothing is stored or sent.
    const plain = new Visitor(client)
    await plain.get('/contact')
    const back = await plain.post('/contact').form({ name: 'Maria', email: 'maria@example.com', topic: 'question', message: 'x'.repeat(5001) })
    back.assertStatus(302)
    assert.deepEqual(plain.fieldErrors().message, ['The message must be at most 5000 characters long.'])
    assert.lengthOf(await ContactMessage.all(), 0)
    await expectNoMail('maria@example.com', 100)
    assert.lengthOf(await mailsTo('maria@example.com'), 0)
  })
})
