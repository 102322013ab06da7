import type { GoalView } from '~/game_kit/game_client'
import { useI18n } from '~/lib/i18n'

/** A goal in the target language's words: "plant · carrot · 3". */
export function goalLabel(goal: GoalView) {
  return [goal.intent, ...Object.values(goal.slots).map(String)].join(' · ')
}

/** A level's goals, each met or still open (said in words, not only by the tick). */
export function GoalList({ goals }: { goals: GoalView[] }) {
  const { t } = useI18n()
  return (
    <ul className="goal-list" aria-label={t('play.goals')}>
      {goals.map((goal, index) => (
        <li key={index} className={goal.met ? 'goal-met' : ''} data-testid="goal">
          <span className="goal-check" aria-hidden="true">
            {goal.met ? '✓' : '○'}
          </span>
          <span lang="en">{goalLabel(goal)}</span>
          <span className="visually-hidden">{goal.met ? t('play.goal_met') : t('play.goal_open')}</span>
        </li>
      ))}
    </ul>
  )
}

/** The level's hints, one more on each press, until all are shown (or the level is done). */
export function Hints({ hints, shown, onMore, done = false }: { hints: string[]; shown: number; onMore(): void; done?: boolean }) {
  const { t } = useI18n()
  return (
    <div className="hints">
      {hints.slice(0, shown).map((hint, index) => (
        <p key={index} className="hint" data-testid="hint">
          <strong>{t('play.hint_number', { number: index + 1 })}</strong> {hint}
        </p>
      ))}
      {shown < hints.length && !done && (
        <button type="button" className="button button-ghost button-small" onClick={onMore}>
          {t('play.hint', { shown, total: hints.length })}
        </button>
      )}
    </div>
  )
}
