import type { ReactNode } from 'react'

/**
 * Small inline icons (no icon font, no emoji: both render differently, or
 * not at all, across systems). Decorative: hidden from screen readers.
 */
type IconProps = { size?: number }

function Svg({ size = 24, children }: IconProps & { children: ReactNode }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  )
}

export function IconFeedback(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4 7h10" />
      <path d="M4 12h7" />
      <path d="M4 18c1.5-1.2 3-1.2 4.5 0s3 1.2 4.5 0" />
      <path d="m15 14 2.5 2.5L22 11" />
    </Svg>
  )
}

export function IconMic(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5 11a7 7 0 0 0 14 0" />
      <path d="M12 18v3" />
    </Svg>
  )
}

export function IconSprout(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M12 21v-9" />
      <path d="M12 12c0-4-3-6-7-6 0 4 3 6 7 6Z" />
      <path d="M12 14c0-4 3-7 7-7 0 4-3 7-7 7Z" />
    </Svg>
  )
}

export function IconStar(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9Z" />
    </Svg>
  )
}

/**
 * A carrot for the landing page's little farm.
 */
export function IconCarrot({ size = 22 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M14.5 9.5 5 21c-.6.6-1.6-.4-1-1L15.5 10.5Z" fill="#e07a1f" />
      <path d="M13 8c1.9-1.9 4.5-1.6 6 0-1.5 1.5-4 1.9-6 0Z" fill="#3f8f3a" />
      <path d="M14.5 6.5c-.4-2.7 1.3-4.3 3.5-4.5.2 2.2-1.4 3.9-3.5 4.5Z" fill="#3f8f3a" />
      <path d="M9 15.5 11 17.5M7.2 18l1.3 1.3M11.5 12.5l1.5 1.5" stroke="#b85d10" strokeWidth="1" />
    </svg>
  )
}
