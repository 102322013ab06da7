import { useEffect, useState } from 'react'

/** Time left until `endsAt`, from the server's clock (the browser's may be off). */
export function useCountdown(endsAt: string | null, serverTime: string) {
  const [offset] = useState(() => new Date(serverTime).getTime() - Date.now())
  const [now, setNow] = useState(() => Date.now() + offset)
  useEffect(() => {
    if (!endsAt) return
    const timer = window.setInterval(() => setNow(Date.now() + offset), 30_000)
    return () => window.clearInterval(timer)
  }, [endsAt, offset])
  if (!endsAt) return null
  const left = Math.max(0, new Date(endsAt).getTime() - now)
  const minutes = Math.floor(left / 60_000)
  return { left, days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 }
}
