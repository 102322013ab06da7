/**
 * Damerau distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbours), stopping early once it is
 * known to exceed `limit`. Words here are short, and the checker asks
 * thousands of times per second, so it is allocation-light and bounded;
 * the npm packages we looked at allocate a full matrix per call.
 *
 * @example
 * damerau('carot', 'carrot', 2) // 1 (one letter missing)
 * damerau('plnat', 'plant', 2)  // 1 (two neighbours swapped)
 * damerau('cow', 'horse', 2)    // 3 (more than the limit: any value > 2)
 */
export function damerau(a: string, b: string, limit: number): number {
  if (a === b) return 0
  const lengthA = a.length
  const lengthB = b.length
  if (Math.abs(lengthA - lengthB) > limit) return limit + 1
  if (lengthA === 0) return lengthB
  if (lengthB === 0) return lengthA

  // Three rolling rows: two rows back (for swaps), previous, current.
  let twoBack = new Array<number>(lengthB + 1).fill(0)
  let previous = new Array<number>(lengthB + 1)
  let current = new Array<number>(lengthB + 1)
  for (let j = 0; j <= lengthB; j++) previous[j] = j

  for (let i = 1; i <= lengthA; i++) {
    current[0] = i
    let rowMinimum = i
    const charA = a.charCodeAt(i - 1)
    for (let j = 1; j <= lengthB; j++) {
      const charB = b.charCodeAt(j - 1)
      const cost = charA === charB ? 0 : 1
      let value = previous[j] + 1
      const insertion = current[j - 1] + 1
      if (insertion < value) value = insertion
      const substitution = previous[j - 1] + cost
      if (substitution < value) value = substitution
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        const swap = twoBack[j - 2] + 1
        if (swap < value) value = swap
      }
      current[j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    if (rowMinimum > limit) return limit + 1
    const recycled = twoBack
    twoBack = previous
    previous = current
    current = recycled
  }
  return previous[lengthB]
}

/**
 * How far a word may be from the expected one and still count as a typo:
 * one edit for words of up to five letters, two for longer ones.
 */
export function typoLimit(word: string) {
  return word.length <= 5 ? 1 : 2
}
