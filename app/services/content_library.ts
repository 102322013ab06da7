import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import type { GrammarPatternData, LevelLanguageData } from '#language/content'
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
import { englishDictionary } from '#services/english_dictionary'
import gameRegistry from '#game_kit/registry'

/**
 * Published content, resolved for a game (its overrides first) and
 * compiled per level, cached until content changes. The one place the
 * rest of the app gets a level's language side from.
 */
class ContentLibrary {
  #compiled = new Map<string, Promise<CompiledLevel>>()
  #levels = new Map<string, Promise<LevelLanguageData[]>>()
  #content = new Map<string, Promise<LibraryContent & { patterns: GrammarPatternData[] }>>()

  /**
   * The language side of a game's levels: from the registry, or for content
   * of a game not registered yet, its data under games/<slug>/content.
   */
  levelsOf(game: string): Promise<LevelLanguageData[]> {
    // A registered game's levels are the ones its manifest validated at boot.
    const registered = gameRegistry.find(game)
    if (registered) return Promise.resolve(registered.levels)
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
      compiled.catch(() => this.#compiled.get(cacheKey) === compiled && this.#compiled.delete(cacheKey))
    }
    return compiled
  }

  /**
   * Compiles a level's language side against the stored content (the level
   * itself uncached: a level being edited, a preview).
   */
  async compile(game: string, level: LevelLanguageData): Promise<CompiledLevel> {
    const content = await this.#contentFor(game)
    return compileLevel({ game, language: 'en', ...content, level })
  }

  /**
   * The published library resolved for a game, read once for all its
   * levels until content changes.
   */
  #contentFor(game: string) {
    let content = this.#content.get(game)
    if (!content) {
      content = Promise.all([this.#canonical(), this.#overrides(game), GrammarPattern.query().where('status', 'published').orderBy('key')]).then(
        ([canonical, overrides, patterns]) => ({
          ...resolveForGame(canonical, overrides),
          patterns: patterns.map((pattern) => pattern.toData()),
        })
      )
      this.#content.set(game, content)
      content.catch(() => this.#content.get(game) === content && this.#content.delete(game))
    }
    return content
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
   * The word list the checker tells typos from wrong words with.
   */
  dictionary(): Promise<Set<string>> {
    return englishDictionary()
  }

  /**
   * Content changed (import, editor): compile again on next use.
   */
  invalidate() {
    this.#compiled.clear()
    this.#levels.clear()
    this.#content.clear()
  }
}

const contentLibrary = new ContentLibrary()
export default contentLibrary
