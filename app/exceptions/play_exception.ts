import { Exception } from '@adonisjs/core/exceptions'

/**
 * A play request the server refuses (unknown game or level, a locked
 * level), with the translation key of what the player reads.
 */
export default class PlayException extends Exception {
  constructor(
    status: 403 | 404,
    readonly translationKey: string,
    readonly translationParams: Record<string, string | number> = {}
  ) {
    super(translationKey, { status, code: status === 404 ? 'E_NOT_FOUND' : 'E_LEVEL_LOCKED' })
  }

  static unknownGame(game: string) {
    return new PlayException(404, 'play.errors.unknown_game', { game })
  }

  static unknownLevel(game: string, level: number) {
    return new PlayException(404, 'play.errors.unknown_level', { game, level })
  }

  static locked(level: number) {
    return new PlayException(403, 'play.errors.level_locked', { level, previous: level - 1 })
  }
}
