import { Link, router } from '@inertiajs/react'
import { useState, type FormEvent } from 'react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { LevelCard, topicLabel } from '~/components/level_card'
import { ProgressMeter } from '~/components/progress_meter'
import { useI18n } from '~/lib/i18n'

type Filters = { topic?: string; grammar?: string; cefr?: string; q?: string }

type PageProps = InertiaProps<{
  filters: Filters
  facets: { topics: string[]; grammar: Array<{ key: string; title: string }>; cefr: string[] }
  totals: { levels: number; shown: number }
  games: Data.CatalogGame[]
  continueLevel: Data.CatalogLevel | null
  recommended: Data.CatalogLevel | null
}>

/** A game's levels in the solo chain, and those played together (shown as their own group after them). */
const solo = (game: Data.CatalogGame) => game.levels.filter((level) => level.mode !== 'coop')
const together = (game: Data.CatalogGame) => game.levels.filter((level) => level.mode === 'coop')

/** Empty fields stay out of the URL: `/games?cefr=A2`, not `/games?topic=&grammar=&cefr=A2&q=`. */
function withoutEmpty(data: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(data)) if (typeof value === 'string' && value.trim() !== '') kept[name] = value.trim()
  return kept
}

function NextStep({ kind, level }: { kind: 'continue' | 'recommended'; level: Data.CatalogLevel }) {
  const { t } = useI18n()
  const headingId = `next-${kind}`
  let reason: string | null = null
  if (kind === 'recommended' && level.reason) {
    if (level.reason.kind === 'weak_rule') reason = t('catalog.next.reason_weak_rule', { rule: level.reason.ruleTitle ?? '' })
    else if (level.reason.kind === 'weak_kind') reason = t('catalog.next.reason_weak_kind', { kind: t(`play.kinds.${level.reason.feedbackKind}`) })
    else reason = t('catalog.next.reason_next')
  }
  const action = kind === 'continue' ? t('catalog.next.continue_action') : t('catalog.next.practise')

  return (
    <article className={`card next-card next-card-${kind}`} aria-labelledby={headingId} data-testid={`next-${kind}`}>
      <h3 id={headingId} className="next-card-kicker">
        {kind === 'continue' ? t('catalog.next.continue') : t('catalog.next.recommended')}
      </h3>
      <p className="next-card-title">{level.title}</p>
      <p className="next-card-where small muted">
        {t('catalog.next.level_in_game', { game: level.gameTitle, level: level.number })} · {level.cefr}
      </p>
      {reason ? (
        <p className="next-card-reason">
          <strong>{reason}</strong>
          {level.reason && level.reason.misses > 0 ? (
            <span className="small"> ({t('catalog.next.misses', { count: level.reason.misses })})</span>
          ) : null}
        </p>
      ) : (
        <p className="next-card-task">{level.task}</p>
      )}
      {level.href ? (
        <Link href={level.href} className={`button${kind === 'continue' ? ' button-primary' : ''}`} aria-label={`${action}: ${level.title}`}>
          {action}
        </Link>
      ) : null}
    </article>
  )
}

/**
 * The catalog: every game and its levels, filtered with a plain GET form
 * (works before and without JavaScript), and for a signed-in player the
 * level to continue and the one to practise next.
 */
