import { Link } from '@inertiajs/react'
import type { ReactNode } from 'react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { ProgressMeter } from '~/components/progress_meter'
import { XpChart, type XpDay } from '~/components/xp_chart'
import { BadgeGrid } from '~/components/badge_grid'
import { useI18n } from '~/lib/i18n'

type Progress = {
  xp: number
  level: number
  levelStartXp: number
  nextLevelXp: number
  streak: number
  longestStreak: number
  dailyGoalXp: number
  todayXp: number
}

type VocabularyWord = {
  key: string
  lemma: string
  translation: string | null
  attempts: number
  passed: number
  levels: number
  mastery: number
}

type PageProps = InertiaProps<{
  account: Data.User
  timeZone: string
  stats: Progress
  badges: Data.Badge[]
  vocabulary: { total: number; words: VocabularyWord[] }
  recentAttempts: Data.Attempt[]
  xpByDay: XpDay[]
  league: { number: number; key: string; name: string }
}>

function Panel({ id, title, aside, children, className = '' }: { id: string; title: string; aside?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section id={id} className={`card profile-panel ${className}`} aria-labelledby={`${id}-title`}>
      <div className="profile-panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {aside ? <p className="profile-panel-aside">{aside}</p> : null}
      </div>
      {children}
    </section>
  )
}

function FlameIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path d="M12 2.5c1.6 4.6 6.3 6.6 6.3 12.2a6.3 6.3 0 0 1-12.6 0c0-2.8 1.6-4.5 3.1-6 0 2.5 1.3 3.9 2.5 4.4C10.4 9.6 10.9 5.6 12 2.5Z" fill="currentColor" />
    </svg>
  )
}

function masteryBand(mastery: number) {
  if (mastery >= 80) return 'strong'
  if (mastery >= 50) return 'fair'
  return 'weak'
}

/**
 * The player's own page: level and XP, streak, today's goal, XP per day,
 * badges, the words met with how well they went, and recent attempts.
 */
