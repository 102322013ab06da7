import { useEffect, useImperativeHandle, useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react'
import { useI18n } from '~/lib/i18n'

export type InputMode = 'text' | 'voice' | 'tiles'

/** What the page can do to the input bar from outside (after an answer, a restart). */
export type OrderInputHandle = {
  /** Empties the text field and the tile phrase; with `ifText`, only while the field still says that. */
  clear(ifText?: string): void
  focus(): void
}

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

/** The browser's speech recogniser, if it has one (never on the server). */
function speechRecognition(): (new () => Recognition) | null {
  if (typeof window === 'undefined') return null
  const scope = window as unknown as Record<string, unknown>
  return (scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null) as (new () => Recognition) | null
}

type Props = {
  /** Word tiles for the tiles mode. */
  tiles: string[]
  /** The player's setting; the microphone shows only where the browser can listen too. */
  voiceInput: boolean
  /** A phrase is being checked: sending waits. */
  busy?: boolean
  /** The game is paused (solo) or cannot take orders now (co-op: the connection is down). */
  paused?: boolean
  /** A phrase to send: the text as typed, spoken (with the recogniser's n-best guesses) or built from tiles. */
  onSend(utterance: string, inputMode: InputMode, alternatives?: string[]): void
  /** A problem to show in the bar (the voice input failed). */
  onProblem?(message: string): void
  /** The alert under the bar (network errors, refusals of the room). */
  problem?: string | null
  /** Buttons for the tools row under the input (pause, restart, listen). */
  tools?: ReactNode
  ref?: Ref<OrderInputHandle>
}

/**
 * The input bar of a play page: type the order, speak it (Web Speech API,
 * up to five alternatives for the checker to choose from) or build it from
 * word tiles, then send. The solo page and the co-op room share it; what
 * sending does is theirs.
 */
export function OrderInput({ tiles, voiceInput, busy = false, paused = false, onSend, onProblem, problem = null, tools, ref }: Props) {
  const { t } = useI18n()
  const [utterance, setUtterance] = useState('')
  const [mode, setMode] = useState<Exclude<InputMode, 'voice'>>('text')
  const [picked, setPicked] = useState<number[]>([])
  const [listening, setListening] = useState(false)
  // Known only in the browser: the server and the first client render agree on "no microphone".
  const [canListen, setCanListen] = useState(false)
  const inputElement = useRef<HTMLInputElement>(null)
  const recognition = useRef<Recognition | null>(null)
  const tilePhrase = picked.map((index) => tiles[index]).join(' ')
  // What the fields say now, for clear(ifText) called from an answer that arrives later.
  const current = useRef({ utterance, tilePhrase })
  current.current = { utterance, tilePhrase }

  useEffect(() => {
    setCanListen(voiceInput && speechRecognition() !== null)
  }, [voiceInput])

  useEffect(() => () => recognition.current?.stop(), [])

  useImperativeHandle(
    ref,
    () => ({
      clear(ifText?: string) {
        const wanted = ifText?.trim()
        if (wanted === undefined || current.current.utterance.trim() === wanted) setUtterance('')
        if (wanted === undefined || current.current.tilePhrase === wanted) setPicked([])
      },
      focus() {
        inputElement.current?.focus()
      },
    }),
    []
  )

  function send(text: string, inputMode: InputMode, alternatives?: string[]) {
    if (busy || paused || !text.trim()) return
    onSend(text, inputMode, alternatives)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (mode === 'tiles') send(tilePhrase, 'tiles')
    else send(utterance, 'text')
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
      send(heard[0], 'voice', heard.slice(0, 10))
    }
    session.onerror = () => onProblem?.(t('play.errors.voice'))
    session.onend = () => setListening(false)
    recognition.current = session
    setListening(true)
    session.start()
  }

  return (
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
            <button type="button" className={`button button-ghost mic ${listening ? 'mic-on' : ''}`} aria-pressed={listening} onClick={listen} disabled={paused || busy}>
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

      {tools && <div className="input-tools">{tools}</div>}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
