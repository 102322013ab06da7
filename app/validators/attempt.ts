import vine from '@vinejs/vine'
import { MAX_UTTERANCE_LENGTH } from '#language/types'

/**
 * POST /api/games/:game/levels/:level/attempts: one phrase. Voice input
 * sends the recogniser's n-best `alternatives` as well (the first is usually
 * `utterance`).
 */
export const createAttemptValidator = vine.create({
  utterance: vine.string().trim().minLength(1).maxLength(MAX_UTTERANCE_LENGTH),
  inputMode: vine.enum(['text', 'voice', 'tiles'] as const),
  alternatives: vine.array(vine.string().trim().minLength(1).maxLength(MAX_UTTERANCE_LENGTH)).minLength(1).maxLength(10).optional(),
  hintsUsed: vine.number().withoutDecimals().min(0).max(10).optional(),
})

/** Route parameters of the play routes. */
export const playParams = {
  game: { match: /^[a-z][a-z0-9]{1,29}$/ },
  level: { match: /^[1-9][0-9]{0,3}$/, cast: (value: string) => Number(value) },
}
