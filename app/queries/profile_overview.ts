import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import gameRegistry from '#game_kit/registry'
import Achievement from '#models/achievement'
import Attempt from '#models/attempt'
import DailyActivity from '#models/daily_activity'
import type User from '#models/user'
import { playerProgress } from '#queries/player_progress'
import { lexemeGlossary } from '#queries/lexeme_glossary'
import { dayIn, safeZone } from '#services/progress_rules'

/** Days the XP chart covers, today included. */
export const CHART_DAYS = 30
/** Words the vocabulary list shows (weakest first); the total is given too. */
export const VOCABULARY_SHOWN = 30
export const RECENT_ATTEMPTS = 10

/**
 * Everything the profile page shows: progress numbers, every badge (earned
 * or not), the vocabulary met with its mastery, recent attempts and XP per
 * day of the player's own calendar.
 */
export async function profileOverview(user: User) {
  const [progress, achievements, vocabulary, recentAttempts, xpByDay] = await Promise.all([
    playerProgress(user),
    Achievement.query().orderBy('sortOrder').orderBy('key'),
    vocabularyOf(user),
    Attempt.query().where('userId', user.id).orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(RECENT_ATTEMPTS),
    xpPerDay(user),
  ])
  const earnedAt = new Map(progress.badges.map((badge) => [badge.key, badge.earnedAt]))
  const { badges: _earned, ...numbers } = progress
  return {
    progress: numbers,
    badges: achievements.map((achievement) => ({ achievement, earnedAt: earnedAt.get(achievement.key) ?? null })),
    vocabulary,
    recentAttempts,
    xpByDay,
  }
}

/**
 * The lexemes of every level the player attempted, with mastery: the share
 * of passed attempts over all attempts on the levels whose vocabulary holds
 * the word. A word is only as strong as the phrases it was used in; a
 * word met on several levels pools them (3 of 4 on one level and 0 of 4 on
 * another is 38%, not the mean of the two levels' shares).
 *
 * @example
 * // farm 1 (plant, carrot): 2 attempts, 1 passed; farm 2 (plant, potato): 2 attempts, 2 passed
 * // → carrot 50% (2 attempts), plant 75% (4), potato 100% (2); weakest first
 */
async function vocabularyOf(user: User) {
  const perLevel = await db
    .from('attempts')
    .where('user_id', user.id)
    .select('game_slug', 'level')
    .count('* as attempts')
    .select(db.raw('sum(case when passed then 1 else 0 end) as passed'))
    .groupBy('game_slug', 'level')

  const words = new Map<string, { key: string; game: string; attempts: number; passed: number; levels: number }>()
  for (const row of perLevel) {
    const level = gameRegistry.level(row.game_slug, Number(row.level))
    if (!level) continue
    for (const key of new Set(level.vocabulary)) {
      const word = words.get(key) ?? { key, game: row.game_slug as string, attempts: 0, passed: 0, levels: 0 }
      word.attempts += Number(row.attempts)
      word.passed += Number(row.passed)
      word.levels += 1
      words.set(key, word)
    }
  }

  const glossary = await lexemeGlossary([...words.keys()], [...new Set([...words.values()].map((word) => word.game))])
  const list = [...words.values()].map((word) => {
    const entry = glossary(word.game, word.key)
    return {
      key: word.key,
      lemma: entry.lemma,
      translations: entry.translations,
      attempts: word.attempts,
      passed: word.passed,
      levels: word.levels,
      mastery: word.attempts === 0 ? 0 : Math.round((100 * word.passed) / word.attempts),
    }
  })
  // Weakest first; among equals, the better-evidenced word first, then by spelling.
  list.sort((a, b) => a.mastery - b.mastery || b.attempts - a.attempts || a.lemma.localeCompare(b.lemma))
  return { total: list.length, words: list.slice(0, VOCABULARY_SHOWN) }
}

/**
 * XP per calendar day of the player's time zone, the last CHART_DAYS days
 * up to today, with zero for days without play.
 */
async function xpPerDay(user: User) {
  const zone = safeZone(user.timeZone)
  const today = DateTime.fromISO(dayIn(zone, DateTime.now()), { zone: 'UTC' })
  const days = Array.from({ length: CHART_DAYS }, (_, index) => today.minus({ days: CHART_DAYS - 1 - index }).toISODate()!)
  const rows = await DailyActivity.query().where('userId', user.id).whereBetween('day', [days[0], days[days.length - 1]])
  const byDay = new Map(rows.map((row) => [row.day, row]))
  return days.map((day) => {
    const row = byDay.get(day)
    return { day, xp: row?.xp ?? 0, attempts: row?.attempts ?? 0, goalReached: row?.goalReached ?? false }
  })
}
