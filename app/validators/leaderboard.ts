import vine from '@vinejs/vine'

/**
 * GET /api/leaderboards?period=weekly|all_time&game=<slug|global>: which
 * board. Both default (this week, all games); a game must be registered,
 * which the controller checks.
 */
export const leaderboardQueryValidator = vine.create({
  period: vine.enum(['weekly', 'all_time'] as const).optional(),
  game: vine.string().trim().regex(/^[a-z][a-z0-9]{1,29}$/).optional(),
})
