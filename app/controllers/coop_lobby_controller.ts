import type { HttpContext } from '@adonisjs/core/http'
import { appUrl } from '#config/app'
import { coopConfig } from '#config/coop'
import gameRegistry from '#game_kit/registry'
import { coopLevel, roomSummary } from '#services/coop_lobby'
import { roomDirectory } from '#realtime/main'
import { PROTOCOL_VERSION } from '#realtime/protocol'
import { seedFrom } from '#game_kit/rng'
import { wordTiles } from '#queries/word_tiles'
import contentLibrary from '#services/content_library'

type Text = { en: string; ru?: string }

/**
 * The co-op pages: the lobby (pick a co-op level, open a room for friends,
 * join one by code, or quick match) and a room (its lobby with the ready
 * check, then the match, then the results).
 */
export default class CoopLobbyController {
  /** GET /coop */
  async index({ inertia, i18n, request }: HttpContext) {
    const text = (value: Text) => (i18n.locale === 'ru' ? (value.ru ?? value.en) : value.en)
    const games = gameRegistry
      .all()
      .filter((game) => game.coop)
      .map((game) => ({
        slug: game.slug,
        title: text(game.title),
        minPlayers: game.coop!.minPlayers,
        maxPlayers: game.coop!.maxPlayers,
        levels: game.coop!.levels.map((number) => {
          const level = game.levels.find((candidate) => candidate.number === number)!
          return { number, title: text(level.title), task: text(level.task), cefr: level.cefr, difficulty: level.difficulty }
        }),
      }))
    const wanted = { game: String(request.input('game', '')), level: Number(request.input('level', 0)) }
    return inertia.render('coop/lobby', {
      games,
      selected: games.some((game) => game.slug === wanted.game && game.levels.some((level) => level.number === wanted.level)) ? wanted : null,
      soloOfferSeconds: coopConfig.soloOfferSeconds,
    })
  }

  /** GET /coop/:code */
  async show({ inertia, i18n, params, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const preferences = { voiceInput: user.voiceInput, voiceOutput: user.voiceOutput }
    const record = await roomDirectory.get(params.code)
    if (!record || record.phase === 'ended') {
      return inertia.render('coop/room', { code: params.code, room: null, game: null, level: null, tiles: [], preferences, protocol: PROTOCOL_VERSION })
    }
    const { game, level } = coopLevel(record.game, record.level)
    const locale = i18n.locale === 'ru' ? 'ru' : 'en'
    const text = (value: Text) => (locale === 'ru' ? (value.ru ?? value.en) : value.en)
    const compiled = await contentLibrary.level(game.slug, level.number)
    return inertia.render('coop/room', {
      code: record.code,
      room: roomSummary(record, appUrl),
      game: { slug: game.slug, title: text(game.title) },
      level: {
        number: level.number,
        title: text(level.title),
        task: text(level.task),
        canonical: level.canonical,
        hints: level.hints.map(text),
        cefr: level.cefr,
        difficulty: level.difficulty,
        grammar: level.grammar.map((key) => ({ key, title: compiled?.patterns[key]?.title[locale] ?? compiled?.patterns[key]?.title.en ?? key })),
        goals: level.goals,
        timeLimitSeconds: game.coop!.timeLimitSeconds,
      },
      // The same board for a player on every visit of the level (co-op has no restarts).
      tiles: compiled ? wordTiles(level, compiled, seedFrom(user.id, game.slug, level.number, 0)) : [],
      preferences,
      protocol: PROTOCOL_VERSION,
    })
  }
}
