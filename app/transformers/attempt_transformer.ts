import { BaseTransformer } from '@adonisjs/core/transformers'
import gameRegistry from '#game_kit/registry'
import type Attempt from '#models/attempt'

/**
 * An attempt in the player's history: what they said where, how it went
 * and which kinds of mistakes the feedback found (each once, in order).
 */
export default class AttemptTransformer extends BaseTransformer<Attempt> {
  constructor(
    resource: Attempt,
    protected locale: 'en' | 'ru'
  ) {
    super(resource)
  }

  toObject() {
    const attempt = this.resource
    const game = gameRegistry.find(attempt.gameSlug)
    const level = gameRegistry.level(attempt.gameSlug, attempt.level)
    const feedback = Array.isArray(attempt.feedback) ? attempt.feedback : []
    return {
      id: attempt.id,
      game: attempt.gameSlug,
      gameTitle: game ? (game.title[this.locale] ?? game.title.en) : attempt.gameSlug,
      level: attempt.level,
      levelTitle: level ? (level.title[this.locale] ?? level.title.en) : null,
      utterance: attempt.utterance,
      inputMode: attempt.inputMode as string,
      passed: attempt.passed,
      score: attempt.score,
      feedbackKinds: [...new Set(feedback.map((item) => item.kind as string))],
      createdAt: attempt.createdAt.toISO()!,
    }
  }
}
