import type { CoopFeedback } from '~/game_kit/coop_connector'
import type { FeedbackItem } from '~/components/play/feedback_view'
import { useI18n } from '~/lib/i18n'

type Explanation = { ruleKey: string; title: string; text: string } | null

/** The checker's items of a phrase, in the reader's language (the protocol leaves them untyped). */
export function feedbackItems(entry: CoopFeedback) {
  return [...(entry.feedback as FeedbackItem[])].sort((a, b) => a.start - b.start)
}

/** What went wrong with a phrase, in one line: the game's refusal, the checker's summary, or its first correction. */
export function firstProblem(entry: CoopFeedback) {
  if (entry.reason) return entry.reason.message
  if (entry.error) return entry.error
  const item = feedbackItems(entry).find((candidate) => candidate.blocking) ?? (entry.passed ? null : feedbackItems(entry)[0])
  return item?.message ?? null
}

/** ✓ carried out, ✗ refused by the game or not understood: a mark plus the same in words. */
function Verdict({ entry }: { entry: CoopFeedback }) {
  const { t } = useI18n()
  const key = entry.accepted ? 'done' : entry.passed ? 'refused' : 'wrong'
  return (
    <span className={`coop-verdict coop-verdict-${key}`}>
      <span aria-hidden="true">{entry.accepted ? '✓' : '✗'}</span>
      <span className="visually-hidden">{t(`coop.feed.verdict.${key}`)}</span>
    </span>
  )
}

/** The whole feedback of a teammate's phrase, compact: each mistake, what was expected, the rule. */
function Details({ entry }: { entry: CoopFeedback }) {
  const { t } = useI18n()
  const items = feedbackItems(entry)
  const explanation = entry.explanation as Explanation
  return (
    <div className="coop-feed-details">
      <p className="coop-feed-score">{t(entry.passed ? 'coop.feed.score_passed' : 'coop.feed.score_failed', { score: entry.score })}</p>
      {items.length > 0 && (
        <ol className="feedback-items">
          {items.map((item, index) => (
            <li key={index} className={`feedback-item fb-${item.kind}`} data-kind={item.kind}>
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
      {entry.error && <p>{entry.error}</p>}
      {explanation && (
        <div className="feedback-rule">
          <h3>{explanation.title}</h3>
          <p>{explanation.text}</p>
        </div>
      )}
      {entry.reason && (
        <p className="feedback-game">
          <strong>{t('play.result.game_refused')}</strong> {entry.reason.message}
        </p>
      )}
    </div>
  )
}

/**
 * What everybody in the room said, latest first: each phrase in its
 * speaker's colour with ✓ or ✗, the refusal or the first correction, and
 * the full feedback a click away. A polite live region: screen readers hear
 * teammates' orders as they come.
 */
export function TeamFeed({ entries, mySeat }: { entries: CoopFeedback[]; mySeat: number | null }) {
  const { t } = useI18n()
  return (
    <section className="card coop-feed" aria-labelledby="feed-title">
      <h2 id="feed-title" className="coop-card-title">
        {t('coop.feed.title')}
      </h2>
      {entries.length === 0 && <p className="muted small">{t('coop.feed.empty')}</p>}
      <ol className="coop-feed-list" aria-live="polite" aria-relevant="additions" data-testid="team-feed">
        {entries.map((entry) => {
          const problem = firstProblem(entry)
          const hasDetails = feedbackItems(entry).length > 0 || entry.error || entry.explanation || entry.reason
          return (
            <li key={`${entry.seat}-${entry.seq}-${entry.tick}`} className={`coop-feed-entry seat-${entry.seat % 4}${entry.accepted ? '' : ' coop-feed-missed'}`} data-testid="feed-entry">
              <p className="coop-feed-line">
                <span className="coop-feed-name">
                  {entry.name}
                  {entry.seat === mySeat && <span className="muted"> {t('coop.feed.you')}</span>}
                </span>
                <Verdict entry={entry} />
                <span className="coop-feed-phrase" lang="en">
                  {entry.utterance}
                </span>
              </p>
              {problem && <p className="coop-feed-problem">{problem}</p>}
              {hasDetails && (
                <details className="coop-feed-more">
                  <summary>{t('coop.feed.details')}</summary>
                  <Details entry={entry} />
                </details>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
