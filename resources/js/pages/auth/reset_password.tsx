import { Form, Link, usePage } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { CsrfField } from '~/components/csrf_field'
import { ErrorSummary, PasswordField } from '~/components/form_controls'
import { useI18n } from '~/lib/i18n'

type PageProps = InertiaProps<{ token: string }>

export default function ResetPassword({ token }: PageProps) {
  const { t } = useI18n()
  const { props } = usePage()
  const errors = props.errors as Record<string, string>

  return (
    <>
      <Seo title={t('auth.reset.title')} description={t('auth.reset.meta')} noindex />
      <section className="auth-page">
        <div className="form-card">
          <h1>{t('auth.reset.title')}</h1>
          <Form action="/reset-password" method="post" resetOnError disableWhileProcessing>
            {({ processing }) => (
              <>
                <CsrfField />
                <input type="hidden" name="token" value={token} />
                <ErrorSummary errors={errors} />
                {errors.token ? <p className="field-error">{errors.token}</p> : null}
                <PasswordField
                  label={t('auth.fields.new_password')}
                  name="password"
                  autoComplete="new-password"
                  required
                  minLength={8}
                  hint={t('auth.fields.password_hint')}
                  error={errors.password}
                />
                <PasswordField
                  label={t('auth.fields.password_confirmation')}
                  name="passwordConfirmation"
                  autoComplete="new-password"
                  required
                  error={errors.passwordConfirmation}
                />
                <button type="submit" className="button button-primary button-block" disabled={processing}>
                  {t('auth.reset.submit')}
                </button>
              </>
            )}
          </Form>
          <p className="form-footer">
            <Link href="/forgot-password">{t('auth.forgot.title')}</Link>
          </p>
        </div>
      </section>
    </>
  )
}
