import { Link } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { useI18n } from '~/lib/i18n'

type PageProps = InertiaProps<{ status: number; message: string }>

const TITLED = new Set([403, 404, 429, 500])

/**
 * Every error page (404, 403, 429, 5xx …) in the visitor's language.
 */
export default function ErrorPage({ status, message }: PageProps) {
  const { t } = useI18n()
  const title = t(`errors.page.title_${TITLED.has(status) ? status : status >= 500 ? 500 : 'other'}`)

  return (
    <>
      <Seo title={title} description={message} noindex />
      <section className="container narrow error-page">
        <p className="error-code" aria-hidden="true">
          {status}
        </p>
        <h1>{title}</h1>
        <p className="lead">{message}</p>
        {status === 404 ? <p className="muted">{t('errors.page.lead_404')}</p> : null}
        <p className="hero-actions center-actions">
          <Link href="/" className="button button-primary">
            {t('errors.page.home')}
          </Link>
          <Link href="/contact" className="button">
            {t('errors.page.contact')}
          </Link>
        </p>
      </section>
    </>
  )
}
