import type { Data } from '@generated/data'
import { BadgeIcon } from '~/components/badge_icon'
import { useI18n } from '~/lib/i18n'

/**
 * Every badge in the admins' order: earned ones in colour with the day they
 * were earned, the others dimmed with what it takes to earn them. The
 * state is written out, never shown by colour alone.
 */
export function BadgeGrid({ badges, timeZone }: { badges: Data.Badge[]; timeZone: string }) {
  const { t, formatDate } = useI18n()
  return (
    <ul className="badge-grid">
      {badges.map((badge) => (
        <li key={badge.key} className={`badge-card ${badge.earned ? 'badge-earned' : 'badge-locked'}`} data-testid={`badge-${badge.key}`}>
          <span className="badge-medallion">
            <BadgeIcon icon={badge.icon} />
          </span>
          <div className="badge-text">
            <h3 className="badge-title">{badge.title}</h3>
            <p className="badge-description">{badge.description}</p>
            <p className="badge-status">
              {badge.earned && badge.earnedAt ? (
                <>
                  {`${t('profile.badges.earned_on')} `}
                  <time dateTime={badge.earnedAt}>{formatDate(badge.earnedAt, { dateStyle: 'medium', timeZone })}</time>
                </>
              ) : (
                t('profile.badges.locked')
              )}
            </p>
          </div>
        </li>
      ))}
    </ul>
  )
}
