import { DateTime } from 'luxon'

/**
 * Leaderboard periods: the ISO week in UTC (`2026-W48`, Monday 00:00 to the
 * next Monday 00:00 UTC) and all time (`all`). Pure: the award job, the
 * queries and tests share it.
 */
export const ALL_TIME = 'all'

/** The board of all games together (game slugs are lower-case words: no clash). */
export const GLOBAL_BOARD = 'global'

export type PeriodKind = 'weekly' | 'all_time'

/** The ISO week (UTC) an instant falls in. */
export function isoWeekOf(instant: DateTime | Date): string {
  const utc = (instant instanceof Date ? DateTime.fromJSDate(instant) : instant).toUTC()
  return `${utc.weekYear}-W${String(utc.weekNumber).padStart(2, '0')}`
}

/** When a week starts and ends (exclusive), in UTC. */
export function weekBounds(week: string): { start: DateTime; end: DateTime } {
  const match = /^(\d{4})-W(\d{2})$/.exec(week)
  if (!match) throw new Error(`not an ISO week: ${week}`)
  const start = DateTime.fromObject({ weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 }, { zone: 'utc' })
  if (!start.isValid || isoWeekOf(start) !== week) throw new Error(`not an ISO week: ${week}`)
  return { start, end: start.plus({ weeks: 1 }) }
}

/** The stored period key of a board: the current week, or all time. */
export function periodKey(kind: PeriodKind, now: DateTime = DateTime.utc()): string {
  return kind === 'weekly' ? isoWeekOf(now) : ALL_TIME
}
