import { router } from '@inertiajs/react'
import { useState, type FormEvent } from 'react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { handOffTicket } from '~/game_kit/coop_connector'
import { postJson } from '~/lib/api'
import { useI18n } from '~/lib/i18n'

type CoopLevel = { number: number; title: string; task: string; cefr: string; difficulty: number }

type CoopGame = { slug: string; title: string; minPlayers: number; maxPlayers: number; levels: CoopLevel[] }

type PageProps = InertiaProps<{
  games: CoopGame[]
  selected: { game: string; level: number } | null
  soloOfferSeconds: number
}>

type RoomAnswer = { room: { code: string }; ticket: string; url: string; expiresAt: string }

/** Room codes: six of A–Z and 2–9 without I, L, O, 0 and 1 (PROTOCOL.md), in any case. */
const CODE = /^[A-HJKMNP-Z2-9]{6}$/

/** "k7m-2qx " → "K7M2QX": what people paste from a chat. */
function normaliseCode(value: string) {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/**
 * The co-op lobby: choose a level played together, then open a room for
 * friends (an invite link and code), quick-match with players of a similar
 * level, or join a room by its code.
 */
export default function CoopLobby({ games, selected, soloOfferSeconds }: PageProps) {
  const { t } = useI18n()
  const first = games[0]?.levels[0] ? { game: games[0].slug, level: games[0].levels[0].number } : null
  const [choice, setChoice] = useState(selected ?? first)
  const [busy, setBusy] = useState<'friends' | 'quick' | 'join' | null>(null)
  const [startError, setStartError] = useState<string | null>(null)
  const [joinCode, setJoinCode] = useState('')
  const [joinError, setJoinError] = useState<string | null>(null)

  const chosenGame = games.find((game) => game.slug === choice?.game) ?? null
  const chosenLevel = chosenGame?.levels.find((level) => level.number === choice?.level) ?? null

  async function open(kind: 'friends' | 'quick') {
    if (!choice || busy) return
    setBusy(kind)
    setStartError(null)
    const response = await postJson<RoomAnswer>(kind === 'friends' ? '/api/coop/rooms' : '/api/coop/quick-match', choice)
    if (!response.ok) {
      setBusy(null)
      setStartError(response.errors[0]?.message ?? t('coop.room.network_error'))
      return
    }
    // The room page opens its socket with this ticket instead of asking for another.
    handOffTicket(response.data.room.code, response.data)
    router.visit(`/coop/${response.data.room.code}`, { onFinish: () => setBusy(null) })
  }

  async function join(event: FormEvent) {
    event.preventDefault()
    const code = normaliseCode(joinCode)
    if (!CODE.test(code)) {
      setJoinError(t('coop.lobby.join_invalid'))
      return
    }
    setBusy('join')
    setJoinError(null)
    let message: string | null = null
    try {
      const response = await fetch(`/api/coop/rooms/${code}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      if (!response.ok) {
        const body = await response.json().catch(() => null)
        message = body?.errors?.[0]?.message ?? t('coop.room.network_error')
      }
    } catch {
      message = t('coop.room.network_error')
    }
    if (message) {
      setBusy(null)
      setJoinError(message)
      return
    }
    router.visit(`/coop/${code}`, { onFinish: () => setBusy(null) })
  }

  return (
    <>
      <Seo title={t('coop.lobby.title')} description={t('coop.lobby.meta')} />
      <header className="container page-header coop-lobby-header">
        <p className="eyebrow">{t('coop.lobby.eyebrow')}</p>
        <h1>{t('coop.lobby.title')}</h1>
        <p className="lead">{t('coop.lobby.lead')}</p>
      </header>

      <div className="container coop-page coop-lobby">
        <section aria-labelledby="choose-title" className="coop-choose">
          <h2 id="choose-title" className="section-title">
            <span className="coop-step" aria-hidden="true">
              1
            </span>
            {t('coop.lobby.choose')}
          </h2>
          {games.length === 0 && <p className="card">{t('coop.lobby.no_levels')}</p>}
          {games.map((game) => (
            <fieldset key={game.slug} className="coop-game">
              <legend className="coop-game-legend">
                {game.title}
                <span className="coop-badge">{t('coop.lobby.players', { min: game.minPlayers, max: game.maxPlayers })}</span>
              </legend>
              <ul className="coop-level-grid">
                {game.levels.map((level) => {
                  const checked = choice?.game === game.slug && choice.level === level.number
                  const id = `coop-level-${game.slug}-${level.number}`
                  return (
                    <li key={level.number}>
                      <label htmlFor={id} className={`coop-level-card${checked ? ' coop-level-card-checked' : ''}`} data-testid={`coop-level-${game.slug}-${level.number}`}>
                        <input
                          id={id}
                          type="radio"
                          name="coop-level"
                          value={`${game.slug}:${level.number}`}
                          checked={checked}
                          onChange={() => setChoice({ game: game.slug, level: level.number })}
                          aria-labelledby={`${id}-title`}
                          aria-describedby={`${id}-task ${id}-facts`}
                        />
                        <span className="coop-level-top">
                          <span className="level-card-number" aria-hidden="true">
                            {level.number}
                          </span>
                          <span id={`${id}-title`} className="coop-level-title">
                            {level.title}
                          </span>
                        </span>
                        <span id={`${id}-task`} className="coop-level-task">
                          {level.task}
                        </span>
                        <span id={`${id}-facts`} className="coop-level-facts">
                          <abbr className="cefr-badge" title={t(`catalog.cefr_names.${level.cefr}`)}>
                            {level.cefr}
                          </abbr>
                          <span>{t('coop.lobby.difficulty', { difficulty: level.difficulty })}</span>
                          <span>{t('coop.lobby.players', { min: game.minPlayers, max: game.maxPlayers })}</span>
                        </span>
                      </label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          ))}
        </section>

        <div className="coop-start-grid">
          <section className="card coop-start" aria-labelledby="start-title">
            <h2 id="start-title" className="section-title">
              <span className="coop-step" aria-hidden="true">
                2
              </span>
              {t('coop.lobby.start')}
            </h2>
            {chosenGame && chosenLevel ? (
              <p className="coop-chosen" aria-live="polite">
                {t('coop.lobby.chosen', { title: chosenLevel.title, game: chosenGame.title, level: chosenLevel.number })}
              </p>
            ) : (
              <p className="muted">{t('coop.lobby.choose_first')}</p>
            )}
            <div className="coop-options">
              <div className="coop-option">
                <h3>{t('coop.lobby.friends_title')}</h3>
                <p className="muted">{t('coop.lobby.friends_text', { max: (chosenGame?.maxPlayers ?? 4) - 1 })}</p>
                <button type="button" className="button button-primary" onClick={() => open('friends')} disabled={!chosenLevel || busy !== null} data-testid="play-with-friends">
                  {busy === 'friends' ? t('coop.lobby.opening') : t('coop.lobby.friends')}
                </button>
              </div>
              <div className="coop-option">
                <h3>{t('coop.lobby.quick_title')}</h3>
                <p className="muted">{t('coop.lobby.quick_text', { seconds: soloOfferSeconds })}</p>
                <button type="button" className="button" onClick={() => open('quick')} disabled={!chosenLevel || busy !== null} data-testid="quick-match">
                  {busy === 'quick' ? t('coop.lobby.matching') : t('coop.lobby.quick')}
                </button>
              </div>
            </div>
            {startError && (
              <p className="form-error" role="alert">
                {startError}
              </p>
            )}
          </section>

          <section className="card coop-join" aria-labelledby="join-title">
            <h2 id="join-title" className="section-title">
              {t('coop.lobby.join_title')}
            </h2>
            <form onSubmit={join} noValidate>
              <div className="field">
                <label htmlFor="join-code">{t('coop.lobby.join_label')}</label>
                <div className="coop-join-row">
                  <input
                    id="join-code"
                    className="coop-join-input"
                    type="text"
                    inputMode="text"
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={6}
                    placeholder="K7M2QX"
                    value={joinCode}
                    onChange={(event) => setJoinCode(event.target.value.toUpperCase())}
                    aria-describedby={joinError ? 'join-code-hint join-code-error' : 'join-code-hint'}
                    aria-invalid={joinError ? true : undefined}
                    data-testid="join-code"
                  />
                  <button type="submit" className="button button-primary" disabled={busy !== null}>
                    {busy === 'join' ? t('coop.lobby.joining') : t('coop.lobby.join')}
                  </button>
                </div>
                <p id="join-code-hint" className="field-hint">
                  {t('coop.lobby.join_hint')}
                </p>
                {joinError && (
                  <p id="join-code-error" className="field-error" role="alert">
                    {joinError}
                  </p>
                )}
              </div>
            </form>
          </section>
        </div>

        <section className="coop-how" aria-labelledby="how-title">
          <h2 id="how-title" className="section-title">
            {t('coop.lobby.how_title')}
          </h2>
          <ol className="steps">
            <li>{t('coop.lobby.how_room')}</li>
            <li>{t('coop.lobby.how_ready')}</li>
            <li>{t('coop.lobby.how_play')}</li>
          </ol>
        </section>
      </div>
    </>
  )
}
