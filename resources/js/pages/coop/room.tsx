import { Link, router } from '@inertiajs/react'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { JSONDataTypes } from '@adonisjs/core/types/transformers'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { FeedbackView, type AttemptResult } from '~/components/play/feedback_view'
import { GoalList, Hints } from '~/components/play/goal_list'
import { OrderInput, type InputMode, type OrderInputHandle } from '~/components/play/order_input'
import { useIsland } from '~/components/play/use_island'
import { ResultsTable } from '~/components/coop/results_table'
import { TeamFeed } from '~/components/coop/team_feed'
import { clockText, useReached, useSecondsLeft } from '~/components/coop/use_clock'
import { GameClient, type GameView, type GoalView } from '~/game_kit/game_client'
import {
  connect,
  handOffTicket,
  PROTOCOL_VERSION,
  storedResume,
  takeTicket,
  type CoopConnection,
  type CoopEvent,
  type CoopFeedback,
  type CoopMatch,
  type CoopStatus,
  type EndedFrame,
  type LobbyFrame,
  type SeatView,
  type WelcomeFrame,
} from '~/game_kit/coop_connector'
import { postJson } from '~/lib/api'
import { useI18n } from '~/lib/i18n'
import { useProgressUpdates, type ProgressUpdate } from '~/lib/live_progress'

type GameState = { [key: string]: JSONDataTypes }

type RoomSummary = {
  code: string
  link: string
  game: string
  level: number
  kind: 'invite' | 'quick'
  phase: string
  players: number
  minPlayers: number
  maxPlayers: number
}

type LevelProps = {
  number: number
  title: string
  task: string
  canonical: string
  hints: string[]
  cefr: string
  difficulty: number
  grammar: Array<{ key: string; title: string }>
  goals: Array<{ intent: string; slots: Record<string, string | number> }>
  timeLimitSeconds: number
}

type PageProps = InertiaProps<{
  code: string
  room: RoomSummary | null
  game: { slug: string; title: string } | null
  level: LevelProps | null
  tiles: string[]
  preferences: { voiceInput: boolean; voiceOutput: boolean }
  protocol: number
}>

type TicketAnswer = { room: RoomSummary; ticket: string; url: string; expiresAt: string }

/** How many phrases the team feed keeps. */
const FEED_LENGTH = 40

/**
 * A co-op room: its lobby (the invite, the seats, the ready check), then
 * the match (the goals, the island, the order input, the team feed), then
 * the results. Everything live comes over the room's WebSocket through the
 * co-op connector; XP arrives afterwards on the player's own channel.
 */
export default function CoopRoomPage(props: PageProps) {
  const { t } = useI18n()
  if (!props.room || !props.game || !props.level) {
    return (
      <>
        <Seo title={t('coop.room.gone_title')} description={t('coop.room.gone_text', { code: props.code })} noindex />
        <div className="container coop-page">
          <section className="card coop-notice" aria-labelledby="gone-title" data-testid="room-gone">
            <h1 id="gone-title">{t('coop.room.gone_title')}</h1>
            <p>{t('coop.room.gone_text', { code: props.code })}</p>
            <div className="actions">
              <Link href="/coop" className="button button-primary">
                {t('coop.room.to_lobby')}
              </Link>
              <Link href="/games" className="button button-ghost">
                {t('coop.room.to_solo')}
              </Link>
            </div>
          </section>
        </div>
      </>
    )
  }
  return <Room key={props.code} {...props} room={props.room} game={props.game} level={props.level} />
}

type RoomProps = PageProps & { room: RoomSummary; game: { slug: string; title: string }; level: LevelProps }

function viewOf(state: GameState): GameView<GameState> {
  const goals = (Array.isArray(state.goals) ? state.goals : []) as unknown as GoalView[]
  return { state, goals, levelComplete: goals.length > 0 && goals.every((goal) => goal.met) }
}

