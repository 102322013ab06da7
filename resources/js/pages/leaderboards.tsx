import { Link, router } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { useI18n } from '~/lib/i18n'
import { useCountdown } from '~/lib/use_countdown'
import { useChannel } from '~/lib/use_channel'
import { PlayerAvatar } from '~/components/player_avatar'

type Entry = { rank: number; userId: number; displayName: string; avatarUrl: string | null; score: number }

type PageProps = InertiaProps<{
  board: { period: 'weekly' | 'all_time'; key: string; game: string; endsAt: string | null; serverTime: string; computedAt: string; topSize: number }
  top: Entry[]
  me: { score: number; rank: number | null; hidden: boolean; neighbours: Entry[] } | null
  games: Array<{ slug: string; title: string }>
  showOnLeaderboards: boolean
}>

const PERIODS = ['weekly', 'all_time'] as const

function boardUrl(period: string, game: string) {
  const query = new URLSearchParams()
  if (period !== 'weekly') query.set('period', period)
  if (game !== 'global') query.set('game', game)
  const search = query.toString()
  return search ? `/leaderboards?${search}` : '/leaderboards'
}

/** Reloads the board when the scheduled job pushes a change of its top. */
function useBoardUpdates(game: string, period: string) {
  useChannel<{ type?: string; period?: string }>(`leaderboards/${game}`, (message) => {
    if (message?.type === 'leaderboard.updated' && message.period === period) router.reload({ only: ['board', 'top', 'me'] })
  })
}

function useFormats() {
  const { locale, formatDate } = useI18n()
  return {
    formatNumber: (value: number) => new Intl.NumberFormat(locale).format(value),
    formatDateTime: (value: string) => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }),
  }
}

function Rows({ entries, myId }: { entries: Entry[]; myId: number | undefined }) {
  const { t } = useI18n()
  const { formatNumber } = useFormats()
  return (
    <>
      {entries.map((entry) => {
        const mine = entry.userId === myId
        return (
          <tr key={entry.userId} className={mine ? 'board-row-me' : undefined} aria-current={mine ? 'true' : undefined}>
            <td className="board-rank">{entry.rank}</td>
            <td>
              <span className="board-player">
                <PlayerAvatar player={entry} />
                <span>{entry.displayName}</span>
                {mine ? <span className="board-you">{t('leaderboards.you')}</span> : null}
              </span>
            </td>
            <td className="board-xp">{formatNumber(entry.score)}</td>
          </tr>
        )
      })}
    </>
  )
}

export default function Leaderboards({ board, top, me, games, user }: PageProps) {
  const { t } = useI18n()
  const { formatNumber, formatDateTime } = useFormats()
  const countdown = useCountdown(board.endsAt, board.serverTime)
  useBoardUpdates(board.game, board.period)
  const gameTitle = board.game === 'global' ? t('leaderboards.all_games') : (games.find((game) => game.slug === board.game)?.title ?? board.game)
  const boardName = `${t(`leaderboards.periods.${board.period}`)} · ${gameTitle}`
  const inTop = me?.rank !== null && me?.rank !== undefined && me.rank <= top.length
  // My XP is in, but the top is the scheduled job's (every minute): say so rather than leave me out silently.
  const catchingUp = me !== null && me.rank !== null && me.rank <= board.topSize && !top.some((entry) => entry.userId === user?.id)

  return (
    <>
      <Seo title={t('leaderboards.title')} description={t('leaderboards.meta')} />
      <div className="container leaderboards-page">
        <header className="page-header">
          <h1>{t('leaderboards.title')}</h1>
          <p className="lead">{t('leaderboards.intro')}</p>
        </header>

        <div className="board-controls">
          <nav aria-label={t('leaderboards.periods.label')} className="board-tabs">
            {PERIODS.map((period) => (
              <Link
                key={period}
                href={boardUrl(period, board.game)}
                className="board-tab"
                aria-current={period === board.period ? 'page' : undefined}
                preserveScroll
              >
                {t(`leaderboards.periods.${period}`)}
              </Link>
            ))}
          </nav>
          <label className="board-filter">
            <span>{t('leaderboards.game_filter')}</span>
            <select value={board.game} onChange={(event) => router.visit(boardUrl(board.period, event.target.value), { preserveScroll: true })}>
              <option value="global">{t('leaderboards.all_games')}</option>
              {games.map((game) => (
                <option key={game.slug} value={game.slug}>
                  {game.title}
                </option>
              ))}
            </select>
          </label>
          {countdown ? (
            <p className="board-countdown" title={t('leaderboards.ends_at', { date: formatDateTime(board.endsAt!) })}>
              {countdown.left > 0
                ? t('leaderboards.ends_in', { time: t('leaderboards.duration', { days: countdown.days, hours: countdown.hours, minutes: String(countdown.minutes).padStart(2, '0') }) })
                : t('leaderboards.ended')}
            </p>
          ) : null}
        </div>

        <div className="board-grid">
          <section className="card board-card" aria-labelledby="board-title">
            <h2 id="board-title" className="board-title">
              {boardName}
            </h2>
            {top.length === 0 ? (
              <p className="board-empty">{catchingUp ? t('leaderboards.catching_up', { rank: me!.rank! }) : t('leaderboards.empty')}</p>
            ) : (
              <table className="board-table">
                <caption className="visually-hidden">{t('leaderboards.table_caption', { board: boardName, count: top.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('leaderboards.rank')}</th>
                    <th scope="col">{t('leaderboards.player')}</th>
                    <th scope="col" className="board-xp">
                      {t('leaderboards.xp')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <Rows entries={top} myId={user?.id} />
                </tbody>
              </table>
            )}
            {catchingUp && top.length > 0 ? <p className="board-catching-up">{t('leaderboards.catching_up', { rank: me!.rank! })}</p> : null}
            <p className="board-updated">{t('leaderboards.updated', { time: formatDateTime(board.computedAt) })}</p>
          </section>

          <aside className="card board-me" aria-labelledby="me-title">
            <h2 id="me-title">{t('leaderboards.me_title')}</h2>
            {me === null ? (
              <>
                <p>{board.period === 'weekly' ? t('leaderboards.me_none_weekly') : t('leaderboards.me_none')}</p>
                <Link href="/games" className="button button-primary">
                  {t('leaderboards.play')}
                </Link>
              </>
            ) : me.hidden ? (
              <>
                <p>{t('leaderboards.me_hidden', { xp: formatNumber(me.score) })}</p>
                <Link href="/settings#preferences">{t('leaderboards.change_setting')}</Link>
              </>
            ) : (
              <>
                <p className="board-me-rank">{t('leaderboards.me_rank', { rank: me.rank! })}</p>
                <p className="board-me-score">{t('leaderboards.me_score', { xp: formatNumber(me.score) })}</p>
                {!inTop && me.neighbours.length > 0 ? (
                  <table className="board-table board-table-small">
                    <caption>{t('leaderboards.neighbours')}</caption>
                    <thead className="visually-hidden">
                      <tr>
                        <th scope="col">{t('leaderboards.rank')}</th>
                        <th scope="col">{t('leaderboards.player')}</th>
                        <th scope="col">{t('leaderboards.xp')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <Rows entries={me.neighbours} myId={user?.id} />
                    </tbody>
                  </table>
                ) : null}
              </>
            )}
          </aside>
        </div>
      </div>
    </>
  )
}
