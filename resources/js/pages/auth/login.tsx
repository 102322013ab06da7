import { Form, Link, usePage } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { CsrfField } from '~/components/csrf_field'
import { Checkbox, ErrorSummary, PasswordField, TextField } from '~/components/form_controls'
import { OAuthButtons } from '~/components/oauth_buttons'
import { useI18n } from '~/lib/i18n'

export default function Login(_props: InertiaProps) {
  const { t } = useI18n()
  const { props } = usePage()
  const errors = props.errors as Record<string, string>

  return (
    <>
      <Seo title={t('auth.login.title')} description={t('auth.login.meta')} />
      <section className="auth-page">
        <div className="form-card">
          <h1>{t('auth.login.title')}</h1>
          <p className="muted">{t('auth.login.lead')}</p>

          <OAuthButtons from="login" />

          <Form action="/login" method="post" resetOnError={['password']} disableWhileProcessing>
            {({ processing }) => (
              <>
                <CsrfField />
                <ErrorSummary errors={errors} />
                <TextField
                  label={t('auth.fields.email')}
                  name="email"
                  type="email"
                  autoComplete="username"
                  required
                  error={errors.email}
                />
                <PasswordField
                  label={t('auth.fields.password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  error={errors.password}
                />
                <Checkbox name="remember" label={t('auth.fields.remember')} />
                <button type="submit" className="button button-primary button-block" disabled={processing}>
                  {t('auth.login.submit')}
                </button>
              </>
            )}
          </Form>

          <p className="form-footer">
            <Link href="/forgot-password">{t('auth.login.forgot')}</Link>
          </p>
          <p className="form-footer muted">
            {t('auth.login.no_account')} <Link href="/signup">{t('auth.login.signup_link')}</Link>
          </p>
        </div>
      </section>
    </>
  )
}