/** A teammate's phrase in the shape the solo feedback view reads. */
function asAttempt(entry: CoopFeedback): AttemptResult {
  return {
    id: entry.seq,
    passed: entry.passed,
    score: entry.score,
    feedback: entry.feedback as AttemptResult['feedback'],
    ...(entry.error ? { error: { message: entry.error } } : {}),
    utterance: entry.utterance,
    ...(entry.expected ? { expected: entry.expected } : {}),
    explanation: (entry.explanation as AttemptResult['explanation']) ?? null,
    examples: entry.examples,
  }
}

function Room({ code, room, game, level, tiles, preferences, protocol }: RoomProps) {
  const { t, locale } = useI18n()
  const [status, setStatus] = useState<CoopStatus>({ state: 'connecting' })
  const [welcome, setWelcome] = useState<WelcomeFrame | null>(null)
  const [lobby, setLobby] = useState<LobbyFrame | null>(null)
  const [match, setMatch] = useState<CoopMatch<GameState> | null>(null)
  // Seats whose socket is down: until when the seat is held, 'away' when not known (a snapshot), null once it was freed.
  const [dropped, setDropped] = useState<Record<number, number | 'away' | null>>({})
  const [feed, setFeed] = useState<CoopFeedback[]>([])
  const [mine, setMine] = useState<CoopFeedback | null>(null)
  const [ended, setEnded] = useState<EndedFrame | null>(null)
  const [shutdown, setShutdown] = useState<string | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [awaiting, setAwaiting] = useState<number | null>(null)
  const [client, setClient] = useState<GameClient<GameState> | null>(null)
  const [hintsShown, setHintsShown] = useState(0)
  const [copied, setCopied] = useState(false)
  const [xp, setXp] = useState<number | null>(null)
  const [again, setAgain] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null })
  const connection = useRef<CoopConnection<GameState> | null>(null)
  const gameClient = useRef<GameClient<GameState> | null>(null)
  const input = useRef<OrderInputHandle>(null)
  const headings = { lobby: useRef<HTMLHeadingElement>(null), match: useRef<HTMLHeadingElement>(null), ended: useRef<HTMLHeadingElement>(null) }

  const onEvent = useCallback(
    (event: CoopEvent<GameState>) => {
      const seat = connection.current?.seat ?? null
      switch (event.type) {
        case 'status':
          setStatus(event.status)
          return
        case 'welcome':
          setWelcome(event.frame)
          return
        case 'lobby':
          setLobby(event.frame)
          return
        case 'snapshot': {
          const view = viewOf(event.match.state)
          if (!gameClient.current) {
            gameClient.current = new GameClient<GameState>(view, {
              locale,
              reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
            })
            setClient(gameClient.current)
          } else {
            gameClient.current.publish({ type: 'reset', game: view })
          }
          setMatch(event.match)
          setDropped(Object.fromEntries(event.match.seats.filter((entry) => !entry.connected).map((entry) => [entry.seat, 'away' as const])))
          setFeed(event.frame.recent.slice(-FEED_LENGTH).reverse())
          setMine(event.frame.recent.filter((entry) => entry.seat === seat).at(-1) ?? null)
          return
        }
        case 'patch': {
          const said = event.frame.fb ?? []
          // The move first, then the bubbles: they point at the squads it moved.
          if (event.frame.p) gameClient.current?.publish({ type: 'accepted', game: viewOf(event.match.state), previous: event.previous })
          for (const entry of said) {
            gameClient.current?.publish({ type: 'said', seat: entry.seat, name: entry.name, utterance: entry.utterance, accepted: entry.accepted, mine: entry.seat === seat })
          }
          setMatch(event.match)
          if (said.length > 0) {
            setFeed((current) => [...said.slice().reverse(), ...current].slice(0, FEED_LENGTH))
            const own = said.filter((entry) => entry.seat === seat).at(-1)
            if (own) {
              setMine(own)
              setAwaiting((current) => (current !== null && own.seq >= current ? null : current))
              if (own.passed) input.current?.clear(own.utterance)
            }
          }
          return
        }
        case 'presence':
          setDropped((current) => {
            const next = { ...current }
            if (event.frame.connected) delete next[event.frame.seat]
            else next[event.frame.seat] = event.frame.until
            return next
          })
          if (connection.current?.match) setMatch(connection.current.match)
          return
        case 'ended':
          setEnded(event.frame)
          return
        case 'error':
          setProblem(event.frame.message)
          if (event.frame.seq !== undefined) setAwaiting((current) => (current === event.frame.seq ? null : current))
          return
        case 'shutdown':
          setShutdown(event.frame.message)
          return
      }
    },
    [locale]
  )

  // Connect once per room: with this tab's resume token, the ticket the lobby handed over, or a new one.
  useEffect(() => {
    let cancelled = false
    const renewTicket = async () => {
      const response = await postJson<TicketAnswer>('/api/coop/tickets', { room: code })
      if (!response.ok) return { error: response.errors[0]?.message ?? t('coop.room.network_error') }
      return { url: response.data.url, ticket: response.data.ticket }
    }
    async function start() {
      // A page older than the hub would misread it: it asks for a reload instead.
      if (protocol !== PROTOCOL_VERSION) return
      const first = storedResume(code) ?? takeTicket(code) ?? (await renewTicket())
      if (cancelled) return
      if ('error' in first) {
        setRefused(first.error)
        return
      }
      const opened = connect<GameState>({ ...first, room: code, renewTicket })
      connection.current = opened
      opened.on(onEvent)
    }
    void start()
    return () => {
      cancelled = true
      connection.current?.close()
      connection.current = null
    }
  }, [code])

  // A command waits for its feedback a little; a lost answer never blocks the input for long.
  useEffect(() => {
    if (awaiting === null) return
    const timer = window.setTimeout(() => setAwaiting(null), 3000)
    return () => window.clearTimeout(timer)
  }, [awaiting])

  // This match's XP, as the award job pushes it on the player's channel (the layout shows the toast).
  const endedMatch = useRef<string | null>(null)
  endedMatch.current = ended?.matchId ?? null
  useProgressUpdates(
    useCallback((update: ProgressUpdate & { source?: string; matchId?: string }) => {
      if (update.source !== 'coop' || update.xpDelta <= 0) return
      if (endedMatch.current && update.matchId && update.matchId !== endedMatch.current) return
      setXp((current) => (current ?? 0) + update.xpDelta)
    }, [])
  )

  const island = useIsland(game.slug, client, () => setProblem(t('play.errors.island')))

  const mySeat = welcome?.you.seat ?? null
  const phase: 'connecting' | 'lobby' | 'match' | 'ended' = ended ? 'ended' : match ? 'match' : lobby ? 'lobby' : 'connecting'
  const offset = welcome ? (connection.current?.serverOffset ?? 0) : 0
  const soloDue = useReached(lobby?.soloOfferAt ?? null, offset)

  // Focus follows the phase (the match starts, the results come): the heading of what the player now looks at.
  const previousPhase = useRef(phase)
  useEffect(() => {
    const before = previousPhase.current
    previousPhase.current = phase
    if (before === phase || before === 'connecting' || phase === 'connecting') return
    headings[phase].current?.focus()
  }, [phase])

  function say(utterance: string, inputMode: InputMode, alternatives?: string[]) {
    setProblem(null)
    const seq = connection.current?.command(utterance, { inputMode, alternatives }) ?? null
    if (seq === null) setProblem(t('coop.status.not_connected'))
    else setAwaiting(seq)
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(room.link)
      setCopied(true)
      window.setTimeout(() => setCopied(false), 4000)
    } catch {
      // No clipboard (an insecure origin, a refused permission): the field is selected for copying by hand.
      const field = document.getElementById('invite-link') as HTMLInputElement | null
      field?.select()
    }
  }

  async function playAgain() {
    setAgain({ busy: true, error: null })
    const response = await postJson<TicketAnswer>('/api/coop/rooms', { game: game.slug, level: level.number })
    if (!response.ok) {
      setAgain({ busy: false, error: response.errors[0]?.message ?? t('coop.room.network_error') })
      return
    }
    handOffTicket(response.data.room.code, response.data)
    router.visit(`/coop/${response.data.room.code}`)
  }

  function leave() {
    connection.current?.leave()
    router.visit(`/coop?game=${game.slug}&level=${level.number}`)
  }

  const lobbyHref = `/coop?game=${game.slug}&level=${level.number}`
  const closed = status.state === 'closed' ? status : null
  const versionMismatch = protocol !== PROTOCOL_VERSION

  const breadcrumbs = (
    <nav className="breadcrumbs" aria-label={t('play.breadcrumbs')}>
      <Link href="/coop">{t('coop.lobby.breadcrumb')}</Link>
      <span aria-hidden="true"> › </span>
      <span>{game.title}</span>
      <span aria-hidden="true"> › </span>
      <span aria-current="page">{t('coop.room.breadcrumb', { code })}</span>
    </nav>
  )

  // The room cannot be entered (the API refused a ticket), or the server went down.
  if (versionMismatch || refused || shutdown || (closed && !ended && closed.meaning !== 'closed')) {
    const message =
      shutdown ??
      refused ??
      (versionMismatch ? t('coop.status.closed.bad_version') : closed?.meaning === 'no_ticket' && closed.message ? closed.message : t(`coop.status.closed.${closed?.meaning ?? 'unreachable'}`))
    return (
      <>
        <Seo title={t('coop.room.title', { title: level.title })} description={level.task} noindex />
        <div className="container coop-page">
          {breadcrumbs}
          <section className="card coop-notice" aria-labelledby="notice-title" data-testid="room-closed">
            <h1 id="notice-title">{shutdown ? t('coop.room.shutdown_title') : t('coop.room.closed_title')}</h1>
            <p role="alert">{message}</p>
            <div className="actions">
              {closed?.meaning === 'bad_version' || versionMismatch ? (
                <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
                  {t('coop.room.reload')}
                </button>
              ) : null}
              {closed?.meaning === 'replaced' ? null : (
                <Link href={lobbyHref} className="button button-primary">
                  {t('coop.room.to_lobby')}
                </Link>
              )}
            </div>
          </section>
        </div>
      </>
    )
  }

  const reconnecting = status.state === 'reconnecting' ? status : null
  const statusBanner = reconnecting ? <ReconnectingBanner until={reconnecting.until} /> : null

  if (phase === 'connecting') {
    return (
      <>
        <Seo title={t('coop.room.title', { title: level.title })} description={level.task} noindex />
        <div className="container coop-page">
          {breadcrumbs}
          <section className="card coop-notice" aria-labelledby="connecting-title" aria-busy="true">
            <h1 id="connecting-title">{level.title}</h1>
            <p role="status" data-testid="connection-status">
              <span className="coop-spinner" aria-hidden="true" /> {t('coop.status.connecting', { code })}
            </p>
          </section>
        </div>
      </>
    )
  }

  if (phase === 'ended' && ended) {
    const won = ended.outcome === 'won'
    return (
      <>
        <Seo title={t(`coop.results.outcome.${ended.outcome}`)} description={level.task} noindex />
        <div className="container coop-page">
          {breadcrumbs}
          <section className={`card coop-outcome coop-outcome-${ended.outcome}`} aria-labelledby="outcome-title" data-testid="outcome" data-outcome={ended.outcome}>
            <p className="eyebrow">{t('coop.room.eyebrow', { game: game.title, level: level.number, cefr: level.cefr })}</p>
            <h1 id="outcome-title" ref={headings.ended} tabIndex={-1}>
              <span className="coop-outcome-mark" aria-hidden="true">
                {won ? '★' : ended.outcome === 'lost' ? '✗' : <ClockIcon />}
              </span>
              {t(`coop.results.outcome.${ended.outcome}`)}
            </h1>
            <p className="coop-outcome-text">{t(`coop.results.outcome_text.${ended.outcome}`, { title: level.title })}</p>
            <p className="coop-xp" role="status" data-testid="xp-status">
              {xp === null ? t('coop.results.xp_pending') : t('coop.results.xp_earned', { xp })}
            </p>
          </section>

          <section className="card coop-results-card" aria-labelledby="results-title">
            <h2 id="results-title">{t('coop.results.title')}</h2>
            <ResultsTable results={ended.results} mySeat={mySeat} />
            <div className="actions coop-results-actions">
              <button type="button" className="button button-primary" onClick={playAgain} disabled={again.busy} data-testid="play-again">
                {again.busy ? t('coop.lobby.opening') : t('coop.results.play_again')}
              </button>
              <Link href={lobbyHref} className="button">
                {t('coop.room.to_lobby')}
              </Link>
            </div>
            {again.error && (
              <p className="form-error" role="alert">
                {again.error}
              </p>
            )}
          </section>

          {feed.length > 0 && <TeamFeed entries={feed} mySeat={mySeat} />}
        </div>
      </>
    )
  }

  if (phase === 'match' && match) {
    const view = viewOf(match.state)
    return (
      <>
        <Seo title={t('coop.room.title', { title: level.title })} description={level.task} noindex />
        <div className="container play-page coop-match">
          {breadcrumbs}
          {statusBanner}
          <div className="play-grid">
            <div className="coop-left">
              <section className="card goal-card" aria-labelledby="goal-title">
                <p className="eyebrow">{t('coop.room.eyebrow', { game: game.title, level: level.number, cefr: level.cefr })}</p>
                <h1 id="goal-title" ref={headings.match} tabIndex={-1}>
                  {level.title}
                </h1>
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
                <Hints hints={level.hints} shown={hintsShown} onMore={() => setHintsShown(hintsShown + 1)} />
              </section>

              <section className="card coop-team" aria-labelledby="team-title">
                <div className="coop-team-head">
                  <h2 id="team-title" className="coop-card-title">
                    {t('coop.room.team')}
                  </h2>
                  <MatchTimer endsAt={match.endsAt} offset={offset} />
                </div>
                <ul className="coop-players">
                  {match.seats.map((seat) => (
                    <PlayerRow key={seat.seat} seat={seat} mine={seat.seat === mySeat} dropped={seat.seat in dropped ? dropped[seat.seat] : undefined} offset={offset} />
                  ))}
                </ul>
              </section>
            </div>

            <section className="island-wrap" aria-label={t('play.scene', { game: game.title })}>
              <div ref={island.ref} className={`island island-${game.slug}`} data-ready={island.ready ? 'true' : 'false'} data-testid="island">
                <p className="island-loading muted">{t('play.loading')}</p>
              </div>
            </section>
          </div>

          <div className="coop-match-grid">
            <div className="coop-main">
              <OrderInput
                ref={input}
                tiles={tiles}
                voiceInput={preferences.voiceInput}
                busy={awaiting !== null}
                paused={status.state !== 'open'}
                onSend={say}
                onProblem={setProblem}
                problem={problem}
              />
              <div aria-live="polite" className="feedback-region" data-testid="my-feedback">
                {mine && <FeedbackView attempt={asAttempt(mine)} reason={mine.reason?.message ?? null} />}
              </div>
            </div>
            <TeamFeed entries={feed} mySeat={mySeat} />
          </div>
        </div>
      </>
    )
  }

  // The lobby: the invite, the seats and the ready check.
  const seats = lobby?.seats ?? []
  const me = seats.find((seat) => seat.seat === mySeat) ?? null
  const starting = lobby?.phase === 'starting' && lobby.startsAt !== null
  const alone = seats.length === 1 && me !== null
  const soloOpen = alone && soloDue
  const free = Math.max(0, room.maxPlayers - seats.length)
  return (
    <>
      <Seo title={t('coop.room.title', { title: level.title })} description={level.task} noindex />
      <div className="container coop-page coop-room-lobby">
        {breadcrumbs}
        {statusBanner}
        <header className="coop-room-header">
          <p className="eyebrow">{t('coop.room.eyebrow', { game: game.title, level: level.number, cefr: level.cefr })}</p>
          <h1 ref={headings.lobby} tabIndex={-1}>
            {level.title}
          </h1>
          <p className="lead">{level.task}</p>
        </header>

        <div className="coop-lobby-grid">
          <section className="card coop-invite" aria-labelledby="invite-title">
            <h2 id="invite-title" className="coop-card-title">
              {t(room.kind === 'quick' ? 'coop.room.quick_title' : 'coop.room.invite_title')}
            </h2>
            <p className="muted">{t(room.kind === 'quick' ? 'coop.room.quick_text' : 'coop.room.invite_text')}</p>
            <p className="coop-code-label">{t('coop.room.code')}</p>
            <p className="coop-code" data-testid="room-code" aria-label={t('coop.room.code_spelled', { code: code.split('').join(' ') })}>
              {code}
            </p>
            <label htmlFor="invite-link" className="coop-link-label">
              {t('coop.room.link')}
            </label>
            <div className="coop-link-row">
              <input id="invite-link" className="coop-link" type="url" readOnly value={room.link} onFocus={(event) => event.currentTarget.select()} data-testid="invite-link" />
              <button type="button" className="button" onClick={copyLink}>
                {t('coop.room.copy')}
              </button>
            </div>
            <p className="coop-copied small" role="status">
              {copied ? t('coop.room.copied') : ''}
            </p>
          </section>

          <section className="card coop-seats" aria-labelledby="seats-title">
            <h2 id="seats-title" className="coop-card-title">
              {t('coop.room.players', { count: seats.length, max: room.maxPlayers })}
            </h2>
            <ul className="coop-seat-list" data-testid="seats">
              {seats.map((seat) => (
                <li key={seat.seat} className={`coop-seat seat-${seat.seat % 4}${seat.connected ? '' : ' coop-seat-away'}`} data-testid="seat">
                  <span className="coop-seat-avatar" aria-hidden="true">
                    {seat.name.slice(0, 1).toUpperCase()}
                  </span>
                  <span className="coop-seat-name">
                    {seat.name}
                    {seat.seat === mySeat && <span className="muted"> {t('coop.feed.you')}</span>}
                  </span>
                  <span className="coop-seat-tags">
                    {seat.host && <span className="tag">{t('coop.room.host')}</span>}
                    {!seat.connected && <span className="tag coop-tag-away">{t('coop.room.away')}</span>}
                    <span className={`coop-ready ${seat.ready ? 'coop-ready-yes' : ''}`}>
                      <span aria-hidden="true">{seat.ready ? '✓ ' : '… '}</span>
                      {seat.ready ? t('coop.room.ready') : t('coop.room.not_ready')}
                    </span>
                  </span>
                </li>
              ))}
              {Array.from({ length: free }, (_, index) => (
                <li key={`free-${index}`} className="coop-seat coop-seat-free">
                  <span className="coop-seat-avatar" aria-hidden="true" />
                  <span className="coop-seat-name muted">{t('coop.room.free_seat')}</span>
                </li>
              ))}
            </ul>

            <div className="coop-ready-row">
              <button
                type="button"
                className={`button button-large ${me?.ready ? '' : 'button-primary'}`}
                aria-pressed={me?.ready ?? false}
                onClick={() => connection.current?.ready(!me?.ready)}
                disabled={!me || status.state !== 'open'}
                data-testid="ready"
              >
                {me?.ready ? t('coop.room.ready_on') : t('coop.room.ready_off')}
              </button>
              <p className="coop-countdown" role="status" data-testid="countdown">
                {starting ? (
                  <StartCountdown startsAt={lobby.startsAt!} offset={offset} />
                ) : seats.length < room.minPlayers
                    ? t('coop.room.waiting_players', { min: room.minPlayers })
                    : t('coop.room.waiting_ready')}
              </p>
            </div>

            {soloOpen && (
              <div className="coop-solo-offer">
                <p>{t('coop.room.solo_text')}</p>
                <div className="actions">
                  <button type="button" className="button" onClick={() => connection.current?.startAlone()} disabled={status.state !== 'open'}>
                    {t('coop.room.solo_start')}
                  </button>
                  <Link href={`/games`} className="button button-ghost">
                    {t('coop.room.to_solo')}
                  </Link>
                </div>
              </div>
            )}

            {problem && (
              <p className="form-error" role="alert">
                {problem}
              </p>
            )}

            <p className="coop-leave">
              <button type="button" className="button button-ghost button-small" onClick={leave}>
                {t('coop.room.leave')}
              </button>
            </p>
          </section>
        </div>
      </div>
    </>
  )
}

