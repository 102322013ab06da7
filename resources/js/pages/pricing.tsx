import { Link } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { useI18n } from '~/lib/i18n'

type Plan = {
  key: string
  monthlyPrice: number
  yearlyPrice: number
  trialDays: number
  highlighted: boolean
}

type PageProps = InertiaProps<{ plans: Plan[] }>

/**
 * Plans from config/parley.ts; payments arrive in a later release.
 */
export default function Pricing({ plans, user }: PageProps) {
  const { t, locale } = useI18n()
  const money = (amount: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount)

  return (
    <>
      <Seo title={t('marketing.pricing.title')} description={t('marketing.pricing.meta')} />
      <header className="container page-header">
        <h1>{t('marketing.pricing.title')}</h1>
        <p className="lead">{t('marketing.pricing.lead')}</p>
      </header>
      <section className="container">
        <div className="grid grid-3">
          {plans.map((plan) => {
            const features = t(`marketing.pricing.plans.${plan.key}.features`).split('|')
            return (
              <article key={plan.key} className={`card plan${plan.highlighted ? ' plan-highlighted' : ''}`}>
                {plan.highlighted ? <span className="plan-badge">{t('marketing.pricing.recommended')}</span> : null}
                <h2>{t(`marketing.pricing.plans.${plan.key}.name`)}</h2>
                <p className="muted">{t(`marketing.pricing.plans.${plan.key}.description`)}</p>
                <p className="plan-price">
                  {plan.monthlyPrice === 0 ? (
                    t('marketing.pricing.free_price')
                  ) : (
                    <>
                      {money(plan.monthlyPrice)} <small>{t('marketing.pricing.per_month')}</small>
                    </>
                  )}
                </p>
                <p className="small muted">
                  {plan.yearlyPrice > 0 ? t('marketing.pricing.per_year', { price: money(plan.yearlyPrice) }) : '\u00a0'}
                  {plan.trialDays > 0 ? ` · ${t('marketing.pricing.trial', { days: plan.trialDays })}` : ''}
                </p>
                <ul>
                  {features.map((feature) => (
                    <li key={feature}>{feature}</li>
                  ))}
                </ul>
                <Link
                  href={user ? '/settings' : '/signup'}
                  className={`button button-block${plan.highlighted ? ' button-primary' : ''}`}
                >
                  {plan.monthlyPrice === 0 ? t('marketing.pricing.cta_free') : t('marketing.pricing.cta_paid')}
                </Link>
              </article>
            )
          })}
        </div>
        <p className="muted small">{t('marketing.pricing.coming_soon')}</p>
      </section>
    </>
  )
}
