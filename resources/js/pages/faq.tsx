import { Link } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { StructuredData } from '~/components/structured_data'
import { useI18n } from '~/lib/i18n'

const ITEMS = ['languages', 'level', 'voice', 'mistakes', 'price', 'privacy', 'account']

/**
 * Questions as <details>, readable without JavaScript; FAQPage structured
 * data helps search engines show the answers.
 */
export default function Faq(_props: InertiaProps) {
  const { t } = useI18n()
  const structuredData = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    'mainEntity': ITEMS.map((item) => ({
      '@type': 'Question',
      'name': t(`marketing.faq.items.${item}.q`),
      'acceptedAnswer': { '@type': 'Answer', 'text': t(`marketing.faq.items.${item}.a`) },
    })),
  }

  return (
    <>
      <Seo title={t('marketing.faq.title')} description={t('marketing.faq.meta')} />
      <StructuredData id="faq-ld" data={structuredData} />
      <header className="container narrow page-header">
        <h1>{t('marketing.faq.title')}</h1>
        <p className="lead">{t('marketing.faq.lead')}</p>
      </header>
      <section className="container narrow faq-list">
        {ITEMS.map((item) => (
          <details key={item}>
            <summary>{t(`marketing.faq.items.${item}.q`)}</summary>
            <p>{t(`marketing.faq.items.${item}.a`)}</p>
          </details>
        ))}
        <p>
          <Link href="/contact">{t('ui.nav.contact')}</Link>
        </p>
      </section>
    </>
  )
}
