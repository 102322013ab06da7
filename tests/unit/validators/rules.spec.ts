import { test } from '@japa/runner'
import vine, { errors } from '@vinejs/vine'
import { isTimeZone, newPasswordField, timeZoneField, emailField } from '#validators/rules'
import { signUpValidator, updatePreferencesValidator } from '#validators/user'

/**
 * Rule names reported for `data` (empty when valid).
 */
async function failedRules(validator: { validate: (data: any) => Promise<unknown> }, data: unknown) {
  try {
    await validator.validate(data)
    return {}
  } catch (error) {
    if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
    return Object.fromEntries((error.messages as Array<{ field: string; rule: string }>).map((message) => [message.field, message.rule]))
  }
}

const passwordOnly = vine.create({ password: newPasswordField() })
const timeZoneOnly = vine.create({ timeZone: timeZoneField() })
const emailOnly = vine.create({ email: emailField() })

test.group('Password rule', () => {
  for (const common of ['password123', 'qwerty123', 'Password123', 'PASSWORD123', 'iloveyou', '12345678', 'qwertyuiop', 'sunshine']) {
    test(`"${common}" is refused as too common`, async ({ assert }) => {
      assert.deepEqual(await failedRules(passwordOnly, { password: common }), { password: 'notCommonPassword' })
    })
  }

  test('short and overlong passwords are refused by length first', async ({ assert }) => {
    assert.deepEqual(await failedRules(passwordOnly, { password: 'Ab1!xyz' }), { password: 'minLength' })
    assert.deepEqual(await failedRules(passwordOnly, { password: 'a'.repeat(129) }), { password: 'maxLength' })
  })

  test('uncommon passwords of 8 to 128 characters pass, spaces and unicode included', async ({ assert }) => {
    for (const password of ['plum-orbit-lantern-9', 'correct horse battery staple', 'пароль-для-игры-7', 'x'.repeat(128), 'Zq8!rT2#']) {
      assert.deepEqual(await failedRules(passwordOnly, { password }), {}, password)
    }
  })

  test('non-strings are refused with the string rule, not a crash', async ({ assert }) => {
    for (const password of [12345678, ['password123'], { value: 'x' }, true]) {
      assert.deepEqual(await failedRules(passwordOnly, { password }), { password: 'string' })
    }
  })
})

test.group('Time zone rule', () => {
  test('IANA names the runtime knows pass', ({ assert }) => {
    for (const zone of ['UTC', 'Europe/Moscow', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'Pacific/Chatham', 'Etc/GMT+12', 'America/Indiana/Indianapolis']) {
      assert.isTrue(isTimeZone(zone), zone)
    }
  })

  test('unknown, malformed and overlong names fail', ({ assert }) => {
    for (const zone of ['', 'Mars/Olympus_Mons', 'Europe/Atlantis', 'GMT+25', 'UTC+3:00', 'Europe/Moscow; DROP TABLE users', '../../etc/passwd', 'x'.repeat(65), 'Europe/' + 'Moscow'.repeat(20)]) {
      assert.isFalse(isTimeZone(zone), zone)
    }
  })

  test('the rule reports timeZone, trims, and leaves other types to the string rule', async ({ assert }) => {
    assert.deepEqual(await failedRules(timeZoneOnly, { timeZone: 'Mars/Base' }), { timeZone: 'timeZone' })
    assert.deepEqual(await failedRules(timeZoneOnly, { timeZone: '  Europe/Berlin  ' }), {})
    assert.deepEqual(await failedRules(timeZoneOnly, { timeZone: 42 }), { timeZone: 'string' })
    const { timeZone } = await timeZoneOnly.validate({ timeZone: ' Asia/Tokyo ' })
    assert.equal(timeZone, 'Asia/Tokyo')
  })
})

test.group('Email field', () => {
  test('addresses are trimmed and lowercased', async ({ assert }) => {
    const { email } = await emailOnly.validate({ email: '  Mixed.Case@Example.COM ' })
    assert.equal(email, 'mixed.case@example.com')
  })

  test('malformed and overlong addresses fail', async ({ assert }) => {
    for (const email of ['plain', 'a@', '@example.com', 'a b@example.com', `${'a'.repeat(250)}@example.com`]) {
      const rules = await failedRules(emailOnly, { email })
      assert.property(rules, 'email', email)
    }
  })
})

test.group('Form validators', () => {
  test('sign-up requires consent (an empty users table answers the uniqueness check)', async ({ assert }) => {
    const base = { displayName: 'Nora', email: 'nora@example.com', password: 'plum-orbit-lantern-9' }
    assert.deepEqual(await failedRules(signUpValidator, base), { acceptTerms: 'required' })
    for (const acceptTerms of ['off', 'no', false, 0]) {
      assert.deepEqual(await failedRules(signUpValidator, { ...base, acceptTerms }), { acceptTerms: 'accepted' }, String(acceptTerms))
    }
    assert.deepEqual(await failedRules(signUpValidator, { ...base, acceptTerms: 'on' }), {})
    assert.deepEqual(await failedRules(signUpValidator, { ...base, acceptTerms: true, password: 'qwerty123' }), { password: 'notCommonPassword' })
  })

  test('preferences accept only supported locales, IANA zones and booleans', async ({ assert }) => {
    const valid = {
      locale: 'ru',
      timeZone: 'Europe/Moscow',
      voiceInput: true,
      voiceOutput: false,
      notifyProductEmail: 'true',
      notifyStreakEmail: '0',
      notifyWeeklyEmail: 1,
      notifyInApp: 'on',
      profilePublic: false,
      showOnLeaderboards: true,
    }
    assert.deepEqual(await failedRules(updatePreferencesValidator, valid), {})
    const parsed = await updatePreferencesValidator.validate(valid)
    assert.strictEqual(parsed.notifyProductEmail, true)
    assert.strictEqual(parsed.notifyStreakEmail, false)
    assert.strictEqual(parsed.notifyInApp, true)

    assert.deepEqual(await failedRules(updatePreferencesValidator, { ...valid, locale: 'de', timeZone: 'Nowhere/Land', voiceInput: 'maybe' }), {
      locale: 'enum',
      timeZone: 'timeZone',
      voiceInput: 'boolean',
    })
  })
})
