import { Exception } from '@adonisjs/core/exceptions'

/**
 * A refusal of ours whose message the player reads in their language: the
 * exception handler translates `translationKey` with `translationParams`.
 */
export default class TranslatedException extends Exception {
  constructor(
    status: number,
    code: string,
    readonly translationKey: string,
    readonly translationParams: Record<string, string | number> = {}
  ) {
    super(translationKey, { status, code })
  }
}
