import { useCallback, useState } from 'react'
import { useI18n } from '~/lib/i18n'
import { useLeagueResults, useProgressUpdates, type LeagueResult, type ProgressUpdate } from '~/lib/live_progress'

type Toast = { id: number; text: string; kind: 'xp' | 'badge' | 'league' }

let nextId = 1

/**
 * "+42 XP" and "Badge earned" notices as progress arrives, announced to
 * screen readers through a polite live region.
 */
export function ProgressToasts() {
  const { t, locale } = useI18n()
  const [toasts, setToasts] = useState<Toast[]>([])

  const show = useCallback((fresh: Toast[]) => {
    if (fresh.length === 0) return
    setToasts((current) => [...current, ...fresh].slice(-4))
    const ids = new Set(fresh.map((toast) => toast.id))
    window.setTimeout(() => setToasts((current) => current.filter((toast) => !ids.has(toast.id))), 5000)
  }, [])

  const onUpdate = useCallback(
    (update: ProgressUpdate) => {
      const fresh: Toast[] = []
      if (update.xpDelta > 0) fresh.push({ id: nextId++, kind: 'xp', text: t('play.toasts.xp', { xp: update.xpDelta }) })
      for (const badge of update.badgesEarned) {
        fresh.push({ id: nextId++, kind: 'badge', text: t('play.toasts.badge', { title: (locale === 'ru' ? badge.title.ru : undefined) ?? badge.title.en }) })
      }
      show(fresh)
    },
    [t, locale, show]
  )
  useProgressUpdates(onUpdate)

  const onLeagueResult = useCallback(
    (result: LeagueResult) => show([{ id: nextId++, kind: 'league', text: t(`play.toasts.league_${result.outcome}`, { rank: result.rank }) }]),
    [t, show]
  )
  useLeagueResults(onLeagueResult)

  return (
    <div className="progress-toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <p key={toast.id} className={`progress-toast progress-toast-${toast.kind}`} data-testid={`toast-${toast.kind}`}>
          {toast.text}
        </p>
      ))}
    </div>
  )
}
