import { CROPS } from './catalog.js'

/**
 * How far a plot's crop has grown, for the island and the HUD. Pure and
 * import-light, so the browser bundle can use it.
 *
 * @example growthStage({ crop: 'carrot', stage: 1 }) // → 'growing' (carrots ripen after 2 waterings)
 */
export function growthStage(plot: { crop: string | null; stage: number }): 'empty' | 'seed' | 'sprout' | 'growing' | 'ripe' {
  if (plot.crop === null) return 'empty'
  const growth = CROPS.get(plot.crop)?.growth ?? 1
  if (plot.stage >= growth) return 'ripe'
  if (plot.stage === 0) return 'seed'
  return plot.stage * 2 < growth ? 'sprout' : 'growing'
}
