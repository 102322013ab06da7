import { Form, Link, usePage } from '@inertiajs/react'
import { useEffect, useState } from 'react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { CsrfField } from '~/components/csrf_field'
import { Checkbox, ErrorSummary, PasswordField, TextField } from '~/components/form_controls'
import { OAuthButtons } from '~/components/oauth_buttons'
import { useI18n, useRichText } from '~/lib/i18n'

type PageProps = InertiaProps<{ termsVersion: string; privacyVersion: string }>

export default function SignUp(_props: PageProps) {
  const { t } = useI18n()
  const rich = useRichText()
  const { props } = usePage()
  const errors = props.errors as Record<string, string>
  // The browser knows the player's time zone; the server cannot guess it.
  const [timeZone, setTimeZone] = useState('')
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? ''), [])

  return (
    <>
      <Seo title={t('auth.signup.title')} description={t('auth.signup.meta')} />
      <section className="auth-page">
        <div className="form-card">
          <h1>{t('auth.signup.title')}</h1>
          <p className="muted">{t('auth.signup.lead')}</p>

          <OAuthButtons from="signup" />

          <Form action="/signup" method="post" resetOnError={['password']} disableWhileProcessing>
            {({ processing }) => (
              <>
                <CsrfField />
                <input type="hidden" name="timeZone" value={timeZone} />
                <ErrorSummary errors={errors} />
                <TextField
                  label={t('auth.fields.display_name')}
                  name="displayName"
                  autoComplete="name"
                  required
                  maxLength={60}
                  hint={t('auth.fields.display_name_hint')}
                  error={errors.displayName}
                />
                <TextField
                  label={t('auth.fields.email')}
                  name="email"
                  type="email"
                  autoComplete="email"
                  required
                  error={errors.email}
                />
                <PasswordField
                  label={t('auth.fields.password')}
                  name="password"
                  autoComplete="new-password"
                  required
                  minLength={8}
                  hint={t('auth.fields.password_hint')}
                  error={errors.password}
                />
                <Checkbox
                  name="acceptTerms"
                  required
                  error={errors.acceptTerms}
                  label={rich('auth.signup.accept_terms', {
                    terms: (chunks) => (
                      <a href="/terms" target="_blank" rel="noopener">
                        {chunks}
                      </a>
                    ),
                    privacy: (chunks) => (
                      <a href="/privacy" target="_blank" rel="noopener">
                        {chunks}
                      </a>
                    ),
                  })}
                />
                <button type="submit" className="button button-primary button-block" disabled={processing}>
                  {t('auth.signup.submit')}
                </button>
              </>
            )}
          </Form>

          <p className="form-footer">
            {t('auth.signup.have_account')} <Link href="/login">{t('auth.signup.login_link')}</Link>
          </p>
        </div>
      </section>
    </>
  )
}
