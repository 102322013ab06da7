import { useId } from 'react'
import { useI18n } from '~/lib/i18n'

export type XpDay = { day: string; xp: number; attempts: number; goalReached: boolean }

/** A round top for the scale: 10, 20, 25, 50, 100, 150, 200… above `value`. */
function scaleTop(value: number) {
  if (value <= 10) return 10
  const steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const step = steps.find((candidate) => candidate * magnitude >= value) ?? 10
  return step * magnitude
}

/** Bars are 10 units wide (7 drawn, 3 of gap), the plot 100 units tall; CSS stretches it. */
const SLOT = 10
const HEIGHT = 100

/**
 * XP per day as an inline SVG bar chart, with the daily goal as a dashed
 * line. Screen readers get a title and a summary (role="img") and the
 * numbers as a table; the table is visually hidden, the chart hidden from
 * nobody. Days are calendar dates of the player's zone (ISO strings),
 * formatted in UTC so they never shift.
 */
export function XpChart({ days, goal }: { days: XpDay[]; goal: number }) {
  const { t, formatDate } = useI18n()
  const id = useId()
  const top = scaleTop(Math.max(goal, ...days.map((day) => day.xp)))
  const dayLabel = (day: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' }) =>
    formatDate(`${day}T00:00:00Z`, { ...options, timeZone: 'UTC' })

  const total = days.reduce((sum, day) => sum + day.xp, 0)
  const best = days.reduce<XpDay | null>((found, day) => (day.xp > 0 && (!found || day.xp > found.xp) ? day : found), null)
  const goalDays = days.filter((day) => day.goalReached).length
  const activeDays = days.filter((day) => day.xp > 0 || day.attempts > 0).length
  const summary = [
    t('profile.chart.summary_total', { xp: total, days: days.length, active: activeDays }),
    best ? t('profile.chart.summary_best', { date: dayLabel(best.day, { dateStyle: 'long' }), xp: best.xp }) : null,
    t('profile.chart.summary_goal', { goal, count: goalDays }),
  ]
    .filter(Boolean)
    .join(' ')
  const y = (xp: number) => HEIGHT - (xp / top) * HEIGHT
  const width = days.length * SLOT
  const middle = days[Math.floor((days.length - 1) / 2)]

  return (
    <div className="xp-chart" data-testid="xp-chart">
      <div className="xp-chart-plot">
        <div className="xp-chart-axis" aria-hidden="true">
          <span>{top}</span>
          <span>{top / 2}</span>
          <span>0</span>
        </div>
        <svg
          className="xp-chart-svg"
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>{t('profile.chart.title', { days: days.length })}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          <line className="xp-chart-grid" x1="0" x2={width} y1={y(top / 2)} y2={y(top / 2)} vectorEffect="non-scaling-stroke" />
          <line className="xp-chart-grid" x1="0" x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} vectorEffect="non-scaling-stroke" />
          {days.map((day, index) => {
            const height = day.xp > 0 ? Math.max(1.5, (day.xp / top) * HEIGHT) : 0
            return (
              <rect
                key={day.day}
                className={`xp-bar${day.goalReached ? ' xp-bar-goal' : ''}${index === days.length - 1 ? ' xp-bar-today' : ''}`}
                x={index * SLOT + 1.5}
                y={HEIGHT - height}
                width={SLOT - 3}
                height={height}
                rx="1"
              >
                <title>{t('profile.chart.bar', { date: dayLabel(day.day), xp: day.xp })}</title>
              </rect>
            )
          })}
          <line className="xp-chart-goal" x1="0" x2={width} y1={y(goal)} y2={y(goal)} vectorEffect="non-scaling-stroke" />
        </svg>
      </div>
      <div className="xp-chart-dates" aria-hidden="true">
        <span>{days[0] ? dayLabel(days[0].day) : ''}</span>
        <span>{middle ? dayLabel(middle.day) : ''}</span>
        <span>{t('profile.chart.today')}</span>
      </div>
      <div className="xp-chart-legend">
        <span className="legend-item">
          <span className="legend-swatch legend-goal" aria-hidden="true" />
          {t('profile.chart.legend_goal_reached')}
        </span>
        <span className="legend-item">
          <span className="legend-swatch legend-under" aria-hidden="true" />
          {t('profile.chart.legend_under_goal')}
        </span>
        <span className="legend-item">
          <span className="legend-line" aria-hidden="true" />
          {t('profile.chart.legend_goal_line', { goal })}
        </span>
      </div>
      <table className="visually-hidden">
        <caption>{t('profile.chart.table_caption', { days: days.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('profile.chart.day')}</th>
            <th scope="col">{t('profile.chart.xp')}</th>
            <th scope="col">{t('profile.chart.goal')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">
                <time dateTime={day.day}>{dayLabel(day.day, { dateStyle: 'long' })}</time>
              </th>
              <td>{day.xp}</td>
              <td>{day.goalReached ? t('profile.chart.goal_reached') : t('profile.chart.goal_missed')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
