import vine from '@vinejs/vine'
import { MAX_UTTERANCE_LENGTH } from '#language/types'

/**
 * The frames a co-op client may send (app/realtime/protocol.ts), one
 * validator per `type`. A frame of an unknown type never gets here.
 */
export const coopFrameValidators = {
  ready: vine.create({ type: vine.literal('ready'), ready: vine.boolean({ strict: true }) }),
  start: vine.create({ type: vine.literal('start'), solo: vine.literal(true) }),
  command: vine.create({
    type: vine.literal('command'),
    seq: vine.number({ strict: true }).withoutDecimals().min(0).max(Number.MAX_SAFE_INTEGER),
    utterance: vine.string().trim().minLength(1).maxLength(MAX_UTTERANCE_LENGTH),
    alternatives: vine.array(vine.string().trim().minLength(1).maxLength(MAX_UTTERANCE_LENGTH)).minLength(1).maxLength(10).optional(),
    inputMode: vine.enum(['text', 'voice', 'tiles'] as const).optional(),
  }),
  leave: vine.create({ type: vine.literal('leave') }),
  ping: vine.create({ type: vine.literal('ping'), t: vine.number({ strict: true }).optional() }),
}

export type CoopFrameType = keyof typeof coopFrameValidators

/** A room to open for friends: the game and one of its co-op levels. */
export const createCoopRoomValidator = vine.create({
  game: vine.string().trim().regex(/^[a-z][a-z0-9]{1,29}$/),
  level: vine.number().withoutDecimals().min(1).max(9999),
})

/** Quick match: the same, matched with players of a similar level. */
export const quickMatchValidator = createCoopRoomValidator

/** A ticket for a room by its invite code. */
export const coopTicketValidator = vine.create({
  room: vine
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6}$/),
})

/**
 * POST /api/coop/match-results from an external hub: one match, its
 * players and what each did. The results service checks the game and
 * level; this checks the shape.
 */
export const matchResultsValidator = vine.create({
  matchId: vine.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/),
  game: vine.string().trim().regex(/^[a-z][a-z0-9]{1,29}$/),
  level: vine.number().withoutDecimals().min(1).max(9999),
  outcome: vine.enum(['won', 'lost', 'timeout', 'abandoned', 'interrupted'] as const),
  startedAt: vine.date({ formats: ['iso8601'] }),
  endedAt: vine.date({ formats: ['iso8601'] }).afterOrSameAs('startedAt'),
  ticks: vine.number().withoutDecimals().min(0).optional(),
  players: vine
    .array(
      vine.object({
        userId: vine.number().withoutDecimals().min(1),
        seat: vine.number().withoutDecimals().min(0).max(7).optional(),
        commands: vine.number().withoutDecimals().min(0).max(100000),
        passed: vine.number().withoutDecimals().min(0).max(100000),
        accepted: vine.number().withoutDecimals().min(0).max(100000),
        score: vine.number().withoutDecimals().min(0).max(10000000),
      })
    )
    .minLength(1)
    .maxLength(8)
    .distinct('userId'),
})
