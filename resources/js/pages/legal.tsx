import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { useI18n } from '~/lib/i18n'

type PageProps = InertiaProps<{ document: 'terms' | 'privacy'; html: string; version: string }>

/**
 * Terms or Privacy: Markdown from resources/content rendered on the server.
 */
export default function Legal({ document, html, version }: PageProps) {
  const { t } = useI18n()
  return (
    <>
      <Seo title={t(`marketing.legal.${document}_title`)} description={t(`marketing.legal.${document}_meta`)} />
      <article className="container section">
        <p className="muted small">{t('marketing.legal.version', { version })}</p>
        <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
    </>
  )
}
