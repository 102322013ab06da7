import { router, usePage } from '@inertiajs/react'
import type { FormEvent } from 'react'
import { CsrfField } from '~/components/csrf_field'
import { useI18n } from '~/lib/i18n'

/**
 * Reminds a signed-in user to confirm their address, with a resend button.
 */
export function VerifyEmailBanner() {
  const { t } = useI18n()
  const { props } = usePage()
  const user = props.user
  if (!user || user.emailVerified) return null

  function resend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    router.post('/email/verification', {}, { preserveScroll: true })
  }

  return (
    <div className="banner" role="region" aria-label={t('auth.verify.banner_label')}>
      <div className="container banner-row">
        <p>{t('auth.verify.banner', { email: user.email })}</p>
        <form method="post" action="/email/verification" onSubmit={resend}>
          <CsrfField />
          <button type="submit" className="button button-small">
            {t('auth.verify.resend')}
          </button>
        </form>
      </div>
    </div>
  )
}
