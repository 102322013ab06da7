import { DateTime } from 'luxon'
import Attempt from '#models/attempt'
import LevelProgress from '#models/level_progress'
import type User from '#models/user'
import type { FeedbackItem } from '#language/types'

/**
 * A saved position on a level, as the attempts API leaves it.
 */
export function levelProgress(user: User, level: number, values: { completed?: boolean; attempts?: number; bestScore?: number } = {}) {
  const attempts = values.attempts ?? (values.completed ? 1 : 0)
  return LevelProgress.create({
    userId: user.id,
    gameSlug: 'farm',
    level,
    state: { goals: [], turn: attempts },
    rngState: 1,
    attemptsCount: attempts,
    passedCount: values.completed ? 1 : 0,
    bestScore: values.bestScore ?? (values.completed ? 100 : 0),
    hintsUsed: 0,
    completedAt: values.completed ? DateTime.now() : null,
  })
}

/** A feedback item of the checker's shape. */
export function mistake(kind: FeedbackItem['kind'], ruleKey?: string): FeedbackItem {
  return { kind, start: 0, end: 1, text: 'x', messageKey: `language.feedback.${kind}`, params: {}, blocking: kind !== 'typo', ...(ruleKey ? { ruleKey } : {}) }
}

let attemptNumber = 0

/**
 * An attempt row, newer than every one before it.
 */
export function attempt(
  user: User,
  level: number,
  values: { passed?: boolean; score?: number; feedback?: FeedbackItem[]; utterance?: string; inputMode?: string; at?: DateTime } = {}
) {
  attemptNumber += 1
  const passed = values.passed ?? false
  return Attempt.create({
    userId: user.id,
    gameSlug: 'farm',
    level,
    utterance: values.utterance ?? `phrase ${attemptNumber}`,
    inputMode: (values.inputMode ?? 'text') as 'text',
    passed,
    score: values.score ?? (passed ? 100 : 60),
    feedback: values.feedback ?? [],
    intent: null,
    gameAccepted: passed,
    attemptNumber,
    hintsUsed: 0,
    goalsMet: [],
    levelCompleted: false,
    ...(values.at ? { createdAt: values.at } : {}),
  })
}
