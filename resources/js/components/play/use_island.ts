import { useCallback, useEffect, useRef, useState } from 'react'
import type { GameClient, Island } from '~/game_kit/game_client'

/** Every game's island, loaded only when a page asks for it. */
const islands = import.meta.glob<{ default: Island<any> }>('../../../../games/*/client/island.ts')

/**
 * Mounts a game's island (games/<slug>/client/island.ts, loaded lazily)
 * into the element the returned `ref` is put on, and destroys it when the
 * element, the client or the page goes.
 *
 * The element is tracked through a callback ref, not read once: when React
 * replaces the element (a hydration retry renders the page again from
 * scratch) the island moves to the new one and the old mount is destroyed,
 * instead of living on in a detached element. A mount that resolves after
 * its effect was cleaned up (StrictMode mounts twice; Pixi's init is async)
 * is destroyed at once.
 */
export function useIsland<State>(slug: string, client: GameClient<State> | null, onError?: (error: unknown) => void) {
  const [element, setElement] = useState<HTMLElement | null>(null)
  const [ready, setReady] = useState(false)
  const errorHandler = useRef(onError)
  useEffect(() => {
    errorHandler.current = onError
  })

  useEffect(() => {
    const load = islands[`../../../../games/${slug}/client/island.ts`]
    if (!element || !client || !load) return
    let cancelled = false
    let mounted: { destroy(): void } | null = null
    load()
      .then((module) => module.default.mount(element, client))
      .then((handle) => {
        if (cancelled || !element.isConnected) {
          handle.destroy()
          return
        }
        mounted = handle
        setReady(true)
      })
      .catch((error) => {
        if (cancelled) return
        console.error('island failed to mount', error)
        errorHandler.current?.(error)
      })
    return () => {
      cancelled = true
      setReady(false)
      mounted?.destroy()
      mounted = null
    }
  }, [slug, client, element])

  const ref = useCallback((node: HTMLElement | null) => setElement(node), [])
  return { ref, ready }
}
