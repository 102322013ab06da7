import { Link, usePage } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { useI18n } from '~/lib/i18n'

type Outcome = 'verified' | 'already_verified' | 'invalid' | 'email_changed' | 'email_taken'
type PageProps = InertiaProps<{ outcome: Outcome }>

/**
 * Where email links land when they cannot simply redirect home: a broken
 * or expired link, or a confirmation opened in a signed-out browser.
 */
export default function VerifyResult({ outcome }: PageProps) {
  const { t } = useI18n()
  const { props } = usePage()
  const ok = outcome !== 'invalid' && outcome !== 'email_taken'
  const title = ok ? t('auth.verify.title_ok') : t('auth.verify.title_invalid')
  const message = t(`auth.verify.${outcome}`)

  return (
    <>
      <Seo title={title} description={message} noindex />
      <section className="auth-page">
        <div className="form-card">
          <h1>{title}</h1>
          <p className={ok ? 'flash flash-success' : 'flash flash-error'} role={ok ? 'status' : 'alert'}>
            {message}
          </p>
          <p className="form-footer">
            {props.user ? (
              <Link href="/" className="button button-primary">
                {t('auth.verify.continue')}
              </Link>
            ) : (
              <Link href="/login" className="button button-primary">
                {t('auth.verify.login')}
              </Link>
            )}
          </p>
        </div>
      </section>
    </>
  )
}
