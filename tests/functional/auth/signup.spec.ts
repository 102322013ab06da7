import { test } from '@japa/runner'
import User from '#models/user'
import AuthEvent from '#models/auth_event'
import { parleyConfig } from '#config/parley'
import { UserFactory } from '#database/factories/user_factory'
import { Visitor, toPath, pageUrl } from '#tests/helpers/visitor'
import { freshStatePerTest, uniqueEmail } from '#tests/helpers/state'
import { expectNoMail, linkIn, waitForMail } from '#tests/helpers/mailbox'

const GOOD_PASSWORD = 'plum-orbit-lantern-9'

function signUpForm(overrides: Record<string, unknown> = {}) {
  return {
    displayName: 'Nora Newcomer',
    email: uniqueEmail('signup'),
    password: GOOD_PASSWORD,
    acceptTerms: 'on',
    timeZone: 'Europe/Berlin',
    ...overrides,
  }
}

/**
 * The validation errors of a JSON sign-up attempt, by field.
 */
async function signUpErrors(visitor: Visitor, payload: Record<string, unknown>) {
  await visitor.prime('/signup')
  const response = await visitor.post('/signup').accept('json').json(payload)
  response.assertStatus(422)
  const errors = response.body().errors as Array<{ field: string; message: string; rule: string }>
  return Object.fromEntries(errors.map((error) => [error.field, error]))
}

