import { BaseTransformer } from '@adonisjs/core/transformers'
import type { CatalogGame } from '#queries/catalog'
import CatalogLevelTransformer, { type CatalogContext } from '#transformers/catalog_level_transformer'

/**
 * A game in the catalog with the levels that match the filters, and how
 * far the player got in the whole game.
 */
export default class CatalogGameTransformer extends BaseTransformer<CatalogGame> {
  constructor(
    resource: CatalogGame,
    protected context: CatalogContext
  ) {
    super(resource)
  }

  toObject() {
    const { game, levels, completed, total } = this.resource
    const locale = this.context.locale
    return {
      slug: game.slug,
      title: game.title[locale] ?? game.title.en,
      description: game.description[locale] ?? game.description.en,
      modes: [...game.modes] as string[],
      completed,
      total,
      levels: CatalogLevelTransformer.transform(levels, this.context),
    }
  }
}
