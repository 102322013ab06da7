import { test } from '@japa/runner'
import { readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import { emptyStats, evaluateRule, ruleProblems, type AchievementRule } from '#services/achievement_rules'

const stats = { ...emptyStats(), passed_attempts: 12, streak: 3, levels_completed: 4, levelsCompletedByGame: { farm: 4 } }

test.group('Achievement rules', () => {
  test('a stat rule holds at its threshold and above', ({ assert }) => {
    assert.isTrue(evaluateRule({ stat: 'passed_attempts', atLeast: 12 }, stats))
    assert.isFalse(evaluateRule({ stat: 'passed_attempts', atLeast: 13 }, stats))
    assert.isTrue(evaluateRule({ stat: 'coop_wins', atLeast: 0 }, stats))
  })

  test('levels completed can be counted per game', ({ assert }) => {
    assert.isTrue(evaluateRule({ stat: 'levels_completed', game: 'farm', atLeast: 4 }, stats))
    assert.isFalse(evaluateRule({ stat: 'levels_completed', game: 'strategy', atLeast: 1 }, stats))
    assert.isFalse(evaluateRule({ stat: 'levels_completed', game: 'constructor', atLeast: 1 }, stats))
  })

  test('all and any combine rules, nested', ({ assert }) => {
    const rule: AchievementRule = {
      all: [{ stat: 'streak', atLeast: 3 }, { any: [{ stat: 'coop_wins', atLeast: 1 }, { stat: 'levels_completed', atLeast: 4 }] }],
    }
    assert.isTrue(evaluateRule(rule, stats))
    assert.isFalse(evaluateRule({ all: [rule, { stat: 'xp', atLeast: 1 }] }, stats))
    assert.isTrue(evaluateRule({ any: [{ stat: 'xp', atLeast: 1 }, rule] }, stats))
  })

  test('a broken rule is reported with where it breaks', ({ assert }) => {
    assert.deepEqual(ruleProblems({ stat: 'passed_attempts', atLeast: 3 }), [])
    assert.deepEqual(ruleProblems({ stat: 'charisma', atLeast: 3 }), [
      'rule.stat must be one of xp, level, streak, longest_streak, attempts, passed_attempts, perfect_attempts, passed_by_voice, passed_by_tiles, levels_completed, days_active, coop_wins',
    ])
    assert.deepEqual(ruleProblems({ all: [{ stat: 'xp', atLeast: 1 }, { stat: 'xp', atLeast: -1 }] }), ['rule.all[1].atLeast must be a whole number'])
    assert.deepEqual(ruleProblems({ any: [] }), ['rule.any must be a non-empty list'])
    assert.deepEqual(ruleProblems({ stat: 'xp', atLeast: 1, game: 'farm' }), ['rule.game only applies to levels_completed and must be a game slug'])
    assert.deepEqual(ruleProblems({ stat: 'xp', atLeast: 1, bonus: true }), ['rule.bonus is not part of a rule'])
    assert.deepEqual(ruleProblems('xp > 3'), ['rule must be an object'])
    let deep: unknown = { stat: 'xp', atLeast: 1 }
    for (let index = 0; index < 8; index++) deep = { all: [deep] }
    assert.lengthOf(ruleProblems(deep), 1)
  })

  test('the seeded badges are at least ten, and all sound', ({ assert }) => {
    const badges = JSON.parse(readFileSync(app.makePath('database/content/achievements.json'), 'utf8'))
    assert.isAtLeast(badges.length, 10)
    for (const badge of badges) {
      assert.deepEqual(ruleProblems(badge.rule), [], badge.key)
      assert.exists(badge.title.en && badge.title.ru && badge.description.en && badge.description.ru, badge.key)
    }
  })
})