test.group('Sign up', (group) => {
  freshStatePerTest(group)

  test('creates the account with consent and UTM, signs in and mails a working confirmation link', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    // Landing from a campaign: the UTM parameters are kept in a cookie.
    const landing = await visitor.get('/?utm_source=newsletter&utm_medium=email&utm_campaign=autumn-launch')
    landing.assertStatus(200)
    assert.isTrue(visitor.jar.has('parley-utm'), 'the landing page remembers the UTM parameters')

    await visitor.get('/signup')
    const form = signUpForm()
    const before = Date.now()
    const response = await visitor.post('/signup').form(form)

    response.assertStatus(302)
    assert.equal(response.header('location'), '/')
    assert.equal(visitor.flash().success, `Welcome to Parley! We sent a confirmation link to ${form.email}.`)

    const user = await User.findByOrFail('email', form.email)
    assert.equal(user.displayName, 'Nora Newcomer')
    assert.equal(user.role, 'player')
    assert.equal(user.locale, 'en')
    assert.equal(user.timeZone, 'Europe/Berlin')
    assert.isNull(user.emailVerifiedAt)
    assert.notEqual(user.password, GOOD_PASSWORD, 'the password is stored hashed')
    assert.equal(user.termsVersion, parleyConfig.legal.termsVersion)
    assert.equal(user.privacyVersion, parleyConfig.legal.privacyVersion)
    assert.isNotNull(user.termsAcceptedAt)
    assert.isNotNull(user.privacyAcceptedAt)
    assert.isAtLeast(user.termsAcceptedAt!.toMillis(), before - 2000)
    assert.isAtMost(user.termsAcceptedAt!.toMillis(), Date.now() + 2000)
    assert.equal(user.utmSource, 'newsletter')
    assert.equal(user.utmMedium, 'email')
    assert.equal(user.utmCampaign, 'autumn-launch')

    // Signed in: the next pages know the new user, settings open.
    const home = await visitor.follow(response)
    home.assertStatus(200)
    assert.equal(home.body().props.user?.email, form.email)
    assert.equal(home.body().props.user?.emailVerified, false)
    const settings = await visitor.get('/settings')
    settings.assertStatus(200)

    // The confirmation mail carries a signed link that confirms the address.
    const mail = await waitForMail(form.email, { subject: 'Confirm your email for Parley' })
    assert.include(mail.text ?? '', 'Nora Newcomer')
    const link = linkIn(mail, /^\/email\/verify\/\d+$/)
    assert.include(mail.text ?? '', link, 'the plain-text part carries the same link')
    const verified = await visitor.get(link)
    verified.assertStatus(302)
    await user.refresh()
    assert.isNotNull(user.emailVerifiedAt)

    const events = await AuthEvent.query().where('user_id', user.id).orderBy('id')
    assert.includeMembers(events.map((event) => event.event), ['signed_up', 'signed_in', 'email_verified'])
    for (const event of events) {
      assert.notInclude(event.meta ?? '', GOOD_PASSWORD, 'auth events never hold the password')
    }
  })

  test('UTM fields of the form win over the cookie', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    await visitor.get('/pricing?utm_source=cookie-source&utm_campaign=cookie-campaign')
    const form = signUpForm({ utmSource: 'form-source' })
    const response = await visitor.post('/signup').form(form)
    response.assertStatus(302)

    const user = await User.findByOrFail('email', form.email)
    assert.equal(user.utmSource, 'form-source')
    assert.isNull(user.utmMedium)
    assert.equal(user.utmCampaign, 'cookie-campaign')
  })

  test('the first campaign touch is kept (a later landing does not overwrite it)', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    await visitor.get('/?utm_source=first')
    await visitor.get('/?utm_source=second')
    const form = signUpForm()
    ;(await visitor.post('/signup').form(form)).assertStatus(302)
    const user = await User.findByOrFail('email', form.email)
    assert.equal(user.utmSource, 'first')
  })

  test('a Russian visitor gets a Russian account and a Russian confirmation mail', async ({ client, assert }) => {
    const visitor = new Visitor(client, { acceptLanguage: 'ru-RU,ru;q=0.9,en;q=0.5' })
    await visitor.prime('/signup')
    const form = signUpForm({ displayName: 'Анна' })
    const response = await visitor.post('/signup').form(form)
    response.assertStatus(302)
    assert.equal(visitor.flash().success, `Добро пожаловать в Parley! Мы отправили ссылку для подтверждения на ${form.email}.`)

    const user = await User.findByOrFail('email', form.email)
    assert.equal(user.locale, 'ru')
    const mail = await waitForMail(form.email)
    assert.equal(mail.subject, 'Подтвердите почту для Parley')
  })

  test('a duplicate email is refused, whatever its case', async ({ client, assert }) => {
    const existing = await UserFactory.merge({ email: 'taken.address@example.com' }).create()
    const visitor = new Visitor(client)

    const errors = await signUpErrors(visitor, signUpForm({ email: 'Taken.Address@EXAMPLE.com' }))
    assert.deepEqual(Object.keys(errors), ['email'])
    assert.equal(errors.email.message, 'An account with this email already exists. Log in or reset your password.')
    assert.equal(errors.email.rule, 'database.unique')
    assert.equal(await User.query().where('email', existing.email).count('* as total').first().then((row) => Number(row!.$extras.total)), 1)

    const russian = new Visitor(client, { locale: 'ru' })
    const ruErrors = await signUpErrors(russian, signUpForm({ email: ' TAKEN.address@example.com ' }))
    assert.equal(ruErrors.email.message, 'Аккаунт с этой почтой уже существует. Войдите или восстановите пароль.')
  })

  test('a short password is refused in English and in Russian', async ({ client, assert }) => {
    const english = await signUpErrors(new Visitor(client), signUpForm({ password: 'short7!' }))
    assert.deepEqual(Object.keys(english), ['password'])
    assert.equal(english.password.rule, 'minLength')
    assert.equal(english.password.message, 'The password must be at least 8 characters long.')

    const russian = await signUpErrors(new Visitor(client, { acceptLanguage: 'ru' }), signUpForm({ password: 'short7!' }))
    assert.equal(russian.password.message, 'Поле «пароль» должно содержать не меньше 8 символов.')
    assert.equal(await User.query().count('* as total').first().then((row) => Number(row!.$extras.total)), 0)
  })

  for (const common of ['password123', 'qwerty123', 'Password123']) {
    test(`a common password ("${common}") is refused in English and in Russian`, async ({ client, assert }) => {
      const english = await signUpErrors(new Visitor(client), signUpForm({ password: common }))
      assert.deepEqual(Object.keys(english), ['password'])
      assert.equal(english.password.rule, 'notCommonPassword')
      assert.equal(english.password.message, 'This password is too common and easy to guess. Please choose another one.')

      const russian = await signUpErrors(new Visitor(client, { locale: 'ru' }), signUpForm({ password: common }))
      assert.equal(russian.password.message, 'Этот пароль слишком распространён и легко угадывается. Выберите другой.')
    })
  }

  test('consent to the Terms and the Privacy Policy is required', async ({ client, assert }) => {
    for (const acceptTerms of [undefined, 'off', false, '']) {
      const form = signUpForm({ acceptTerms })
      const english = await signUpErrors(new Visitor(client), form)
      assert.deepEqual(Object.keys(english), ['acceptTerms'], `acceptTerms=${String(acceptTerms)}`)
      assert.equal(english.acceptTerms.message, 'Please accept the Terms and the Privacy Policy to continue.')
    }
    const russian = await signUpErrors(new Visitor(client, { locale: 'ru' }), signUpForm({ acceptTerms: undefined }))
    assert.equal(russian.acceptTerms.message, 'Чтобы продолжить, примите Условия использования и Политику конфиденциальности.')
    assert.equal(await User.query().count('* as total').first().then((row) => Number(row!.$extras.total)), 0)
  })

  test('every invalid field is reported at once, with Russian field names', async ({ client, assert }) => {
    const errors = await signUpErrors(new Visitor(client, { locale: 'ru' }), {
      displayName: 'A',
      email: 'not-an-email',
      password: 'x',
      timeZone: 'Mars/Olympus_Mons',
    })
    assert.sameMembers(Object.keys(errors), ['displayName', 'email', 'password', 'acceptTerms', 'timeZone'])
    assert.equal(errors.displayName.message, 'Поле «имя» должно содержать не меньше 2 символов.')
    assert.equal(errors.email.message, 'Введите корректный адрес почты, например name@example.com.')
    assert.equal(errors.timeZone.message, 'Выберите корректный часовой пояс.')
  })

  test('a plain form submission goes back to the form with the errors and the input (never the password)', async ({ client, assert }) => {
    const visitor = new Visitor(client)
    await visitor.get('/signup')
    const form = signUpForm({ password: 'qwerty123' })
    const response = await visitor.post('/signup').header('referer', pageUrl('/signup')).form(form)

    response.assertStatus(302)
    assert.equal(toPath(response.header('location')!), '/signup')
    assert.deepEqual(visitor.fieldErrors().password, ['This password is too common and easy to guess. Please choose another one.'])
    assert.equal(visitor.flash().email, form.email, 'the input is kept for the form')
    assert.notProperty(visitor.flash(), 'password')

    // The form page shows the error (Inertia props).
    const page = await visitor.follow(response)
    page.assertStatus(200)
    assert.equal(page.body().component, 'auth/signup')
    assert.equal(page.body().props.errors.password, 'This password is too common and easy to guess. Please choose another one.')
    await expectNoMail(form.email, 50)
  })

  test('a signed-in user is sent away from the sign-up page', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = new Visitor(client)
    await visitor.login(user.email, 'violet-harbour-kettle-42')
    const response = await visitor.get('/signup')
    response.assertStatus(302)
    assert.equal(response.header('location'), '/')
  })
})
