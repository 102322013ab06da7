import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Lexeme from '#models/lexeme'
import GrammarPattern from '#models/grammar_pattern'
import Intent from '#models/intent'
import Phrase from '#models/phrase'
import GameLexeme from '#models/game_lexeme'
import GameIntent from '#models/game_intent'
import GamePhrase from '#models/game_phrase'

type Exportable = { status: string; toData(): object }

function withStatus(row: Exportable) {
  return row.status === 'published' ? row.toData() : { ...row.toData(), status: row.status }
}

/**
 * Writes the whole library as import-ready JSON: lexemes, grammar patterns,
 * intents, phrases, and overrides.<game>.json per game. Importing the
 * folder again changes nothing.
 */
export async function exportContent(folder: string) {
  await mkdir(folder, { recursive: true })
  const write = (name: string, value: unknown) => writeFile(join(folder, name), `${JSON.stringify(value, null, 2)}\n`)

  const [lexemes, patterns, intents, phrases, gameLexemes, gameIntents, gamePhrases] = await Promise.all([
    Lexeme.query().orderBy('key'),
    GrammarPattern.query().orderBy('key'),
    Intent.query().orderBy('key'),
    Phrase.query().orderBy('key'),
    GameLexeme.query().orderBy('game_slug').orderBy('key'),
    GameIntent.query().orderBy('game_slug').orderBy('key'),
    GamePhrase.query().orderBy('game_slug').orderBy('key'),
  ])
  await write('lexemes.json', lexemes.map(withStatus))
  await write('grammar_patterns.json', patterns.map(withStatus))
  await write('intents.json', intents.map(withStatus))
  await write('phrases.json', phrases.map(withStatus))

  const games = new Set([...gameLexemes, ...gameIntents, ...gamePhrases].map((row) => row.gameSlug))
  for (const game of games) {
    await write(`overrides.${game}.json`, {
      lexemes: gameLexemes.filter((row) => row.gameSlug === game).map(withStatus),
      intents: gameIntents.filter((row) => row.gameSlug === game).map(withStatus),
      phrases: gamePhrases.filter((row) => row.gameSlug === game).map(withStatus),
    })
  }
  return {
    lexemes: lexemes.length,
    patterns: patterns.length,
    intents: intents.length,
    phrases: phrases.length,
    games: [...games],
  }
}
