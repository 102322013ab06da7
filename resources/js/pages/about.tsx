import { Link } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { useI18n } from '~/lib/i18n'

const SECTIONS = ['check', 'meaning', 'games', 'team']

export default function About({ user }: InertiaProps) {
  const { t } = useI18n()
  return (
    <>
      <Seo title={t('marketing.about.title')} description={t('marketing.about.meta')} />
      <header className="container page-header">
        <h1>{t('marketing.about.title')}</h1>
        <p className="lead">{t('marketing.about.lead')}</p>
      </header>
      <section className="container">
        <div className="grid grid-2">
          {SECTIONS.map((section) => (
            <article key={section} className="card">
              <h2>{t(`marketing.about.sections.${section}.title`)}</h2>
              <p>{t(`marketing.about.sections.${section}.body`)}</p>
            </article>
          ))}
        </div>
        <p className="hero-actions">
          <Link href={user ? '/' : '/signup'} className="button button-primary button-large">
            {t('marketing.about.cta')}
          </Link>
        </p>
      </section>
    </>
  )
}
