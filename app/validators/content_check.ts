import vine from '@vinejs/vine'

/**
 * POST /api/content/check: try a phrase against a level.
 */
export const contentCheckValidator = vine.create({
  game: vine.string().regex(/^[a-z][a-z0-9_]*$/).maxLength(40),
  level: vine.number().withoutDecimals().min(1).max(1000),
  // Voice input sends its n-best alternatives instead.
  utterance: vine.string().maxLength(1000).optional().requiredIfMissing('alternatives'),
  alternatives: vine.array(vine.string().maxLength(1000)).minLength(1).maxLength(10).optional(),
  locale: vine.enum(['en', 'ru'] as const).optional(),
})
