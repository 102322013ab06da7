import { Link } from '@inertiajs/react'
import type { Data } from '@generated/data'
import { useI18n } from '~/lib/i18n'

type Translate = ReturnType<typeof useI18n>['t']

/**
 * A topic tag in the interface language; a tag a new game brings without
 * a translation yet is shown as written ("present_continuous" → "present continuous").
 */
export function topicLabel(t: Translate, tag: string) {
  const key = `catalog.topics.${tag}`
  const label = t(key)
  return label === key ? tag.replace(/_/g, ' ') : label
}

/** Where the player stands on a level, in words (the card's colour only repeats it). */
export function levelStatus(t: Translate, level: Data.CatalogLevel) {
  if (level.state === 'completed') return t('catalog.level.state.completed')
  if (level.state === 'locked') return t('catalog.level.state.locked')
  // A co-op level is open to everyone; its matches are not a level "in progress".
  if (level.mode === 'coop') return t('catalog.level.state.open')
  return level.attempts > 0 ? t('catalog.level.state.in_progress') : t('catalog.level.state.open')
}

/** What the card says next to the status: the best score (solo) or the matches played (co-op). */
function statusDetail(t: Translate, level: Data.CatalogLevel) {
  if (level.state === 'locked') return null
  if (level.mode === 'coop') return level.attempts > 0 ? t('catalog.level.played_together', { count: level.attempts }) : null
  return level.bestScore !== null ? t('catalog.level.best', { score: level.bestScore }) : null
}

function actionOf(t: Translate, level: Data.CatalogLevel) {
  if (level.mode === 'coop') return t('catalog.level.play_together')
  if (level.state === 'completed') return t('catalog.level.replay')
  return level.attempts > 0 ? t('catalog.level.resume') : t('catalog.level.play')
}

/** Two people: the mark of a level played together (decorative: the badge says it). */
function TogetherIcon() {
  return (
    <svg viewBox="0 0 20 16" width="18" height="14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="4.5" r="3" fill="currentColor" />
      <circle cx="14.5" cy="5.5" r="2.4" fill="currentColor" opacity="0.75" />
      <path d="M1.5 15c0-3.3 2.5-5.5 5.5-5.5s5.5 2.2 5.5 5.5Z" fill="currentColor" />
      <path d="M13 15c0-2-.6-3.6-1.7-4.7A4.6 4.6 0 0 1 19 14.2V15Z" fill="currentColor" opacity="0.75" />
    </svg>
  )
}

function StateIcon({ state }: { state: string }) {
  if (state === 'completed') {
    return (
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="m3 8.5 3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    )
  }
  if (state === 'locked') {
    return (
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
        <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>
    )
  }
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M5 3.5v9l7-4.5Z" fill="currentColor" />
    </svg>
  )
}

/** Difficulty 1–10 as five pips (decorative: the number is in the text). */
function DifficultyPips({ difficulty }: { difficulty: number }) {
  const filled = Math.ceil(difficulty / 2)
  return (
    <span className="difficulty-pips" aria-hidden="true">
      {Array.from({ length: 5 }, (_, index) => (
        <span key={index} className={index < filled ? 'pip pip-on' : 'pip'} />
      ))}
    </span>
  )
}

/**
 * One level in the catalog: its card (title, task, CEFR, difficulty,
 * grammar, topics), the player's state and, unless locked, the way in.
 */
export function LevelCard({ level, headingLevel = 3 }: { level: Data.CatalogLevel; headingLevel?: 3 | 4 }) {
  const { t } = useI18n()
  const headingId = `level-${level.game}-${level.number}`
  const Heading = headingLevel === 4 ? 'h4' : 'h3'
  const status = levelStatus(t, level)
  const detail = statusDetail(t, level)
  const progressState = level.state === 'open' && level.attempts > 0 && level.mode !== 'coop' ? 'in_progress' : level.state

  return (
    <li className={`level-card level-card-${progressState}${level.mode === 'coop' ? ' level-card-coop' : ''}`} data-testid={`level-${level.game}-${level.number}`}>
      <div className="level-card-top">
        <span className="level-card-number" aria-hidden="true">
          {level.number}
        </span>
        <p className={`level-state level-state-${progressState}`}>
          <StateIcon state={level.state} />
          <span>{detail ? `${status} · ${detail}` : status}</span>
        </p>
      </div>
      <Heading id={headingId} className="level-card-title">
        <span className="visually-hidden">{t('catalog.level.number', { number: level.number })}: </span>
        {level.title}
      </Heading>
      {level.mode === 'coop' && level.players && (
        <p className="level-card-mode">
          <TogetherIcon />
          {t('catalog.level.coop_badge', { min: level.players.min, max: level.players.max })}
        </p>
      )}
      <p className="level-card-task">{level.task}</p>

      <dl className="level-card-facts">
        <div>
          <dt>{t('catalog.level.cefr')}</dt>
          <dd>
            <abbr className="cefr-badge" title={t(`catalog.cefr_names.${level.cefr}`)}>
              {level.cefr}
            </abbr>
          </dd>
        </div>
        <div>
          <dt>{t('catalog.level.difficulty')}</dt>
          <dd className="level-difficulty">
            <DifficultyPips difficulty={level.difficulty} />
            {t('catalog.level.difficulty_value', { difficulty: level.difficulty })}
          </dd>
        </div>
        <div className="level-card-wide">
          <dt>{t('catalog.level.grammar')}</dt>
          <dd>
            <ul className="chip-list">
              {level.grammar.map((pattern) => (
                <li key={pattern.key} className="chip chip-grammar">
                  {pattern.title}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {level.topics.length > 0 ? (
          <div className="level-card-wide">
            <dt>{t('catalog.level.topics')}</dt>
            <dd>
              <ul className="chip-list">
                {level.topics.map((tag) => (
                  <li key={tag} className="chip">
                    {topicLabel(t, tag)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>

      <div className="level-card-action">
        {level.href ? (
          <Link
            href={level.href}
            className={`button button-small${level.state === 'completed' ? '' : ' button-primary'}`}
            aria-label={`${actionOf(t, level)}: ${t('catalog.level.number', { number: level.number })}, ${level.title}`}
          >
            {actionOf(t, level)}
          </Link>
        ) : (
          <p className="level-locked-hint">{t('catalog.level.locked_hint', { previous: level.number - 1 })}</p>
        )}
      </div>
    </li>
  )
}
