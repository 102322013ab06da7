import { DateTime } from 'luxon'
import type { I18n } from '@adonisjs/i18n'
import { check } from '#language/check'
import type { Verdict } from '#language/types'
import { allMet } from '#game_kit/goals'
import { createRng } from '#game_kit/rng'
import type { GameStateBase, GoalProgress, Refusal } from '#game_kit/types'
import Attempt, { type InputMode } from '#models/attempt'
import type User from '#models/user'
import contentLibrary from '#services/content_library'
import { describeVerdict } from '#services/verdict_messages'
import { assertUnlocked, findLevel, progressFor, transactionRetryingConflicts } from '#services/play_levels'
import PlayException from '#exceptions/play_exception'

export type AttemptInput = {
  game: string
  level: number
  utterance: string
  inputMode: InputMode
  alternatives?: string[]
  hintsUsed?: number
}

export type GameOutcome = {
  accepted: boolean
  /** Why the game did not carry the phrase out (null: the language side refused it). */
  reason: (Refusal & { message: string }) | null
  state: GameStateBase
  goals: GoalProgress[]
  levelComplete: boolean
}

/**
 * One solo move: the checker judges the phrase against the level's content,
 * the game's rules carry out what passed, and the attempt and the saved game
 * are written in one transaction. Awards follow in a queue job.
 */
export async function recordAttempt(user: User, input: AttemptInput, i18n: I18n) {
  const { game, level } = findLevel(input.game, input.level)
  await assertUnlocked(user, game.slug, level.number)
  const compiled = await contentLibrary.level(game.slug, level.number)
  if (!compiled) throw PlayException.unknownLevel(game.slug, level.number)

  const uiLocale = i18n.locale === 'ru' ? 'ru' : 'en'
  const verdict: Verdict = check(input.alternatives ?? input.utterance, compiled, {
    uiLocale,
    inputMode: input.inputMode,
    dictionary: await contentLibrary.dictionary(),
  })
  const hintsUsed = input.hintsUsed ?? 0

  const { attempt, outcome } = await transactionRetryingConflicts(async (trx) => {
    const progress = await progressFor(trx, user, game, level)
    const before = progress.state
    const wasComplete = allMet(before.goals)

    let outcome: GameOutcome = { accepted: false, reason: null, state: before, goals: before.goals, levelComplete: wasComplete }
    const intent = verdict.passed ? verdict.intent : null
    if (intent && level.allowedIntents.includes(intent.name)) {
      const rng = createRng(progress.rngState)
      const result = game.rules.apply(before, { name: intent.name, slots: intent.slots, countsForGoal: verdict.goalMatched }, rng)
      outcome = {
        accepted: result.accepted,
        reason: result.reason ? { ...result.reason, message: i18n.t(`${game.slug}.refusals.${result.reason.key}`, result.reason.params ?? {}) } : null,
        state: result.state,
        goals: result.goals,
        levelComplete: result.levelComplete,
      }
      if (result.accepted) {
        progress.state = result.state
        progress.rngState = rng.state
      }
    }

    const goalsMet = outcome.goals.flatMap((goal, index) => (goal.met && !before.goals[index]?.met ? [index] : []))
    const levelCompleted = outcome.levelComplete && !wasComplete
    progress.attemptsCount += 1
    if (verdict.passed) progress.passedCount += 1
    progress.bestScore = Math.max(progress.bestScore, verdict.score)
    progress.hintsUsed = Math.max(progress.hintsUsed, hintsUsed)
    if (levelCompleted && !progress.completedAt) progress.completedAt = DateTime.now()
    await progress.useTransaction(trx).save()

    const attempt = await Attempt.create(
      {
        userId: user.id,
        gameSlug: game.slug,
        level: level.number,
        utterance: verdict.utterance.slice(0, 300),
        inputMode: input.inputMode,
        passed: verdict.passed,
        score: verdict.score,
        feedback: verdict.feedback,
        intent: verdict.intent,
        gameAccepted: outcome.accepted,
        refusal: outcome.reason?.key ?? null,
        attemptNumber: progress.attemptsCount,
        hintsUsed,
        goalsMet,
        levelCompleted,
      },
      { client: trx }
    )
    return { attempt, outcome }
  })

  const described = describeVerdict(verdict, i18n)
  return {
    attempt: {
      id: attempt.id,
      passed: verdict.passed,
      score: verdict.score,
      feedback: described.feedback,
      error: described.error,
      intent: verdict.intent,
      goalMatched: verdict.goalMatched,
      utterance: verdict.utterance,
      expected: verdict.expected,
      explanation: verdict.explanation ?? null,
      examples: verdict.examples,
    },
    game: outcome,
    record: attempt,
  }
}
