import type { CompiledLevel } from '#language/types'

/**
 * Every seeded level of every game, compiled (filled in once the seed
 * content exists).
 */
export function seededLevels(): Array<[string, CompiledLevel]> {
  return []
}
