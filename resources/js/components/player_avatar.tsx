/** A player's picture on boards, or their initial when they have none. */
export function PlayerAvatar({ player }: { player: { displayName: string; avatarUrl: string | null } }) {
  if (player.avatarUrl) return <img className="board-avatar" src={player.avatarUrl} alt="" width={32} height={32} loading="lazy" />
  return (
    <span className="board-avatar" aria-hidden="true">
      {player.displayName.trim().charAt(0).toUpperCase() || '?'}
    </span>
  )
}
