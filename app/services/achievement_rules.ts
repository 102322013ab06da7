/**
 * The small rule language badges are written in, evaluated over a player's
 * stats. Pure: the award job, the admin preview and tests share it.
 *
 * @example
 * evaluateRule({ all: [{ stat: 'streak', atLeast: 7 }, { stat: 'levels_completed', game: 'farm', atLeast: 5 }] }, stats)
 */

export const STAT_NAMES = [
  'xp',
  'level',
  'streak',
  'longest_streak',
  'attempts',
  'passed_attempts',
  'perfect_attempts',
  'passed_by_voice',
  'passed_by_tiles',
  'levels_completed',
  'days_active',
  'coop_wins',
] as const

export type StatName = (typeof STAT_NAMES)[number]

export type AchievementRule =
  | { stat: StatName; atLeast: number; game?: string }
  | { all: AchievementRule[] }
  | { any: AchievementRule[] }

export type PlayerStats = Record<StatName, number> & {
  /** `levels_completed` per game slug. */
  levelsCompletedByGame: Record<string, number>
}

export function emptyStats(): PlayerStats {
  const stats = Object.fromEntries(STAT_NAMES.map((name) => [name, 0])) as Record<StatName, number>
  return { ...stats, levelsCompletedByGame: {} }
}

function statValue(stats: PlayerStats, stat: StatName, game?: string) {
  if (game !== undefined) {
    // Per-game counts exist for completed levels only (the validator enforces it).
    return Object.hasOwn(stats.levelsCompletedByGame, game) ? stats.levelsCompletedByGame[game] : 0
  }
  return stats[stat]
}

export function evaluateRule(rule: AchievementRule, stats: PlayerStats): boolean {
  if ('all' in rule) return rule.all.every((child) => evaluateRule(child, stats))
  if ('any' in rule) return rule.any.some((child) => evaluateRule(child, stats))
  return statValue(stats, rule.stat, rule.game) >= rule.atLeast
}

const MAX_DEPTH = 5

/**
 * What is wrong with a rule an editor wrote (empty when it is sound), with
 * the path to the bad part: `all[1].atLeast must be a whole number`.
 */
export function ruleProblems(rule: unknown, path = 'rule', depth = 0): string[] {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return [`${path} must be an object`]
  if (depth > MAX_DEPTH) return [`${path} nests too deeply (at most ${MAX_DEPTH} levels)`]
  const keys = Object.keys(rule)
  for (const combinator of ['all', 'any'] as const) {
    if (keys.includes(combinator)) {
      const children = (rule as Record<string, unknown>)[combinator]
      if (keys.length !== 1) return [`${path} must have only "${combinator}"`]
      if (!Array.isArray(children) || children.length === 0) return [`${path}.${combinator} must be a non-empty list`]
      return children.flatMap((child, index) => ruleProblems(child, `${path}.${combinator}[${index}]`, depth + 1))
    }
  }
  const { stat, atLeast, game, ...rest } = rule as Record<string, unknown>
  const problems: string[] = []
  if (!STAT_NAMES.includes(stat as StatName)) problems.push(`${path}.stat must be one of ${STAT_NAMES.join(', ')}`)
  if (!Number.isInteger(atLeast) || (atLeast as number) < 0) problems.push(`${path}.atLeast must be a whole number`)
  if (game !== undefined && (typeof game !== 'string' || stat !== 'levels_completed')) {
    problems.push(`${path}.game only applies to levels_completed and must be a game slug`)
  }
  for (const key of Object.keys(rest)) problems.push(`${path}.${key} is not part of a rule`)
  return problems
}
