import { Link } from '@inertiajs/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { JSONDataTypes } from '@adonisjs/core/types/transformers'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { FeedbackView, type AttemptResult } from '~/components/play/feedback_view'
import { GoalList, Hints } from '~/components/play/goal_list'
import { OrderInput, type InputMode, type OrderInputHandle } from '~/components/play/order_input'
import { useIsland } from '~/components/play/use_island'
import { GameClient, type GameView, type GoalView } from '~/game_kit/game_client'
import { postJson } from '~/lib/api'
import { useI18n } from '~/lib/i18n'

/** A game's state as JSON: only its island reads inside. */
type GameState = { [key: string]: JSONDataTypes }

type PageProps = InertiaProps<{
  game: { slug: string; title: string; levels: number }
  level: {
    number: number
    title: string
    task: string
    canonical: string
    hints: string[]
    cefr: string
    difficulty: number
    grammar: Array<{ key: string; title: string }>
    tutorial: boolean
  }
  saved: { state: GameState; goals: GoalView[]; levelComplete: boolean; attempts: number; bestScore: number; completed: boolean }
  tiles: string[]
  nextLevel: { number: number; title: string; unlocked: boolean } | null
  preferences: { voiceInput: boolean; voiceOutput: boolean }
}>

type AttemptResponse = {
  attempt: AttemptResult
  game: GameView<GameState> & { accepted: boolean; reason: { key: string; message: string } | null }
}

/**
 * The play page: the goal card, the game's island, and the input bar (type,
 * speak or tap tiles). Each phrase goes to the attempts API; the answer
 * underlines mistakes, the island animates what the game did, and XP
 * arrives live through the player's channel.
 */
