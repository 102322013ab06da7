import TranslatedException from '#exceptions/translated_exception'

/**
 * A co-op request the server refuses: no such co-op level, a room that is
 * full, gone or started, a hub that is busy, a webhook that is not signed.
 */
export default class CoopException extends TranslatedException {
  static notCoopLevel(game: string, level: number) {
    return new CoopException(404, 'E_NOT_FOUND', 'coop.errors.not_coop_level', { game, level })
  }

  static roomGone(code: string) {
    return new CoopException(404, 'E_NOT_FOUND', 'coop.errors.room_gone', { code })
  }

  static roomFull(code: string) {
    return new CoopException(409, 'E_ROOM_FULL', 'coop.errors.room_full', { code })
  }

  static roomStarted(code: string) {
    return new CoopException(409, 'E_ROOM_STARTED', 'coop.errors.room_started', { code })
  }

  static busy() {
    return new CoopException(503, 'E_HUB_BUSY', 'coop.errors.busy')
  }

  /** This process is stopping: it opens no room and seats nobody new. */
  static restarting() {
    return new CoopException(503, 'E_HUB_RESTARTING', 'coop.errors.restarting')
  }

  static nodeUnreachable(code: string) {
    return new CoopException(503, 'E_NODE_GONE', 'coop.errors.node_gone', { code })
  }

  static webhookDisabled() {
    return new CoopException(404, 'E_NOT_FOUND', 'coop.errors.webhook_disabled')
  }

  static badSignature() {
    return new CoopException(401, 'E_BAD_SIGNATURE', 'coop.errors.bad_signature')
  }

  static staleSignature(seconds: number) {
    return new CoopException(401, 'E_STALE_SIGNATURE', 'coop.errors.stale_signature', { seconds })
  }

  static replayed() {
    return new CoopException(409, 'E_REPLAYED', 'coop.errors.replayed')
  }

  static unknownPlayers(ids: number[]) {
    return new CoopException(422, 'E_UNKNOWN_PLAYERS', 'coop.errors.unknown_players', { ids: ids.join(', ') })
  }
}
