import Lexeme from '#models/lexeme'
import GameLexeme from '#models/game_lexeme'
import type { LexemeForms, Translations } from '#language/content'

export type GlossaryEntry = { key: string; lemma: string; forms: LexemeForms; translations: Translations }

/**
 * Published lexemes for the given games, looked up the way the games see
 * them: a game's override when one exists, otherwise the canonical row.
 * A key with no row at all falls back to the lemma inside the key
 * (`en:carrot:noun` → `carrot`) so a word never disappears from a list.
 */
export async function lexemeGlossary(keys: string[], games: string[]) {
  const unique = [...new Set(keys)]
  const [canonical, overrides] =
    unique.length === 0
      ? [[], []]
      : await Promise.all([
          Lexeme.query().whereIn('key', unique).where('status', 'published'),
          games.length === 0
            ? Promise.resolve([] as GameLexeme[])
            : GameLexeme.query().whereIn('key', unique).whereIn('game_slug', games).where('status', 'published'),
        ])

  const byKey = new Map<string, GlossaryEntry>(canonical.map((row) => [row.key, entryOf(row)]))
  const byGame = new Map<string, GlossaryEntry>(overrides.map((row) => [`${row.gameSlug}\u0000${row.key}`, entryOf(row)]))

  return (game: string, key: string): GlossaryEntry =>
    byGame.get(`${game}\u0000${key}`) ?? byKey.get(key) ?? { key, lemma: lemmaOfKey(key), forms: {}, translations: {} }
}

function entryOf(row: { key: string; lemma: string; forms: LexemeForms; translations: Translations }): GlossaryEntry {
  return { key: row.key, lemma: row.lemma, forms: row.forms ?? {}, translations: row.translations ?? {} }
}

/** `en:ice_cream:noun` → `ice cream`. */
export function lemmaOfKey(key: string) {
  return (key.split(':')[1] ?? key).replace(/_/g, ' ')
}
