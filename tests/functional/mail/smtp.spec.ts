import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import env from '#start/env'
import User from '#models/user'
import { SmtpInbox } from '#tests/support/smtp_inbox'
import { Visitor } from '#tests/helpers/visitor'

/**
 * Mail through a real SMTP server on loopback (npm smtp-server), parsed
 * back with mailparser: what a player's mail client would receive.
 */
test.group('Mail over SMTP', (group) => {
  const inbox = new SmtpInbox()
  group.setup(async () => {
    await inbox.start(env.get('SMTP_PORT', 2526))
    const previous = mail.config.default
    mail.config.default = 'smtp'
    return async () => {
      mail.config.default = previous
      await inbox.stop()
    }
  })
  group.each.setup(() => testUtils.db().truncate())
  group.each.setup(() => limiter.clear())

  test('a Russian sign-up receives a Russian confirmation mail whose link works', async ({ client, assert }) => {
    const visitor = await new Visitor(client, { acceptLanguage: 'ru-RU,ru;q=0.9' }).prime('/signup')
    const response = await visitor.post('/signup').form({
      displayName: 'Ольга',
      email: 'olga@example.com',
      password: 'морковка-и-капуста',
      acceptTerms: 'on',
    })
    response.assertStatus(302)
    response.assertHeader('location', '/')

    const message = await inbox.waitFor((candidate) => candidate.subject === 'Подтвердите почту для Parley')
    assert.deepEqual(message.to && !Array.isArray(message.to) ? message.to.value.map((a) => a.address) : [], ['olga@example.com'])
    assert.equal(message.headers.get('content-language'), 'ru')
    assert.include(message.text ?? '', 'Здравствуйте, Ольга!')
    assert.include(message.html || '', 'Подтвердить почту')

    const link = (message.text ?? '').match(/http:\/\/localhost:\d+\/email\/verify\/\d+\?\S+/)?.[0]
    assert.exists(link, 'the plain-text part carries the link')
    assert.include(message.html || '', link!.replace(/&/g, '&amp;'), 'the HTML part carries the same link')

    const url = new URL(link!)
    // Opened in another browser (signed out): the confirmation page, in Russian.
    const visit = await new Visitor(client, { acceptLanguage: 'ru' }).get(`${url.pathname}${url.search}`)
    visit.assertStatus(200)
    assert.include(visit.text(), 'Почта подтверждена')

    const user = await User.findByOrFail('email', 'olga@example.com')
    assert.isNotNull(user.emailVerifiedAt)
  })
})
