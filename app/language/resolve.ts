/**
 * The resolution rule of the content library: for game G, an override row
 * for G wins over the canonical row with the same natural key; rows only G
 * has are added. Pure: used by the content service and by tests alike.
 */

import type { GameOverridesData, IntentData, LexemeData, PhraseData } from '#language/content'

export type LibraryContent = {
  lexemes: LexemeData[]
  intents: IntentData[]
  phrases: PhraseData[]
}

function overlay<T extends { key: string }>(canonical: T[], overrides: T[] | undefined): T[] {
  if (!overrides || overrides.length === 0) return canonical
  const byKey = new Map(overrides.map((row) => [row.key, row]))
  const merged = canonical.map((row) => byKey.get(row.key) ?? row)
  const known = new Set(canonical.map((row) => row.key))
  return [...merged, ...overrides.filter((row) => !known.has(row.key))]
}

/**
 * @example
 * resolveForGame({ lexemes: [field], intents: [plant], phrases }, { intents: [plantWithSow] })
 * // plant comes from the game's override, the rest is canonical
 */
export function resolveForGame(canonical: LibraryContent, overrides: GameOverridesData = {}): LibraryContent {
  return {
    lexemes: overlay(canonical.lexemes, overrides.lexemes),
    intents: overlay(canonical.intents, overrides.intents),
    phrases: overlay(canonical.phrases, overrides.phrases),
  }
}
