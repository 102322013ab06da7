import { useEffect, useState } from 'react'
import { usePage } from '@inertiajs/react'
import { useChannel } from '~/lib/use_channel'

export type ProgressUpdate = {
  type: 'progress.updated'
  xpDelta: number
  xp: number
  level: number
  streak: number
  badgesEarned: Array<{ key: string; title: { en: string; ru?: string }; icon: string }>
}

/** A league week settled (the weekly settlement job). */
export type LeagueResult = {
  type: 'league.settled'
  week: string
  tier: number
  newTier: number
  rank: number
  xp: number
  outcome: 'promoted' | 'stayed' | 'demoted'
}

const EVENT = 'parley:progress'
const LEAGUE_EVENT = 'parley:league'

/**
 * Subscribes the signed-in player to their private channel (users/:id) over
 * Server-Sent Events and re-broadcasts each update as a window event, so
 * the header and the toasts share one connection.
 */
export function useProgressChannel() {
  const { props } = usePage()
  const userId = props.user?.id
  useChannel<ProgressUpdate | LeagueResult>(
    userId ? `users/${userId}` : null,
    (message) => {
      if (message?.type === 'progress.updated') window.dispatchEvent(new CustomEvent(EVENT, { detail: message }))
      if (message?.type === 'league.settled') window.dispatchEvent(new CustomEvent(LEAGUE_EVENT, { detail: message }))
    },
    () => {
      document.documentElement.dataset.live = 'true'
    }
  )
}

/** Calls `listener` for every progress update of the signed-in player. */
export function useProgressUpdates(listener: (update: ProgressUpdate) => void) {
  useEffect(() => {
    const handler = (event: Event) => listener((event as CustomEvent<ProgressUpdate>).detail)
    window.addEventListener(EVENT, handler)
    return () => window.removeEventListener(EVENT, handler)
  }, [listener])
}

/** Calls `listener` when one of the signed-in player's league weeks is settled. */
export function useLeagueResults(listener: (result: LeagueResult) => void) {
  useEffect(() => {
    const handler = (event: Event) => listener((event as CustomEvent<LeagueResult>).detail)
    window.addEventListener(LEAGUE_EVENT, handler)
    return () => window.removeEventListener(LEAGUE_EVENT, handler)
  }, [listener])
}

/** The header's XP, level and streak: server-rendered, then live. */
export function useLiveProgress() {
  const { props } = usePage()
  const initial = props.progress as { xp: number; level: number; streak: number } | null
  const [progress, setProgress] = useState(initial)
  useEffect(() => setProgress(initial), [initial?.xp, initial?.level, initial?.streak])
  useProgressUpdates(
    useStableCallback((update: ProgressUpdate) => setProgress({ xp: update.xp, level: update.level, streak: update.streak }))
  )
  return progress
}

function useStableCallback<T extends (...args: any[]) => void>(callback: T): T {
  const [stable] = useState(() => callback)
  return stable
}
