import type { CompiledLevel } from '#language/types'
import type { GameLevel } from '#game_kit/types'
import { createRng } from '#game_kit/rng'

const MAX_TILES = 14

/**
 * Word tiles for a level: the words of its model answer, the level's
 * vocabulary (so every goal can be built), and distractors that are other
 * forms of the same words ("potato" beside "potatoes"), shuffled by `seed`
 * so a player sees the same board until they restart.
 */
export function wordTiles(level: GameLevel, compiled: CompiledLevel, seed: number): string[] {
  const answer = level.canonical
    .split(/\s+/)
    .map((word) => word.replace(/[.,!?;:"“”]/g, ''))
    .filter(Boolean)
  const tiles = new Set<string>(answer.map((word, index) => (index === 0 ? word : word.toLowerCase())))
  const lower = new Set([...tiles].map((word) => word.toLowerCase()))
  const add = (word: string | undefined) => {
    if (!word || lower.has(word.toLowerCase()) || tiles.size >= MAX_TILES) return
    tiles.add(word)
    lower.add(word.toLowerCase())
  }

  const lexemes = level.vocabulary.flatMap((key) => (Object.hasOwn(compiled.lexemes, key) ? [compiled.lexemes[key]] : []))
  // Every vocabulary word, capitalised when it can open an order (a verb).
  for (const lexeme of lexemes) add(lexeme.pos === 'verb' ? capitalise(lexeme.lemma) : lexeme.lemma)
  // Other forms of the answer's words: the mistakes worth tempting.
  for (const word of answer) {
    for (const readings of compiled.words[word.toLowerCase()] ?? []) {
      const lexeme = compiled.lexemes[readings.lexeme]
      if (!lexeme) continue
      for (const form of ['lemma', 'plural', 'third', 'past']) add(lexeme.forms[form])
    }
  }
  for (const lexeme of lexemes) if (lexeme.pos === 'noun') add(lexeme.forms.plural)

  const shuffled = [...tiles]
  const rng = createRng(seed)
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = rng.int(index + 1)
    ;[shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]]
  }
  return shuffled
}

function capitalise(word: string) {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
