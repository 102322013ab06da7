import { Link } from '@inertiajs/react'
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import type { JSONDataTypes } from '@adonisjs/core/types/transformers'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { FeedbackView, type AttemptResult } from '~/components/play/feedback_view'
import { GameClient, type GameView, type GoalView, type Island } from '~/game_kit/game_client'
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

type InputMode = 'text' | 'voice' | 'tiles'

/** Every game's island, loaded only when its play page asks for it. */
const islands = import.meta.glob<{ default: Island<any> }>('../../../../games/*/client/island.ts')

type Recognition = {
  lang: string
  maxAlternatives: number
  interimResults: boolean
  onresult: ((event: any) => void) | null
  onerror: ((event: any) => void) | null
  onend: (() => void) | null
  start(): void
  stop(): void
}

function speechRecognition(): (new () => Recognition) | null {
  const scope = window as unknown as GameState
  return (scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null) as (new () => Recognition) | null
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
  const [utterance, setUtterance] = useState('')
  const [mode, setMode] = useState<InputMode>('text')
  const [picked, setPicked] = useState<number[]>([])
  const [busy, setBusy] = useState(false)
  const [paused, setPaused] = useState(false)
  const [hintsShown, setHintsShown] = useState(0)
  const [result, setResult] = useState<AttemptResponse | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [listening, setListening] = useState(false)
  const [canListen, setCanListen] = useState(false)
  const [tutorialOpen, setTutorialOpen] = useState(level.tutorial && saved.attempts === 0)
  const [islandReady, setIslandReady] = useState(false)
  const islandElement = useRef<HTMLDivElement>(null)
  const inputElement = useRef<HTMLInputElement>(null)
  const tutorialHeading = useRef<HTMLHeadingElement>(null)
  const recognition = useRef<Recognition | null>(null)

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

  // Mount the island; StrictMode mounts twice, so destroy only what finished mounting.
  useEffect(() => {
    const element = islandElement.current
    const load = islands[`../../../../games/${game.slug}/client/island.ts`]
    if (!element || !load) return
    let cancelled = false
    let mounted: { destroy(): void } | null = null
    load()
      .then((module) => module.default.mount(element, client))
      .then((handle) => {
        if (cancelled) handle.destroy()
        else {
          mounted = handle
          setIslandReady(true)
        }
      })
      .catch((error) => {
        console.error('island failed to mount', error)
        setProblem(t('play.errors.island'))
      })
    return () => {
      cancelled = true
      mounted?.destroy()
    }
  }, [client])

  useEffect(() => {
    setCanListen(preferences.voiceInput && speechRecognition() !== null)
  }, [preferences.voiceInput])

  useEffect(() => {
    if (tutorialOpen) tutorialHeading.current?.focus()
  }, [tutorialOpen])

  const tilePhrase = picked.map((index) => tiles[index]).join(' ')

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
      setUtterance('')
      setPicked([])
    } else if (outcome.reason) {
      client.publish({ type: 'refused', reason: outcome.reason })
    } else if (!attempt.passed) {
      client.publish({ type: 'misunderstood' })
    }
    if (outcome.levelComplete && !wasComplete) client.publish({ type: 'completed' })
    speak(attempt.passed ? attempt.utterance : (attempt.expected ?? level.canonical))
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (mode === 'tiles') void send(tilePhrase, 'tiles')
    else void send(utterance, 'text')
  }

  function listen() {
    const Recognition = speechRecognition()
    if (!Recognition) return
    if (listening) {
      recognition.current?.stop()
      return
    }
    const session = new Recognition()
    session.lang = 'en-US'
    session.maxAlternatives = 5
    session.interimResults = false
    session.onresult = (event) => {
      const first = event.results[0]
      const alternatives: string[] = []
      for (let index = 0; index < first.length; index++) alternatives.push(String(first[index].transcript).trim())
      const heard = alternatives.filter(Boolean)
      if (heard.length === 0) return
      setUtterance(heard[0])
      void send(heard[0], 'voice', heard.slice(0, 10))
    }
    session.onerror = () => setProblem(t('play.errors.voice'))
    session.onend = () => setListening(false)
    recognition.current = session
    setListening(true)
    session.start()
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
    setPicked([])
    setUtterance('')
    inputElement.current?.focus()
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
            <ul className="goal-list" aria-label={t('play.goals')}>
              {view.goals.map((goal, index) => (
                <li key={index} className={goal.met ? 'goal-met' : ''} data-testid="goal">
                  <span className="goal-check" aria-hidden="true">
                    {goal.met ? '✓' : '○'}
                  </span>
                  <span lang="en">{goalLabel(goal)}</span>
                  <span className="visually-hidden">{goal.met ? t('play.goal_met') : t('play.goal_open')}</span>
                </li>
              ))}
            </ul>
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
            <div className="hints">
              {level.hints.slice(0, hintsShown).map((hint, index) => (
                <p key={index} className="hint" data-testid="hint">
                  <strong>{t('play.hint_number', { number: index + 1 })}</strong> {hint}
                </p>
              ))}
              {hintsShown < level.hints.length && !done && (
                <button type="button" className="button button-ghost button-small" onClick={() => setHintsShown(hintsShown + 1)}>
                  {t('play.hint', { shown: hintsShown, total: level.hints.length })}
                </button>
              )}
            </div>
          </section>

          <section className="island-wrap" aria-label={t('play.scene', { game: game.title })}>
            <div ref={islandElement} className={`island island-${game.slug}`} data-ready={islandReady ? 'true' : 'false'} data-testid="island">
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

        <form className="card input-bar" onSubmit={submit} aria-labelledby="input-title">
          <div className="input-bar-head">
            <h2 id="input-title" className="input-title">
              {t('play.input.title')}
            </h2>
            <div className="segmented" role="group" aria-label={t('play.input.mode')}>
              <button type="button" aria-pressed={mode === 'text'} onClick={() => setMode('text')}>
                {t('play.input.type')}
              </button>
              <button type="button" aria-pressed={mode === 'tiles'} onClick={() => setMode('tiles')} data-testid="tiles-mode">
                {t('play.input.tiles')}
              </button>
            </div>
          </div>

          {mode === 'text' ? (
            <div className="input-row">
              <label htmlFor="utterance" className="visually-hidden">
                {t('play.input.label')}
              </label>
              <input
                id="utterance"
                ref={inputElement}
                className="input utterance-input"
                lang="en"
                autoComplete="off"
                autoCapitalize="sentences"
                spellCheck={false}
                maxLength={200}
                placeholder={t('play.input.placeholder')}
                value={utterance}
                onChange={(event) => setUtterance(event.target.value)}
                disabled={paused}
              />
              {canListen && (
                <button
                  type="button"
                  className={`button button-ghost mic ${listening ? 'mic-on' : ''}`}
                  aria-pressed={listening}
                  onClick={listen}
                  disabled={paused || busy}
                >
                  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                    <path d="M12 15a3 3 0 0 0 3-3V6a3 3 0 1 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-2.1A7 7 0 0 0 19 12h-2Z" fill="currentColor" />
                  </svg>
                  <span>{listening ? t('play.input.listening') : t('play.input.speak')}</span>
                </button>
              )}
              <button type="submit" className="button button-primary" disabled={busy || paused || !utterance.trim()}>
                {busy ? t('play.input.checking') : t('play.input.send')}
              </button>
            </div>
          ) : (
            <div className="tiles-area">
              <p className="tile-phrase" lang="en" aria-live="polite" data-testid="tile-phrase">
                {picked.length > 0 ? tilePhrase : <span className="muted">{t('play.input.tiles_empty')}</span>}
              </p>
              <ul className="tiles" aria-label={t('play.input.tiles_label')}>
                {tiles.map((tile, index) => {
                  const used = picked.includes(index)
                  return (
                    <li key={index}>
                      <button
                        type="button"
                        className={`tile ${used ? 'tile-used' : ''}`}
                        aria-pressed={used}
                        lang="en"
                        disabled={paused}
                        onClick={() => setPicked(used ? picked.filter((candidate) => candidate !== index) : [...picked, index])}
                      >
                        {tile}
                      </button>
                    </li>
                  )
                })}
              </ul>
              <div className="actions">
                <button type="button" className="button button-ghost button-small" onClick={() => setPicked([])} disabled={picked.length === 0}>
                  {t('play.input.clear')}
                </button>
                <button type="submit" className="button button-primary" disabled={busy || paused || picked.length === 0}>
                  {busy ? t('play.input.checking') : t('play.input.send')}
                </button>
              </div>
            </div>
          )}

          <div className="input-tools">
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
          </div>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
        </form>

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
                inputElement.current?.focus()
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

/** A goal in the target language's words: "plant · carrot · 3". */
function goalLabel(goal: GoalView) {
  return [goal.intent, ...Object.values(goal.slots).map(String)].join(' · ')
}
