import { useEffect, type ReactNode } from 'react'

/**
 * Marks the document once React has taken over the server-rendered page
 * (browser tests wait for it before clicking). In its own module: a
 * component defined in app.tsx makes the React plugin hot-reload app.tsx
 * itself, and after one hot update every page load ran the app twice.
 */
export function Hydrated({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return children
}