export default function Play({ game, level, saved, tiles, nextLevel, preferences }: PageProps) {
  const { t, locale } = useI18n()
  const [view, setView] = useState<GameView<GameState>>({ state: saved.state, goals: saved.goals, levelComplete: saved.levelComplete })
  const [busy, setBusy] = useState(false)
  const [paused, setPaused] = useState(false)
  const [hintsShown, setHintsShown] = useState(0)
  const [result, setResult] = useState<AttemptResponse | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [tutorialOpen, setTutorialOpen] = useState(level.tutorial && saved.attempts === 0)
  const input = useRef<OrderInputHandle>(null)
  const tutorialHeading = useRef<HTMLHeadingElement>(null)

  const client = useMemo(
    () =>
      new GameClient<GameState>(
        { state: saved.state, goals: saved.goals, levelComplete: saved.levelComplete },
        {
          locale,
          reducedMotion: typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
        }
      ),
    // One client per level visit.
    [game.slug, level.number]
  )

  const island = useIsland(game.slug, client, () => setProblem(t('play.errors.island')))

  useEffect(() => {
    if (tutorialOpen) tutorialHeading.current?.focus()
  }, [tutorialOpen])

  function speak(text: string) {
    if (!preferences.voiceOutput || typeof window === 'undefined' || !('speechSynthesis' in window)) return
    const spoken = new SpeechSynthesisUtterance(text)
    spoken.lang = 'en-US'
    window.speechSynthesis.cancel()
    window.speechSynthesis.speak(spoken)
  }

  async function send(text: string, inputMode: InputMode, alternatives?: string[]) {
    if (busy || paused || !text.trim()) return
    setBusy(true)
    setProblem(null)
    const response = await postJson<AttemptResponse>(`/api/games/${game.slug}/levels/${level.number}/attempts`, {
      utterance: text,
      inputMode,
      ...(alternatives ? { alternatives } : {}),
      hintsUsed: hintsShown,
    })
    setBusy(false)
    if (!response.ok) {
      setProblem(response.errors[0]?.message ?? t('play.errors.network'))
      return
    }
    const { attempt, game: outcome } = response.data
    const wasComplete = view.levelComplete
    setResult(response.data)
    const next = { state: outcome.state, goals: outcome.goals, levelComplete: outcome.levelComplete }
    if (outcome.accepted) {
      client.publish({ type: 'accepted', game: next, previous: view.state })
      setView(next)
      input.current?.clear()
    } else if (outcome.reason) {
      client.publish({ type: 'refused', reason: outcome.reason })
    } else if (!attempt.passed) {
      client.publish({ type: 'misunderstood' })
    }
    if (outcome.levelComplete && !wasComplete) client.publish({ type: 'completed' })
    speak(attempt.passed ? attempt.utterance : (attempt.expected ?? level.canonical))
  }

  async function restart() {
    setBusy(true)
    const response = await postJson<{ game: GameView<GameState> }>(`/api/games/${game.slug}/levels/${level.number}/restart`)
    setBusy(false)
    if (!response.ok) {
      setProblem(response.errors[0]?.message ?? t('play.errors.network'))
      return
    }
    const next = { state: response.data.game.state, goals: response.data.game.goals, levelComplete: response.data.game.levelComplete }
    setView(next)
    client.publish({ type: 'reset', game: next })
    setResult(null)
    setHintsShown(0)
    input.current?.clear()
    input.current?.focus()
  }

  const done = view.levelComplete

  return (
    <>
      <Seo title={t('play.meta.title', { game: game.title, level: level.number, title: level.title })} description={level.task} noindex />
      <div className="container play-page">
        <nav className="breadcrumbs" aria-label={t('play.breadcrumbs')}>
          <Link href="/games">{t('ui.nav.games')}</Link>
          <span aria-hidden="true"> › </span>
          <span>{game.title}</span>
          <span aria-hidden="true"> › </span>
          <span aria-current="page">{t('play.level_of', { level: level.number, total: game.levels })}</span>
        </nav>

        <div className="play-grid">
          <section className="card goal-card" aria-labelledby="goal-title">
            <p className="eyebrow">
              {t('play.level_of', { level: level.number, total: game.levels })} · {level.cefr}
            </p>
            <h1 id="goal-title">{level.title}</h1>
            <p className="goal-task">{level.task}</p>
            <GoalList goals={view.goals} />
            {level.grammar.length > 0 && (
              <p className="goal-grammar">
                {t('play.grammar')}{' '}
                {level.grammar.map((pattern) => (
                  <span key={pattern.key} className="tag">
                    {pattern.title}
                  </span>
                ))}
              </p>
            )}
            <Hints hints={level.hints} shown={hintsShown} onMore={() => setHintsShown(hintsShown + 1)} done={done} />
          </section>

          <section className="island-wrap" aria-label={t('play.scene', { game: game.title })}>
            <div ref={island.ref} className={`island island-${game.slug}`} data-ready={island.ready ? 'true' : 'false'} data-testid="island">
              <p className="island-loading muted">{t('play.loading')}</p>
            </div>
            {paused && (
              <div className="island-paused" role="dialog" aria-modal="false" aria-labelledby="paused-title">
                <p id="paused-title">{t('play.paused')}</p>
                <button type="button" className="button button-primary" onClick={() => setPaused(false)}>
                  {t('play.resume')}
                </button>
              </div>
            )}
          </section>
        </div>

        {done && (
          <section className="card level-complete" aria-labelledby="complete-title" data-testid="level-complete">
            <h2 id="complete-title">{t('play.complete.title')}</h2>
            <p>{t('play.complete.text')}</p>
            <div className="actions">
              {nextLevel && (
                <Link href={`/play/${game.slug}/${nextLevel.number}`} className="button button-primary" data-testid="next-level">
                  {t('play.complete.next', { title: nextLevel.title })}
                </Link>
              )}
              <Link href="/games" className="button button-ghost">
                {t('play.complete.catalog')}
              </Link>
              <button type="button" className="button button-ghost" onClick={restart}>
                {t('play.restart')}
              </button>
            </div>
          </section>
        )}

        <OrderInput
          ref={input}
          tiles={tiles}
          voiceInput={preferences.voiceInput}
          busy={busy}
          paused={paused}
          onSend={(text, inputMode, alternatives) => void send(text, inputMode, alternatives)}
          onProblem={setProblem}
          problem={problem}
          tools={
            <>
              <button type="button" className="button button-ghost button-small" onClick={() => setPaused(!paused)} aria-pressed={paused}>
                {paused ? t('play.resume') : t('play.pause')}
              </button>
              <button type="button" className="button button-ghost button-small" onClick={restart} disabled={busy}>
                {t('play.restart')}
              </button>
              {preferences.voiceOutput && (
                <button type="button" className="button button-ghost button-small" onClick={() => speak(result?.attempt.expected ?? level.canonical)} disabled={hintsShown < level.hints.length && !result}>
                  {t('play.listen')}
                </button>
              )}
            </>
          }
        />

        <div aria-live="polite" className="feedback-region">
          {result && <FeedbackView attempt={result.attempt} reason={result.game.reason?.message ?? null} />}
        </div>
      </div>

      {tutorialOpen && (
        <div className="modal-backdrop">
          <div className="modal card" role="dialog" aria-modal="true" aria-labelledby="tutorial-title" onKeyDown={(event) => event.key === 'Escape' && setTutorialOpen(false)}>
            <h2 id="tutorial-title" ref={tutorialHeading} tabIndex={-1}>
              {t('play.tutorial.title')}
            </h2>
            <ol className="tutorial-steps">
              <li>{t('play.tutorial.step_goal')}</li>
              <li>{t('play.tutorial.step_say')}</li>
              <li>{t('play.tutorial.step_feedback')}</li>
              <li>{t('play.tutorial.step_hints')}</li>
            </ol>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setTutorialOpen(false)
                input.current?.focus()
              }}
            >
              {t('play.tutorial.start')}
            </button>
          </div>
        </div>
      )}
    </>
  )
}
