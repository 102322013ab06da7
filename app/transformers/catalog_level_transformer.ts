import { BaseTransformer } from '@adonisjs/core/transformers'
import type { LocalizedText } from '#game_kit/types'
import type { CatalogLevel, PatternTitles } from '#queries/catalog'

export type CatalogContext = { locale: 'en' | 'ru'; patterns: PatternTitles }

/**
 * A level as the catalog lists it, in the interface language: its card,
 * the player's state and where to play it. Never the answers: the model
 * phrase, accepted templates and hints stay on the server.
 */
export default class CatalogLevelTransformer extends BaseTransformer<CatalogLevel> {
  constructor(
    resource: CatalogLevel,
    protected context: CatalogContext
  ) {
    super(resource)
  }

  toObject() {
    const { game, level, coop, state, bestScore, attempts, reason } = this.resource
    const text = (value: LocalizedText) => value[this.context.locale] ?? value.en
    const patternTitle = (key: string) => {
      const title = this.context.patterns.get(key)?.title
      return title ? text(title) : key.replace(/_/g, ' ')
    }
    return {
      game: game.slug,
      gameTitle: text(game.title),
      number: level.number,
      key: level.key,
      title: text(level.title),
      task: text(level.task),
      cefr: level.cefr as string,
      difficulty: level.difficulty,
      topics: (level.tags ?? []).filter((tag) => tag !== game.slug),
      grammar: level.grammar.map((key) => ({ key, title: patternTitle(key) })),
      words: level.vocabulary.length,
      state: state as string,
      bestScore,
      attempts,
      mode: coop ? ('coop' as const) : ('solo' as const),
      players: coop && game.coop ? { min: game.coop.minPlayers, max: game.coop.maxPlayers } : null,
      href: state === 'locked' ? null : coop ? `/coop?game=${game.slug}&level=${level.number}` : `/play/${game.slug}/${level.number}`,
      reason: reason
        ? {
            kind: reason.kind as string,
            ruleKey: reason.kind === 'weak_rule' ? reason.ruleKey : null,
            ruleTitle: reason.kind === 'weak_rule' ? patternTitle(reason.ruleKey) : null,
            feedbackKind: reason.kind === 'weak_kind' ? reason.feedbackKind : null,
            misses: reason.kind === 'next' ? 0 : reason.misses,
          }
        : null,
    }
  }
}
