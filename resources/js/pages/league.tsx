import { Link, router } from '@inertiajs/react'
import { useCallback } from 'react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { PlayerAvatar } from '~/components/player_avatar'
import { useI18n } from '~/lib/i18n'
import { useCountdown } from '~/lib/use_countdown'
import { useLeagueResults, useProgressUpdates } from '~/lib/live_progress'

type Member = { rank: number; userId: number; displayName: string; avatarUrl: string | null; xp: number; zone: 'promotion' | 'demotion' | null }
type Outcome = 'promoted' | 'stayed' | 'demoted'

type PageProps = InertiaProps<{
  tier: number
  tiers: Array<{ number: number; key: string; name: string }>
  joinLeagues: boolean
  cohortSize: number
  serverTime: string
  cohort: { week: string; tier: number; endsAt: string; ended: boolean; promote: number; demote: number; members: Member[] } | null
  lastResult: { week: string; tier: number; newTier: number; rank: number; xp: number; outcome: Outcome; settledAt: string } | null
}>

/** The ten tiers as a ladder, the player's own marked. */
function TierLadder({ tiers, current }: { tiers: PageProps['tiers']; current: number }) {
  const { t } = useI18n()
  return (
    <ol className="tier-ladder" aria-label={t('league.ladder')}>
      {tiers.map((tier) => (
        <li key={tier.key} className={`tier tier-${tier.key}`} aria-current={tier.number === current ? 'step' : undefined}>
          <span className="tier-gem" aria-hidden="true">
            {tier.number}
          </span>
          <span className="tier-name">{tier.name}</span>
        </li>
      ))}
    </ol>
  )
}

export default function League({ tier, tiers, joinLeagues, cohortSize, serverTime, cohort, lastResult, user }: PageProps) {
  const { t, locale } = useI18n()
  const countdown = useCountdown(cohort?.endsAt ?? null, serverTime)
  const nameOf = (number: number) => tiers[number - 1]?.name ?? String(number)
  const formatNumber = (value: number) => new Intl.NumberFormat(locale).format(value)
  // My XP moves the cohort; a settled week changes everything.
  const reload = useCallback(() => router.reload({ only: ['tier', 'cohort', 'lastResult', 'serverTime'] }), [])
  useProgressUpdates(reload)
  useLeagueResults(reload)

  const me = cohort?.members.find((member) => member.userId === user?.id)
  const cohortTitle = cohort ? t('league.cohort_title', { tier: nameOf(cohort.tier), week: cohort.week }) : ''

  return (
    <>
      <Seo title={t('league.title')} description={t('league.meta')} />
      <div className="container league-page">
        <header className="page-header">
          <h1>{t('league.title')}</h1>
          <p className="lead">{t('league.intro')}</p>
        </header>

        <TierLadder tiers={tiers} current={tier} />

        {lastResult ? (
          <p className={`card league-result league-result-${lastResult.outcome}`} role="status">
            {t(`league.result.${lastResult.outcome}`, {
              week: lastResult.week,
              rank: lastResult.rank,
              xp: formatNumber(lastResult.xp),
              tier: nameOf(lastResult.tier),
              newTier: nameOf(lastResult.newTier),
            })}
          </p>
        ) : null}

        {!joinLeagues ? (
          <section className="card league-empty">
            <h2>{t('league.opted_out_title')}</h2>
            <p>{t('league.opted_out', { tier: nameOf(tier) })}</p>
            <Link href="/settings#preferences">{t('league.change_setting')}</Link>
          </section>
        ) : !cohort ? (
          <section className="card league-empty">
            <h2>{t('league.none_title', { tier: nameOf(tier) })}</h2>
            <p>{t('league.none', { size: cohortSize })}</p>
            <Link href="/games" className="button button-primary">
              {t('league.play')}
            </Link>
          </section>
        ) : (
          <section className="card league-card" aria-labelledby="cohort-title">
            <div className="league-card-head">
              <h2 id="cohort-title">{cohortTitle}</h2>
              <p className="board-countdown" title={t('league.ends_at', { date: new Date(cohort.endsAt).toLocaleString(locale) })}>
                {cohort.ended || !countdown || countdown.left === 0
                  ? t('league.tallying')
                  : t('league.ends_in', {
                      time: t('leaderboards.duration', { days: countdown.days, hours: countdown.hours, minutes: String(countdown.minutes).padStart(2, '0') }),
                    })}
              </p>
            </div>
            <ul className="league-legend">
              {cohort.promote > 0 ? <li className="legend-promotion">{t('league.legend_promotion', { count: cohort.promote, tier: nameOf(cohort.tier + 1) })}</li> : null}
              {cohort.demote > 0 ? <li className="legend-demotion">{t('league.legend_demotion', { count: cohort.demote, tier: nameOf(cohort.tier - 1) })}</li> : null}
              {cohort.promote === 0 ? <li>{t('league.top_tier')}</li> : null}
              {cohort.demote === 0 && cohort.tier === 1 ? <li>{t('league.bottom_tier')}</li> : null}
            </ul>
            <table className="board-table league-table">
              <caption className="visually-hidden">{t('league.table_caption', { cohort: cohortTitle, count: cohort.members.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('leaderboards.rank')}</th>
                  <th scope="col">{t('leaderboards.player')}</th>
                  <th scope="col" className="board-xp">
                    {t('league.week_xp')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cohort.members.map((member) => {
                  const mine = member.userId === user?.id
                  const classes = [member.zone ? `zone-${member.zone}` : '', mine ? 'board-row-me' : ''].filter(Boolean).join(' ')
                  return (
                    <tr key={member.userId} className={classes || undefined} aria-current={mine ? 'true' : undefined}>
                      <td className="board-rank">
                        {member.rank}
                        {member.zone ? <span className="visually-hidden"> ({t(`league.zone_${member.zone}`)})</span> : null}
                      </td>
                      <td>
                        <span className="board-player">
                          <PlayerAvatar player={member} />
                          <span>{member.displayName}</span>
                          {mine ? <span className="board-you">{t('leaderboards.you')}</span> : null}
                        </span>
                      </td>
                      <td className="board-xp">{formatNumber(member.xp)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            {me ? (
              <p className="league-me">
                {me.zone === 'promotion'
                  ? t('league.me_promotion', { rank: me.rank })
                  : me.zone === 'demotion'
                    ? t('league.me_demotion', { rank: me.rank })
                    : t('league.me_safe', { rank: me.rank })}
              </p>
            ) : null}
          </section>
        )}
      </div>
    </>
  )
}
