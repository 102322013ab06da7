import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The counters badge rules read, kept on the profile by the award job:
 * counting them from the whole history on every award grew with the
 * history (three aggregates per attempt). Existing profiles are filled in
 * from what was already awarded (stop the queue workers while it runs: an
 * attempt awarded by old code meanwhile would not be counted). Attempts
 * whose award failed for good are not counted, as they earned nothing.
 */
export default class extends BaseSchema {
  protected tableName = 'user_profiles'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      /** Awarded attempts, and of them: passed, scored 100, passed by voice, passed by tiles. */
      table.integer('attempts_count').notNullable().defaultTo(0)
      table.integer('passed_count').notNullable().defaultTo(0)
      table.integer('perfect_count').notNullable().defaultTo(0)
      table.integer('passed_by_voice').notNullable().defaultTo(0)
      table.integer('passed_by_tiles').notNullable().defaultTo(0)
      /** Levels whose completion bonus was awarded, in all and per game slug. */
      table.integer('levels_completed').notNullable().defaultTo(0)
      table.json('levels_completed_by_game').nullable()
      /** Days on which the player earned XP. */
      table.integer('days_active').notNullable().defaultTo(0)
    })

    this.defer(async (db) => {
      const awarded = (condition: string) =>
        `coalesce((select sum(case when ${condition} then 1 else 0 end) from attempts a where a.user_id = user_profiles.user_id and a.awarded_at is not null), 0)`
      await db.rawQuery(`
        update user_profiles set
          attempts_count = ${awarded('1 = 1')},
          passed_count = ${awarded('a.passed')},
          perfect_count = ${awarded('a.score = 100')},
          passed_by_voice = ${awarded("a.passed and a.input_mode = 'voice'")},
          passed_by_tiles = ${awarded("a.passed and a.input_mode = 'tiles'")},
          levels_completed = (select count(*) from xp_awards x where x.user_id = user_profiles.user_id and x.reason = 'complete'),
          days_active = (select count(*) from daily_activity d where d.user_id = user_profiles.user_id and d.xp > 0)
      `)
      const completed = await db
        .from('xp_awards')
        .where('reason', 'complete')
        .groupBy('user_id', 'game_slug')
        .select('user_id', 'game_slug', db.raw('count(*) as levels'))
      const byUser = new Map<number, Record<string, number>>()
      for (const row of completed) {
        const games = byUser.get(row.user_id) ?? {}
        games[row.game_slug] = Number(row.levels)
        byUser.set(row.user_id, games)
      }
      for (const [userId, games] of byUser) {
        await db.from('user_profiles').where('user_id', userId).update({ levels_completed_by_game: JSON.stringify(games) })
      }
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumns(
        'attempts_count',
        'passed_count',
        'perfect_count',
        'passed_by_voice',
        'passed_by_tiles',
        'levels_completed',
        'levels_completed_by_game',
        'days_active'
      )
    })
  }
}
