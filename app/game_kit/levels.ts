import { readFileSync } from 'node:fs'
import type { GameLevel } from './types.js'

/**
 * A game's levels from its `content/levels.json` (data an editor may
 * change; the registry validates it at boot).
 *
 * @example loadLevels(new URL('./content/levels.json', import.meta.url))
 */
export function loadLevels(file: URL): GameLevel[] {
  return JSON.parse(readFileSync(file, 'utf8')) as GameLevel[]
}
