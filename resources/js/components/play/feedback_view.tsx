import type { ReactNode } from 'react'
import { useI18n } from '~/lib/i18n'

export type FeedbackItem = {
  kind: string
  start: number
  end: number
  text: string
  expected?: string
  message: string
  ruleKey?: string
  blocking: boolean
}

export type AttemptResult = {
  id: number
  passed: boolean
  score: number
  feedback: FeedbackItem[]
  error?: { message: string }
  utterance: string
  expected?: string
  explanation: { ruleKey: string; title: string; text: string } | null
  examples: Array<{ text: string; translation?: string }>
}

/**
 * The phrase as the player wrote it, each mistake underlined and numbered,
 * with what was expected, why (the rule) and examples. Everything is text:
 * a screen reader hears the same as the eye sees.
 */
export function FeedbackView({ attempt, reason }: { attempt: AttemptResult; reason: string | null }) {
  const { t } = useI18n()
  const items = [...attempt.feedback].sort((a, b) => a.start - b.start)

  const pieces: ReactNode[] = []
  let cursor = 0
  items.forEach((item, index) => {
    if (item.start > cursor) pieces.push(attempt.utterance.slice(cursor, item.start))
    const label = t(`play.kinds.${item.kind}`)
    if (item.start === item.end) {
      pieces.push(
        <ins key={index} className={`fb-mark fb-${item.kind}`} aria-describedby={`fb-item-${index}`} title={label}>
          <span aria-hidden="true">‸</span>
          <sup>{index + 1}</sup>
        </ins>
      )
    } else {
      pieces.push(
        <mark key={index} className={`fb-mark fb-${item.kind}`} aria-describedby={`fb-item-${index}`} title={label}>
          {attempt.utterance.slice(item.start, item.end)}
          <sup>{index + 1}</sup>
        </mark>
      )
    }
    cursor = Math.max(cursor, item.end)
  })
  if (cursor < attempt.utterance.length) pieces.push(attempt.utterance.slice(cursor))

  const headline = attempt.error
    ? attempt.error.message
    : attempt.passed
      ? t(items.length > 0 ? 'play.result.passed_with_notes' : 'play.result.passed', { score: attempt.score })
      : t('play.result.failed', { score: attempt.score })

  return (
    <section className={`feedback card ${attempt.passed ? 'feedback-passed' : 'feedback-failed'}`} aria-labelledby="feedback-title" data-testid="feedback">
      <h2 id="feedback-title" className="feedback-headline">
        <span className="feedback-score" aria-hidden="true">
          {attempt.score}
        </span>
        {headline}
      </h2>
      {attempt.utterance && (
        <p className="feedback-sentence" lang="en" data-testid="feedback-sentence">
          {pieces}
        </p>
      )}
      {items.length > 0 && (
        <ol className="feedback-items">
          {items.map((item, index) => (
            <li key={index} id={`fb-item-${index}`} className={`feedback-item fb-${item.kind}`} data-kind={item.kind}>
              <span className="feedback-kind">{t(`play.kinds.${item.kind}`)}</span> {item.message}
              {item.expected && (
                <>
                  {' '}
                  <span className="feedback-expected">
                    {t('play.result.expected')} <strong lang="en">{item.expected}</strong>
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {!attempt.passed && attempt.expected && (
        <p className="feedback-correction">
          {t('play.result.correction')} <strong lang="en">{attempt.expected}</strong>
        </p>
      )}
      {attempt.explanation && (
        <div className="feedback-rule">
          <h3>{attempt.explanation.title}</h3>
          <p>{attempt.explanation.text}</p>
          {attempt.examples.length > 0 && (
            <ul className="feedback-examples">
              {attempt.examples.slice(0, 3).map((example) => (
                <li key={example.text}>
                  <span lang="en">{example.text}</span>
                  {example.translation && <span className="muted"> — {example.translation}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {reason && (
        <p className="feedback-game" data-testid="game-refusal">
          <strong>{t('play.result.game_refused')}</strong> {reason}
        </p>
      )}
    </section>
  )
}
