import type { HttpContext } from '@adonisjs/core/http'
import { catalogFor } from '#queries/catalog'
import { catalogFiltersFrom } from '#validators/catalog'
import CatalogGameTransformer from '#transformers/catalog_game_transformer'
import CatalogLevelTransformer from '#transformers/catalog_level_transformer'

/**
 * GET /games: every game and its levels, filtered by the query string
 * (a plain GET form, so it works without JavaScript). Public; a signed-in
 * player also sees their state per level, where to continue and what to
 * practise next.
 */
export default class CatalogController {
  async index({ request, auth, inertia, i18n }: HttpContext) {
    const filters = await catalogFiltersFrom(request.qs())
    const user = auth.user ?? null
    const catalog = await catalogFor(user, filters)
    const context = { locale: i18n.locale === 'ru' ? ('ru' as const) : ('en' as const), patterns: catalog.patterns }

    return inertia.render('games/index', {
      filters: catalog.filters,
      facets: {
        topics: catalog.facets.topics,
        grammar: catalog.facets.grammar.map((key) => {
          const title = catalog.patterns.get(key)?.title
          return { key, title: (title && (title[context.locale] ?? title.en)) || key.replace(/_/g, ' ') }
        }),
        cefr: [...catalog.facets.cefr] as string[],
      },
      totals: catalog.totals,
      games: CatalogGameTransformer.transform(catalog.games, context),
      continueLevel: CatalogLevelTransformer.transform(catalog.continueLevel, context),
      recommended: CatalogLevelTransformer.transform(catalog.recommended, context),
    })
  }
}
