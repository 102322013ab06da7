/**
 * The Parley mark: a speech bubble whose last dot is the game's move.
 */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#1f6f5c" />
      <path d="M16 20c0-3.3 2.7-6 6-6h20c3.3 0 6 2.7 6 6v14c0 3.3-2.7 6-6 6H30l-9 8v-8c-2.8 0-5-2.2-5-5V20z" fill="#f7f3e8" />
      <circle cx="25" cy="27" r="3" fill="#1f6f5c" />
      <circle cx="34" cy="27" r="3" fill="#1f6f5c" />
      <circle cx="43" cy="27" r="3" fill="#c77c12" />
    </svg>
  )
}
