import { Link } from '@inertiajs/react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { PostCard } from '~/components/post_card'
import { useI18n } from '~/lib/i18n'
import { IconCarrot, IconFeedback, IconMic, IconSprout, IconStar } from '~/components/icons'

type PageProps = InertiaProps<{ latestPosts: Data.BlogPost[] }>

const FEATURES = [
  { key: 'feedback', Icon: IconFeedback },
  { key: 'voice', Icon: IconMic },
  { key: 'games', Icon: IconSprout },
  { key: 'progress', Icon: IconStar },
]

/**
 * The landing page: what Parley is, one worked example of a move, why
 * people stay, how a level goes, and the latest posts.
 */
export default function Home({ latestPosts, user }: PageProps) {
  const { t } = useI18n()
  const startHref = user ? '/about' : '/signup'

  return (
    <>
      <Seo title={t('marketing.home.title')} description={t('marketing.home.meta')} />

      <section className="hero">
        <div className="container hero-grid">
          <div>
            <span className="eyebrow">{t('marketing.home.eyebrow')}</span>
            <h1>{t('marketing.home.headline')}</h1>
            <p className="lead">{t('marketing.home.lead')}</p>
            <div className="hero-actions">
              <Link href={startHref} className="button button-primary button-large">
                {t('marketing.home.cta_primary')}
              </Link>
              <Link href="/about" className="button button-large">
                {t('marketing.home.cta_secondary')}
              </Link>
            </div>
          </div>

          <figure className="demo" aria-label={t('marketing.home.demo_label')}>
            <p className="demo-label">{t('marketing.home.demo_label')}</p>
            <p className="demo-input" lang="en">
              Plant three <mark>carrot</mark>
            </p>
            <div className="demo-feedback">
              <strong>{t('marketing.home.demo_feedback')}</strong>
              <span>{t('marketing.home.demo_rule')}</span>
            </div>
            <p className="demo-input" lang="en">
              {t('marketing.home.demo_fixed')}
            </p>
            <div className="farm-strip" aria-hidden="true">
              <span className="planted">
                <IconCarrot />
              </span>
              <span className="planted">
                <IconCarrot />
              </span>
              <span className="planted">
                <IconCarrot />
              </span>
              <span />
              <span />
              <span />
            </div>
            <p className="demo-ok">{t('marketing.home.demo_result')}</p>
          </figure>
        </div>
      </section>

      <section className="section">
        <div className="container">
          <h2>{t('marketing.home.features_title')}</h2>
          <div className="grid grid-4">
            {FEATURES.map((feature) => (
              <article key={feature.key} className="card">
                <div className="icon-badge">
                  <feature.Icon />
                </div>
                <h3>{t(`marketing.home.features.${feature.key}.title`)}</h3>
                <p>{t(`marketing.home.features.${feature.key}.body`)}</p>
              </article>
            ))}
          </div>
        </div>
      </section>

      <section className="section section-alt">
        <div className="container">
          <h2>{t('marketing.home.steps_title')}</h2>
          <ol className="steps">
            <li>{t('marketing.home.steps.one')}</li>
            <li>{t('marketing.home.steps.two')}</li>
            <li>{t('marketing.home.steps.three')}</li>
          </ol>
        </div>
      </section>

      {latestPosts.length > 0 ? (
        <section className="section">
          <div className="container">
            <h2>{t('marketing.home.blog_title')}</h2>
            <div className="grid grid-3">
              {latestPosts.map((post) => (
                <PostCard key={post.id} post={post} headingLevel={3} />
              ))}
            </div>
          </div>
        </section>
      ) : null}

      <section className="section">
        <div className="container">
          <div className="cta-band">
            <div>
              <h2>{t('marketing.home.final_title')}</h2>
              <p>{t('marketing.home.final_body')}</p>
            </div>
            <Link href={startHref} className="button button-large">
              {t('marketing.home.cta_primary')}
            </Link>
          </div>
        </div>
      </section>
    </>
  )
}
