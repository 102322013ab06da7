import { useEffect, useState } from 'react'

/** Whole seconds from `now` to `until`, never below zero. */
export function secondsLeft(until: number, now: number) {
  return Math.max(0, Math.ceil((until - now) / 1000))
}

/** 4:05 */
export function clockText(seconds: number) {
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}

/**
 * Whole seconds left until `until` (ms on the server's clock, which is this
 * browser's plus `offset`), or null without a moment. The component
 * re-renders once a second at most: a countdown beside a live game scene
 * must not repaint the page more than that.
 */
export function useSecondsLeft(until: number | null, offset = 0) {
  const [left, setLeft] = useState(() => (until === null ? null : secondsLeft(until, Date.now() + offset)))
  useEffect(() => {
    const compute = () => (until === null ? null : secondsLeft(until, Date.now() + offset))
    setLeft(compute())
    if (until === null) return
    const timer = window.setInterval(() => {
      const next = compute()
      setLeft(next)
      if (next === 0) window.clearInterval(timer)
    }, 200)
    return () => window.clearInterval(timer)
  }, [until, offset])
  return left
}

/** Whether the server's clock has reached `at` (false without a moment); flips once, when it does. */
export function useReached(at: number | null, offset = 0) {
  const [reached, setReached] = useState(() => at !== null && Date.now() + offset >= at)
  useEffect(() => {
    if (at === null) return setReached(false)
    const wait = at - (Date.now() + offset)
    if (wait <= 0) return setReached(true)
    setReached(false)
    const timer = window.setTimeout(() => setReached(true), wait)
    return () => window.clearTimeout(timer)
  }, [at, offset])
  return reached
}
