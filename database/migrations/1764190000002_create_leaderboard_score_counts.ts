import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * How many visible players hold each score on each board. "My rank" is the
 * number of players above me plus one: summing this table over the scores
 * above mine reads a few hundred rows where counting `leaderboard_scores`
 * reads every player above (half the board for a median player: 10+ ms at
 * 100,000 players). Kept by the writers of `leaderboard_scores`: the award
 * job, the privacy setting and the rebuild.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('leaderboard_score_counts', (table) => {
      table.string('period', 10).notNullable()
      table.string('game_slug', 30).notNullable()
      table.integer('score').notNullable()
      table.integer('players').notNullable()
      table.primary(['period', 'game_slug', 'score'])
    })
    this.defer(async (db) => {
      await db.rawQuery(`
        insert into leaderboard_score_counts (period, game_slug, score, players)
        select period, game_slug, score, count(*) from leaderboard_scores where hidden = ? group by period, game_slug, score
      `, [false])
    })
  }

  async down() {
    this.schema.dropTable('leaderboard_score_counts')
  }
}
