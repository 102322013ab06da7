import { DateTime } from 'luxon'
import { parleyConfig } from '#config/parley'

type ProgressConfig = typeof parleyConfig.progress

export type AwardableAttempt = {
  id: number
  gameSlug: string
  level: number
  /** The level's difficulty, 1–10. */
  difficulty: number
  passed: boolean
  /** Goals this attempt met for the first time in the saved game. */
  goalsMet: number[]
  levelCompleted: boolean
  attemptNumber: number
  hintsUsed: number
}

export type Award = { key: string; reason: 'goal' | 'first_try' | 'no_hint' | 'complete' | 'practice' | 'coop' | 'coop_win'; amount: number }

/**
 * The XP an attempt may earn, each under a key that makes it once-only:
 * goals and the level bonus once per player and level for ever, practice
 * once per attempt. The ledger's unique keys drop what was already given.
 *
 * @example
 * awardsFor({ id: 9, gameSlug: 'farm', level: 2, difficulty: 2, passed: true, goalsMet: [0],
 *   levelCompleted: true, attemptNumber: 1, hintsUsed: 0 })
 * // → goal:farm:2:0 20, first_try:farm:2 10, no_hint:farm:2:0 4, complete:farm:2 30
 */
export function awardsFor(attempt: AwardableAttempt, rules: ProgressConfig = parleyConfig.progress): Award[] {
  if (!attempt.passed) return []
  const difficulty = Math.min(10, Math.max(1, Math.round(attempt.difficulty)))
  const where = `${attempt.gameSlug}:${attempt.level}`
  const awards: Award[] = []
  for (const goal of attempt.goalsMet) {
    awards.push({ key: `goal:${where}:${goal}`, reason: 'goal', amount: rules.goalXpPerDifficulty * difficulty })
  }
  if (attempt.goalsMet.length > 0 && attempt.attemptNumber === 1) {
    awards.push({ key: `first_try:${where}`, reason: 'first_try', amount: rules.firstTryXpPerDifficulty * difficulty })
  }
  if (attempt.hintsUsed === 0) {
    for (const goal of attempt.goalsMet) {
      awards.push({ key: `no_hint:${where}:${goal}`, reason: 'no_hint', amount: rules.noHintXpPerDifficulty * difficulty })
    }
  }
  if (attempt.levelCompleted) {
    awards.push({
      key: `complete:${where}`,
      reason: 'complete',
      amount: rules.levelCompleteXp + rules.levelCompleteXpPerDifficulty * difficulty,
    })
  }
  if (awards.length === 0) awards.push({ key: `practice:${attempt.id}`, reason: 'practice', amount: rules.practiceXp })
  return awards
}

export type AwardableMatchPlay = {
  matchId: string
  gameSlug: string
  level: number
  difficulty: number
  outcome: string
  passed: number
  accepted: number
}

/**
 * The XP one player earns from a co-op match, each under a key that makes
 * it once-only: the match's XP once per match, the level bonus once per
 * player and level for ever (the same key as solo play's).
 *
 * @example
 * awardsForMatch({ matchId: 'm1', gameSlug: 'strategy', level: 11, difficulty: 3, outcome: 'won', passed: 6, accepted: 5 })
 * // → coop:m1 15, coop_win:m1 30, complete:strategy:11 35
 */
export function awardsForMatch(play: AwardableMatchPlay, rules: ProgressConfig = parleyConfig.progress): Award[] {
  if (play.passed === 0) return []
  const difficulty = Math.min(10, Math.max(1, Math.round(play.difficulty)))
  const orderXp = Math.min(rules.coop.maxOrderXp, rules.coop.xpPerAcceptedOrder * play.accepted)
  const awards: Award[] = [{ key: `coop:${play.matchId}`, reason: 'coop', amount: rules.coop.playXp + orderXp }]
  if (play.outcome === 'won') {
    awards.push({ key: `coop_win:${play.matchId}`, reason: 'coop_win', amount: rules.coop.winXpPerDifficulty * difficulty })
    awards.push({
      key: `complete:${play.gameSlug}:${play.level}`,
      reason: 'complete',
      amount: rules.levelCompleteXp + rules.levelCompleteXpPerDifficulty * difficulty,
    })
  }
  return awards
}

/** A player level's quick-match band: 1, 2 or 3 (see `quickMatchBands`). */
export function skillBand(playerLevel: number, bands: readonly number[] = parleyConfig.quickMatchBands) {
  const index = bands.findIndex((upTo) => playerLevel <= upTo)
  return (index === -1 ? bands.length : index) + 1
}

/**
 * The player level for an XP total, with the XP where it began and where
 * the next one begins (for the XP bar).
 *
 * @example levelForXp(160) // → { level: 3, levelStartXp: 150, nextLevelXp: 300 }
 */
export function levelForXp(xp: number, step = parleyConfig.progress.levelXpStep) {
  const startOf = (level: number) => (step * level * (level - 1)) / 2
  let level = 1
  while (startOf(level + 1) <= xp) level++
  return { level, levelStartXp: startOf(level), nextLevelXp: startOf(level + 1) }
}

/** A valid IANA zone, or UTC. */
export function safeZone(zone: string | null | undefined) {
  return zone && DateTime.local().setZone(zone).isValid ? zone : 'UTC'
}

/** The calendar day (ISO date) an instant falls on in a time zone. */
export function dayIn(zone: string, instant: DateTime) {
  return instant.setZone(safeZone(zone)).toISODate()!
}

function previousDay(day: string) {
  return DateTime.fromISO(day, { zone: 'UTC' }).minus({ days: 1 }).toISODate()!
}

export type StreakState = { streak: number; longestStreak: number; streakDay: string | null }

/**
 * The streak once the daily goal is reached on `day` (the player's calendar).
 * The day after the last one extends it; a gap starts again at 1. A day
 * before the last one (the player moved west and "today" went back) counts
 * as the same day: changing zones never rolls the streak over.
 *
 * @example
 * reachGoal({ streak: 4, longestStreak: 6, streakDay: '2026-03-28' }, '2026-03-29')
 * // → { streak: 5, longestStreak: 6, streakDay: '2026-03-29' }
 */
export function reachGoal(state: StreakState, day: string): StreakState {
  if (state.streakDay !== null && day <= state.streakDay) return state
  const streak = state.streakDay === previousDay(day) ? state.streak + 1 : 1
  return { streak, longestStreak: Math.max(state.longestStreak, streak), streakDay: day }
}

/**
 * The streak to show today: it lives while the goal was reached today or
 * yesterday, and is 0 once a whole day was missed.
 */
export function currentStreak(state: StreakState, today: string) {
  if (state.streakDay === null) return 0
  return state.streakDay >= previousDay(today) ? state.streak : 0
}