/** Time left in the match, from the server's clock. */
function MatchTimer({ endsAt, offset }: { endsAt: number; offset: number }) {
  const { t } = useI18n()
  const left = useSecondsLeft(endsAt, offset) ?? 0
  return (
    <p className={`coop-timer${left <= 30 ? ' coop-timer-low' : ''}`} data-testid="match-timer">
      <span className="visually-hidden">{t('coop.room.time_left')} </span>
      <ClockIcon />
      <time dateTime={`PT${left}S`}>{clockText(left)}</time>
    </p>
  )
}

/** "Starting in 3 s…" while the lobby counts down. */
function StartCountdown({ startsAt, offset }: { startsAt: number; offset: number }) {
  const { t } = useI18n()
  return <>{t('coop.room.starting', { seconds: useSecondsLeft(startsAt, offset) ?? 0 })}</>
}

/** The socket is down: how long the seat is still held (this browser's clock). */
function ReconnectingBanner({ until }: { until: number }) {
  const { t } = useI18n()
  const left = useSecondsLeft(until) ?? 0
  return (
    <p className="coop-banner" role="status" data-testid="connection-status">
      <span className="coop-spinner" aria-hidden="true" />
      {t('coop.status.reconnecting', { seconds: left })}
    </p>
  )
}

/** A clock face (decorative: the time is in the text next to it). */
function ClockIcon() {
  return (
    <svg className="coop-clock-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 4.2V8l2.6 1.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  )
}

/** A teammate in the match: connected, reconnecting (with the seconds left on their seat), or gone. */
function PlayerRow({ seat, mine, dropped, offset }: { seat: SeatView; mine: boolean; dropped: number | 'away' | null | undefined; offset: number }) {
  const { t } = useI18n()
  const state = dropped === undefined ? 'here' : dropped === 'away' ? 'away' : dropped === null ? 'gone' : 'reconnecting'
  const left = useSecondsLeft(state === 'reconnecting' ? (dropped as number) : null, offset)
  return (
    <li className={`coop-player seat-${seat.seat % 4} coop-player-${state}`} data-testid="player">
      <span className="seat-dot" aria-hidden="true" />
      <span className="coop-player-name">
        {seat.name}
        {mine && <span className="muted"> {t('coop.feed.you')}</span>}
      </span>
      <span className="coop-player-state">
        {state === 'reconnecting' ? t('coop.room.reconnecting', { seconds: left ?? 0 }) : t(`coop.room.player_${state}`)}
      </span>
    </li>
  )
}
