import { useEffect, useRef } from 'react'

/**
 * Listens on a Transmit channel (Server-Sent Events) while the component is
 * mounted; the client is loaded only when needed. A null channel listens to
 * nothing. The handlers may change between renders without resubscribing.
 */
export function useChannel<Message>(channel: string | null, onMessage: (message: Message) => void, onSubscribed?: () => void) {
  const handlers = useRef({ onMessage, onSubscribed })
  useEffect(() => {
    handlers.current = { onMessage, onSubscribed }
  })
  useEffect(() => {
    if (!channel) return
    let cancelled = false
    let cleanup: (() => void) | undefined
    import('@adonisjs/transmit-client').then(async ({ Transmit }) => {
      if (cancelled) return
      const transmit = new Transmit({ baseUrl: window.location.origin })
      const subscription = transmit.subscription(channel)
      subscription.onMessage((message: Message) => handlers.current.onMessage(message))
      await subscription.create()
      handlers.current.onSubscribed?.()
      cleanup = () => {
        subscription.delete().catch(() => {})
        transmit.close()
      }
      if (cancelled) cleanup()
    })
    return () => {
      cancelled = true
      cleanup?.()
    }
  }, [channel])
}
