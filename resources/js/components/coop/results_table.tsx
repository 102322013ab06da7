import type { ResultView } from '~/game_kit/coop_connector'
import { useI18n } from '~/lib/i18n'

/**
 * What each player did in the match: phrases said, right, carried out by
 * the game, accuracy and score. A real table (headers for every column),
 * scrolling inside its card on a narrow screen.
 */
export function ResultsTable({ results, mySeat }: { results: ResultView[]; mySeat: number | null }) {
  const { t, locale } = useI18n()
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const number = new Intl.NumberFormat(locale)
  return (
    <div className="coop-results-scroll" tabIndex={0} role="region" aria-labelledby="results-title">
      <table className="coop-results" data-testid="results">
        <thead>
          <tr>
            <th scope="col">{t('coop.results.player')}</th>
            <th scope="col">{t('coop.results.phrases')}</th>
            <th scope="col">{t('coop.results.right')}</th>
            <th scope="col">{t('coop.results.carried_out')}</th>
            <th scope="col">{t('coop.results.accuracy')}</th>
            <th scope="col">{t('coop.results.score')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.seat} className={result.seat === mySeat ? 'coop-results-mine' : undefined} data-testid="result-row">
              <th scope="row">
                <span className={`seat-dot seat-${result.seat % 4}`} aria-hidden="true" />
                {result.name}
                {result.seat === mySeat && <span className="muted"> {t('coop.feed.you')}</span>}
              </th>
              <td>{number.format(result.commands)}</td>
              <td>{number.format(result.passed)}</td>
              <td>{number.format(result.accepted)}</td>
              <td>{percent.format(result.accuracy)}</td>
              <td>
                <strong>{number.format(result.score)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
