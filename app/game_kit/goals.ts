import type { GameIntent, GameLevel, GoalProgress } from './types.js'

/** A level's goals, none met yet. */
export function goalsOf(level: GameLevel): GoalProgress[] {
  return level.goals.map((goal) => ({ ...goal, slots: { ...goal.slots }, met: false }))
}

/**
 * Goals after an accepted action: a goal is met when the checker said the
 * phrase counts for a goal and the action names the goal's intent with
 * (at least) its slot values. "Plant three carrots" meets "plant carrots".
 *
 * @example
 * markGoals([{ intent: 'plant', slots: { crop: 'carrot' }, met: false }],
 *   { name: 'plant', slots: { crop: 'carrot', quantity: 3 }, countsForGoal: true })
 * // → [{ intent: 'plant', slots: { crop: 'carrot' }, met: true }]
 */
export function markGoals(goals: GoalProgress[], intent: GameIntent): GoalProgress[] {
  if (!intent.countsForGoal) return goals
  return goals.map((goal) =>
    goal.met || goal.intent !== intent.name || !slotsMatch(goal.slots, intent.slots) ? goal : { ...goal, met: true }
  )
}

export function allMet(goals: GoalProgress[]) {
  return goals.length > 0 && goals.every((goal) => goal.met)
}

function slotsMatch(wanted: Record<string, string | number>, given: Record<string, string | number>) {
  return Object.entries(wanted).every(([name, value]) =>
    typeof value === 'number' ? Number(given[name]) === value : given[name] === value
  )
}
