import { Link, usePage } from '@inertiajs/react'
import { useI18n } from '~/lib/i18n'
import { useLiveProgress } from '~/lib/live_progress'

/**
 * XP, level and streak in the header, kept live by the player's channel.
 */
export function ProgressChip() {
  const { t } = useI18n()
  const { props } = usePage()
  const progress = useLiveProgress()
  if (!props.user || !progress) return null
  return (
    <Link href="/profile" className="progress-chip" aria-label={t('play.header.summary', progress)} data-testid="progress-chip">
      <span className="progress-chip-level" aria-hidden="true">
        {t('play.header.level', { level: progress.level })}
      </span>
      <span className="progress-chip-xp" aria-hidden="true" data-testid="header-xp">
        {t('play.header.xp', { xp: progress.xp })}
      </span>
      <span className="progress-chip-streak" aria-hidden="true" title={t('play.header.streak_title')}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M8 1c1 3 4 4.5 4 8.2A4 4 0 0 1 4 9.4C4 7.6 5 6.5 6 5.6c0 1.6.8 2.5 1.6 2.8C7.1 6 7.4 3.4 8 1Z" fill="currentColor" />
        </svg>
        {progress.streak}
      </span>
    </Link>
  )
}
