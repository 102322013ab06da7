import { Form, Link, usePage } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { CsrfField } from '~/components/csrf_field'
import { ErrorSummary, TextField } from '~/components/form_controls'
import { useI18n } from '~/lib/i18n'

export default function ForgotPassword(_props: InertiaProps) {
  const { t } = useI18n()
  const { props } = usePage()
  const errors = props.errors as Record<string, string>

  return (
    <>
      <Seo title={t('auth.forgot.title')} description={t('auth.forgot.meta')} noindex />
      <section className="auth-page">
        <div className="form-card">
          <h1>{t('auth.forgot.title')}</h1>
          <p className="muted">{t('auth.forgot.lead')}</p>
          <Form action="/forgot-password" method="post" resetOnSuccess disableWhileProcessing>
            {({ processing }) => (
              <>
                <CsrfField />
                <ErrorSummary errors={errors} />
                <TextField
                  label={t('auth.fields.email')}
                  name="email"
                  type="email"
                  autoComplete="email"
                  required
                  error={errors.email}
                />
                <button type="submit" className="button button-primary button-block" disabled={processing}>
                  {t('auth.forgot.submit')}
                </button>
              </>
            )}
          </Form>
          <p className="form-footer">
            <Link href="/login">{t('auth.forgot.back')}</Link>
          </p>
        </div>
      </section>
    </>
  )
}
