import TranslatedException from '#exceptions/translated_exception'

/**
 * A play request the server refuses (unknown game or level, a locked
 * level), with the translation key of what the player reads.
 */
export default class PlayException extends TranslatedException {
  constructor(status: 403 | 404, translationKey: string, translationParams: Record<string, string | number> = {}) {
    super(status, status === 404 ? 'E_NOT_FOUND' : 'E_LEVEL_LOCKED', translationKey, translationParams)
  }

  static unknownGame(game: string) {
    return new PlayException(404, 'play.errors.unknown_game', { game })
  }

  static unknownLevel(game: string, level: number) {
    return new PlayException(404, 'play.errors.unknown_level', { game, level })
  }

  /** A co-op level: played in a room (the lobby), not through the solo loop. */
  static playedTogether(game: string, level: number) {
    return new PlayException(404, 'play.errors.played_together', { game, level })
  }

  static locked(level: number) {
    return new PlayException(403, 'play.errors.level_locked', { level, previous: level - 1 })
  }
}