export default function Profile({ account, timeZone, stats: progress, badges, vocabulary, recentAttempts, xpByDay, league }: PageProps) {
  const { t, formatDate } = useI18n()
  const inLevel = progress.xp - progress.levelStartXp
  const levelSpan = progress.nextLevelXp - progress.levelStartXp
  const toNext = progress.nextLevelXp - progress.xp
  const goalLeft = Math.max(0, progress.dailyGoalXp - progress.todayXp)
  const earned = badges.filter((badge) => badge.earned).length
  const showTranslations = vocabulary.words.some((word) => word.translation)

  return (
    <>
      <Seo title={t('profile.title')} description={t('profile.meta')} noindex />
      <div className="container profile-page">
        <header className="card profile-hero">
          {account.avatarUrl ? (
            <img className="avatar profile-avatar" src={account.avatarUrl} alt="" width={88} height={88} />
          ) : (
            <span className="avatar profile-avatar" aria-hidden="true">
              {account.initials}
            </span>
          )}
          <div className="profile-hero-text">
            <p className="profile-kicker">{t('profile.title')}</p>
            <h1>{account.displayName}</h1>
            <Link href="/league" className={`profile-tier tier-${league.key}`} data-testid="profile-tier">
              <span className="tier-gem" aria-hidden="true">
                {league.number}
              </span>
              {t('league.profile_tier', { tier: league.name })}
            </Link>
            <p className="muted">
              {t('profile.member_since', { date: formatDate(String(account.createdAt), { dateStyle: 'long', timeZone }) })}
            </p>
          </div>
          <Link href="/settings" className="button profile-edit">
            {t('profile.edit')}
          </Link>
        </header>

        <section className="profile-stats" aria-labelledby="profile-progress-title">
          <h2 id="profile-progress-title" className="visually-hidden">
            {t('profile.progress.title')}
          </h2>
          <div className="card stat-card stat-level" data-testid="stat-level">
            <p className="stat-label">{t('profile.progress.level_label')}</p>
            <p className="stat-value">{t('profile.progress.level', { level: progress.level })}</p>
            <ProgressMeter
              size="large"
              label={t('profile.progress.xp_bar')}
              detail={t('profile.progress.xp_detail', { xp: progress.xp, next: progress.nextLevelXp })}
              value={progress.xp}
              min={progress.levelStartXp}
              max={progress.nextLevelXp}
              valueText={t('profile.progress.xp_value', { current: inLevel, span: levelSpan, level: progress.level })}
            />
            <p className="stat-note">{t('profile.progress.to_next', { xp: toNext, level: progress.level + 1 })}</p>
          </div>

          <div className="card stat-card stat-streak" data-testid="stat-streak">
            <p className="stat-label">{t('profile.progress.streak_label')}</p>
            <p className="stat-value">
              <span className={`streak-flame${progress.streak > 0 ? ' streak-on' : ''}`}>
                <FlameIcon />
              </span>
              {t('profile.progress.days', { count: progress.streak })}
            </p>
            <p className="stat-note">{t('profile.progress.longest', { count: progress.longestStreak })}</p>
          </div>

          <div className="card stat-card stat-today" data-testid="stat-today">
            <p className="stat-label">{t('profile.progress.today_label')}</p>
            <p className="stat-value">{t('profile.progress.today_xp', { xp: progress.todayXp })}</p>
            <ProgressMeter
              tone="amber"
              label={t('profile.progress.goal_bar')}
              detail={t('profile.progress.goal_detail', { xp: progress.todayXp, goal: progress.dailyGoalXp })}
              value={Math.min(progress.todayXp, progress.dailyGoalXp)}
              max={progress.dailyGoalXp}
              valueText={t('profile.progress.goal_value', { xp: progress.todayXp, goal: progress.dailyGoalXp })}
            />
            <p className="stat-note">{goalLeft === 0 ? t('profile.progress.goal_reached') : t('profile.progress.goal_left', { xp: goalLeft })}</p>
          </div>
        </section>

        <Panel id="activity" title={t('profile.chart.heading')} aside={t('profile.chart.zone', { zone: timeZone.replace(/_/g, ' ') })}>
          <XpChart days={xpByDay} goal={progress.dailyGoalXp} />
        </Panel>

        <Panel id="badges" title={t('profile.badges.title')} aside={t('profile.badges.count', { earned, total: badges.length })}>
          {badges.length > 0 ? <BadgeGrid badges={badges} timeZone={timeZone} /> : <p className="muted">{t('profile.badges.none')}</p>}
        </Panel>

        <div className="profile-columns">
          <Panel
            id="vocabulary"
            title={t('profile.vocabulary.title')}
            aside={
              vocabulary.total === 0
                ? undefined
                : vocabulary.total > vocabulary.words.length
                  ? t('profile.vocabulary.count', { shown: vocabulary.words.length, total: vocabulary.total })
                  : t('profile.vocabulary.count_all', { total: vocabulary.total })
            }
          >
            {vocabulary.words.length === 0 ? (
              <p className="muted">
                {t('profile.vocabulary.empty')} <Link href="/games">{t('profile.browse_games')}</Link>
              </p>
            ) : (
              <>
                <p className="small muted">{t('profile.vocabulary.explain')}</p>
                <div className="table-scroll">
                  <table className="vocab-table" data-testid="vocabulary">
                    <caption className="visually-hidden">
                      {t('profile.vocabulary.caption', { shown: vocabulary.words.length, total: vocabulary.total })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('profile.vocabulary.word')}</th>
                        {showTranslations ? <th scope="col">{t('profile.vocabulary.translation')}</th> : null}
                        <th scope="col">{t('profile.vocabulary.mastery')}</th>
                        <th scope="col" className="numeric">
                          {t('profile.vocabulary.attempts')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {vocabulary.words.map((word) => (
                        <tr key={word.key}>
                          <th scope="row" lang="en">
                            {word.lemma}
                          </th>
                          {showTranslations ? <td>{word.translation ?? '—'}</td> : null}
                          <td>
                            <span className={`mastery mastery-${masteryBand(word.mastery)}`}>
                              <span className="mastery-track" aria-hidden="true">
                                <span className="mastery-fill" style={{ width: `${word.mastery}%` }} />
                              </span>
                              <span className="mastery-value">{t('profile.vocabulary.percent', { value: word.mastery })}</span>
                            </span>
                          </td>
                          <td className="numeric">{word.attempts}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Panel>

          <Panel id="history" title={t('profile.attempts.title')}>
            {recentAttempts.length === 0 ? (
              <p className="muted">
                {t('profile.attempts.empty')} <Link href="/games">{t('profile.browse_games')}</Link>
              </p>
            ) : (
              <ol className="attempt-list" data-testid="recent-attempts">
                {recentAttempts.map((attempt) => (
                  <li key={attempt.id} className={`attempt-item ${attempt.passed ? 'attempt-passed' : 'attempt-failed'}`}>
                    <div className="attempt-main">
                      <p className="attempt-utterance">
                        <q lang="en">{attempt.utterance}</q>
                      </p>
                      <p className="attempt-where">
                        {attempt.levelTitle
                          ? t('profile.attempts.where', { game: attempt.gameTitle, level: attempt.level, title: attempt.levelTitle })
                          : t('profile.attempts.where_short', { game: attempt.gameTitle, level: attempt.level })}
                        {' · '}
                        {t(`profile.attempts.modes.${attempt.inputMode}`)}
                        {' · '}
                        <time dateTime={attempt.createdAt}>{formatDate(attempt.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone })}</time>
                      </p>
                      {attempt.feedbackKinds.length > 0 ? (
                        <p className="attempt-kinds">
                          <span className="visually-hidden">{t('profile.attempts.mistakes')} </span>
                          {attempt.feedbackKinds.map((kind, index) => (
                            <span key={kind} className="chip chip-kind">
                              {t(`play.kinds.${kind}`)}
                              {index < attempt.feedbackKinds.length - 1 ? <span className="visually-hidden">, </span> : null}
                            </span>
                          ))}
                        </p>
                      ) : null}
                    </div>
                    <p className="attempt-result">
                      <span className={`result-pill ${attempt.passed ? 'result-passed' : 'result-failed'}`}>
                        {attempt.passed ? t('profile.attempts.passed') : t('profile.attempts.failed')}
                      </span>
                      <span className="attempt-score">{t('profile.attempts.score', { score: attempt.score })}</span>
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </Panel>
        </div>
      </div>
    </>
  )
}
