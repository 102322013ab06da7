import type { ReactNode } from 'react'

/**
 * The icon of a badge by its name in achievements.json (decorative: the
 * badge's title says what it is). An unknown name gets a medal.
 */
const PATHS: Record<string, ReactNode> = {
  sprout: (
    <>
      <path d="M12 21v-9" />
      <path d="M12 12c0-4-3-6-7-6 0 4 3 6 7 6Z" />
      <path d="M12 14c0-4 3-7 7-7 0 4-3 7-7 7Z" />
    </>
  ),
  check: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m8 12.5 2.8 2.8L16.5 9.5" />
    </>
  ),
  star: <path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9Z" />,
  diamond: (
    <>
      <path d="M6 4h12l3 5-9 11L3 9Z" />
      <path d="M3 9h18M9 4l3 16M15 4l-3 16" />
    </>
  ),
  flame: <path d="M12 3c1.5 4.5 6 6.5 6 12a6 6 0 0 1-12 0c0-2.7 1.5-4.3 3-5.7 0 2.4 1.2 3.7 2.4 4.2C10.6 10 11 6.1 12 3Z" />,
  wheat: (
    <>
      <path d="M12 21V8" />
      <path d="M12 8c-2-1-3-3-3-5 2 1 3 3 3 5Zm0 0c2-1 3-3 3-5-2 1-3 3-3 5Z" />
      <path d="M12 13c-2.5-.5-4-2-4.5-4.5 2.5.5 4 2 4.5 4.5Zm0 0c2.5-.5 4-2 4.5-4.5-2.5.5-4 2-4.5 4.5Z" />
      <path d="M12 18c-2.5-.5-4-2-4.5-4.5 2.5.5 4 2 4.5 4.5Zm0 0c2.5-.5 4-2 4.5-4.5-2.5.5-4 2-4.5 4.5Z" />
    </>
  ),
  barn: (
    <>
      <path d="M3 10 12 4l9 6v10H3Z" />
      <path d="M9 20v-6h6v6M9 14l6 6M15 14l-6 6" />
    </>
  ),
  microphone: (
    <>
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5 11a7 7 0 0 0 14 0" />
      <path d="M12 18v3" />
    </>
  ),
  tiles: (
    <>
      <rect x="3" y="4" width="8" height="7" rx="1.5" />
      <rect x="13" y="4" width="8" height="7" rx="1.5" />
      <rect x="8" y="13" width="8" height="7" rx="1.5" />
    </>
  ),
  trophy: (
    <>
      <path d="M8 4h8v5a4 4 0 0 1-8 0Z" />
      <path d="M8 6H5a3 3 0 0 0 3 4M16 6h3a3 3 0 0 1-3 4" />
      <path d="M12 13v4M8 20h8M9.5 17h5" />
    </>
  ),
  handshake: (
    <>
      <path d="m2 11 4-4 4 2 2-1 4 1 4 4" />
      <path d="m6 13 4 4c.8.8 2 .8 2.8 0l4.2-4.2" />
      <path d="m9 12 2.5 2.5M12 11l2.5 2.5" />
    </>
  ),
  medal: (
    <>
      <circle cx="12" cy="15" r="5" />
      <path d="M8.5 11 6 3h4l2 5 2-5h4l-2.5 8" />
      <path d="m12 13 .8 1.6 1.7.2-1.2 1.2.3 1.7-1.6-.8-1.6.8.3-1.7-1.2-1.2 1.7-.2Z" />
    </>
  ),
}

export function BadgeIcon({ icon, size = 28 }: { icon: string; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[icon] ?? PATHS.medal}
    </svg>
  )
}
