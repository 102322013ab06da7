import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { CoopMatchSchema } from '#database/schema'
import CoopMatchPlayer from '#models/coop_match_player'
import type { MatchOutcome } from '#realtime/protocol'
import type { MatchReplay } from '#realtime/replay'

/** A co-op match, stored once by its id: how it ended and its replay log. */
export default class CoopMatch extends CoopMatchSchema {
  static selfAssignPrimaryKey = true

  declare outcome: MatchOutcome
  declare replay: MatchReplay | null

  @hasMany(() => CoopMatchPlayer, { foreignKey: 'matchId' })
  declare players: HasMany<typeof CoopMatchPlayer>
}
