import type { I18n } from '@adonisjs/i18n'
import type { FeedbackItem, Verdict } from '#language/types'

export type DescribedVerdict = Omit<Verdict, 'feedback' | 'error'> & {
  feedback: Array<FeedbackItem & { message: string }>
  error?: NonNullable<Verdict['error']> & { message: string }
}

/**
 * The checker speaks in message keys (it runs in the browser too); this
 * adds the sentence a player reads, in their language. Items with nothing
 * to suggest use the `_bare` wording.
 */
export function describeVerdict(verdict: Verdict, i18n: I18n): DescribedVerdict {
  const { error, ...rest } = verdict
  return {
    ...rest,
    feedback: verdict.feedback.map((item) => ({
      ...item,
      message: i18n.t(item.expected ? item.messageKey : `${item.messageKey}_bare`, item.params),
    })),
    ...(error ? { error: { ...error, message: i18n.t(error.messageKey, error.params) } } : {}),
  }
}
