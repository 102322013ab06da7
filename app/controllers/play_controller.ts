import type { HttpContext } from '@adonisjs/core/http'
import type { JSONDataTypes } from '@adonisjs/core/types/transformers'
import { allMet } from '#game_kit/goals'
import { seedFrom } from '#game_kit/rng'
import { levelSession } from '#queries/level_session'
import { wordTiles } from '#queries/word_tiles'
import contentLibrary from '#services/content_library'
import { isUnlocked } from '#services/play_levels'
import PlayException from '#exceptions/play_exception'

/**
 * GET /play/:game/:level: the play page (server-rendered shell; the game's
 * island loads in the browser).
 */
export default class PlayController {
  async show({ params, auth, inertia, i18n, response, session }: HttpContext) {
    const user = auth.getUserOrFail()
    let loaded
    try {
      loaded = await levelSession(user, params.game, params.level)
    } catch (error) {
      // A co-op level is played from the lobby.
      if (error instanceof PlayException && error.translationKey === 'play.errors.played_together') {
        return response.redirect().toPath(`/coop?game=${params.game}&level=${params.level}`)
      }
      // A locked level is a place in the catalog, not an error page.
      if (!(error instanceof PlayException) || error.status !== 403) throw error
      session.flash('error', i18n.t(error.translationKey, error.translationParams))
      return response.redirect().toPath('/games')
    }
    const { game, level, progress } = loaded
    const compiled = await contentLibrary.level(game.slug, level.number)
    if (!compiled) throw PlayException.unknownLevel(game.slug, level.number)

    const next = game.levels.find((candidate) => candidate.number === level.number + 1)
    const locale = i18n.locale === 'ru' ? 'ru' : 'en'
    const text = (value: { en: string; ru?: string }) => value[locale] ?? value.en

    return inertia.render('games/play', {
      game: { slug: game.slug, title: text(game.title), levels: game.levels.length },
      level: {
        number: level.number,
        title: text(level.title),
        task: text(level.task),
        canonical: level.canonical,
        hints: level.hints.map(text),
        cefr: level.cefr,
        difficulty: level.difficulty,
        grammar: level.grammar.map((key) => ({ key, title: compiled.patterns[key]?.title[locale] ?? compiled.patterns[key]?.title.en ?? key })),
        tutorial: level.number === 1,
      },
      saved: {
        state: progress.state as unknown as { [key: string]: JSONDataTypes },
        goals: progress.state.goals,
        levelComplete: allMet(progress.state.goals),
        attempts: progress.attemptsCount,
        bestScore: progress.bestScore,
        completed: progress.completedAt !== null,
      },
      tiles: wordTiles(level, compiled, seedFrom(user.id, game.slug, level.number, progress.attemptsCount)),
      nextLevel: next ? { number: next.number, title: text(next.title), unlocked: await isUnlocked(user, game.slug, next.number) } : null,
      preferences: { voiceInput: user.voiceInput, voiceOutput: user.voiceOutput },
    })
  }
}
