import { usePage } from '@inertiajs/react'
import { useEffect, useRef } from 'react'

/**
 * A <details> menu that also closes on navigation, on Escape and on a click
 * outside it (the element alone only toggles on its own summary).
 */
export function useDismissible<T extends HTMLDetailsElement>() {
  const ref = useRef<T>(null)
  const { url } = usePage()

  useEffect(() => {
    ref.current?.removeAttribute('open')
  }, [url])

  useEffect(() => {
    function onPointerDown(event: PointerEvent) {
      const element = ref.current
      if (element?.open && !element.contains(event.target as Node)) element.removeAttribute('open')
    }
    function onKeyDown(event: KeyboardEvent) {
      const element = ref.current
      if (event.key === 'Escape' && element?.open) {
        element.removeAttribute('open')
        element.querySelector('summary')?.focus()
      }
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  return ref
}