export default function GamesIndex({ filters, facets, totals, games, continueLevel, recommended, user }: PageProps) {
  const { t, locale } = useI18n()
  const filtered = Object.keys(filters).length > 0
  const [processing, setProcessing] = useState(false)

  // Without JavaScript the form submits itself (blank fields are ignored by the server).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = withoutEmpty(Object.fromEntries(new FormData(event.currentTarget)))
    router.get('/games', data, {
      preserveScroll: true,
      onStart: () => setProcessing(true),
      onFinish: () => setProcessing(false),
    })
  }

  return (
    <>
      <Seo title={t('catalog.title')} description={t('catalog.meta')} />
      <header className="container page-header catalog-header">
        <h1>{t('catalog.title')}</h1>
        <p className="lead">{t('catalog.lead')}</p>
      </header>

      <div className="container catalog-page">
        {user ? (
          <section className="next-steps" aria-labelledby="next-steps-title">
            <h2 id="next-steps-title" className="section-title">
              {t('catalog.next.title')}
            </h2>
            {continueLevel || recommended ? (
              <div className="next-grid">
                {continueLevel ? <NextStep kind="continue" level={continueLevel} /> : null}
                {recommended ? <NextStep kind="recommended" level={recommended} /> : null}
              </div>
            ) : (
              <p className="card">{t('catalog.next.all_done')}</p>
            )}
          </section>
        ) : (
          <section className="card guest-card" aria-labelledby="guest-title">
            <div>
              <h2 id="guest-title">{t('catalog.guest.title')}</h2>
              <p>{t('catalog.guest.text')}</p>
            </div>
            <div className="hero-actions">
              <Link href="/signup" className="button button-primary">
                {t('catalog.guest.signup')}
              </Link>
              <Link href="/login" className="button">
                {t('catalog.guest.login')}
              </Link>
            </div>
          </section>
        )}

        <section aria-labelledby="filters-title" className="catalog-filters-section">
          <h2 id="filters-title" className="visually-hidden">
            {t('catalog.filters.title')}
          </h2>
          <form
            key={JSON.stringify(filters)}
            action="/games"
            method="get"
            role="search"
            aria-labelledby="filters-title"
            className="card catalog-filters"
            onSubmit={submit}
          >
            <div className="field catalog-filter-search">
              <label htmlFor="catalog-q">{t('catalog.filters.search')}</label>
              <input
                id="catalog-q"
                name="q"
                type="search"
                defaultValue={filters.q ?? ''}
                maxLength={80}
                placeholder={t('catalog.filters.search_placeholder')}
                aria-describedby="catalog-q-hint"
              />
              <p id="catalog-q-hint" className="field-hint">
                {t('catalog.filters.search_hint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor="catalog-topic">{t('catalog.filters.topic')}</label>
              <select id="catalog-topic" name="topic" defaultValue={filters.topic ?? ''}>
                <option value="">{t('catalog.filters.all_topics')}</option>
                {facets.topics
                  .map((tag) => ({ tag, label: topicLabel(t, tag) }))
                  .sort((a, b) => a.label.localeCompare(b.label, locale))
                  .map(({ tag, label }) => (
                    <option key={tag} value={tag}>
                      {label}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="catalog-cefr">{t('catalog.filters.cefr')}</label>
              <select id="catalog-cefr" name="cefr" defaultValue={filters.cefr ?? ''}>
                <option value="">{t('catalog.filters.all_cefr')}</option>
                {facets.cefr.map((cefr) => (
                  <option key={cefr} value={cefr}>
                    {t('catalog.filters.cefr_option', { cefr, name: t(`catalog.cefr_names.${cefr}`) })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field catalog-filter-grammar">
              <label htmlFor="catalog-grammar">{t('catalog.filters.grammar')}</label>
              <select id="catalog-grammar" name="grammar" defaultValue={filters.grammar ?? ''}>
                <option value="">{t('catalog.filters.all_grammar')}</option>
                {[...facets.grammar]
                  .sort((a, b) => a.title.localeCompare(b.title, locale))
                  .map((pattern) => (
                    <option key={pattern.key} value={pattern.key}>
                      {pattern.title}
                    </option>
                  ))}
              </select>
            </div>
            <div className="catalog-filter-actions">
              <button type="submit" className="button button-primary" disabled={processing}>
                {t('catalog.filters.apply')}
              </button>
              {filtered ? (
                <Link href="/games" className="button button-ghost" preserveScroll>
                  {t('catalog.filters.clear')}
                </Link>
              ) : null}
            </div>
          </form>
          <p className="catalog-count" role="status" data-testid="catalog-count">
            {filtered
              ? t('catalog.filters.showing', { shown: totals.shown, total: totals.levels })
              : t('catalog.filters.showing_all', { total: totals.levels })}
          </p>
        </section>

        {games.length === 0 ? (
          <div className="card catalog-empty">
            <p>{t('catalog.filters.empty')}</p>
            <Link href="/games" className="button">
              {t('catalog.filters.clear')}
            </Link>
          </div>
        ) : null}

        {games.map((game) => (
          <section key={game.slug} className="catalog-game" aria-labelledby={`game-${game.slug}`} data-testid={`game-${game.slug}`}>
            <header className="catalog-game-header">
              <div>
                <h2 id={`game-${game.slug}`}>{game.title}</h2>
                <p className="muted">{game.description}</p>
              </div>
              {user ? (
                <div className="catalog-game-progress">
                  <ProgressMeter
                    label={t('catalog.game.progress_label')}
                    detail={t('catalog.game.progress', { completed: game.completed, total: game.total })}
                    value={game.completed}
                    max={game.total}
                    valueText={t('catalog.game.progress', { completed: game.completed, total: game.total })}
                  />
                </div>
              ) : null}
            </header>
            {solo(game).length > 0 ? (
              <ol className="level-grid" aria-label={t('catalog.game.levels', { game: game.title })}>
                {solo(game).map((level) => (
                  <LevelCard key={level.number} level={level} />
                ))}
              </ol>
            ) : null}
            {together(game).length > 0 ? (
              <section className="catalog-together" aria-labelledby={`together-${game.slug}`} data-testid={`together-${game.slug}`}>
                <div className="catalog-together-head">
                  <h3 id={`together-${game.slug}`}>{t('catalog.game.together')}</h3>
                  <p className="muted">{t('catalog.game.together_text')}</p>
                </div>
                <ol className="level-grid" aria-label={t('catalog.game.together_levels', { game: game.title })}>
                  {together(game).map((level) => (
                    <LevelCard key={level.number} level={level} headingLevel={4} />
                  ))}
                </ol>
              </section>
            ) : null}
          </section>
        ))}
      </div>
    </>
  )
}
