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

  // Three rolling rows: two rows back (for swaps), previous, current;
  // reused between calls (words are short).
  if (rows[0].length <= lengthB) rows = [new Int32Array(lengthB * 2 + 2), new Int32Array(lengthB * 2 + 2), new Int32Array(lengthB * 2 + 2)]
  let [twoBack, previous, current] = rows
  for (let j = 0; j <= lengthB; j++) {
    previous[j] = j
    twoBack[j] = 0
  }

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

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/**
 * How far a word may be from the expected one and still count as a typo:
 * one edit for words of up to five letters, two for longer ones.
 */
export function typoLimit(word: string) {
  return word.length <= 5 ? 1 : 2
}

/**
 * Which of the letters a–z a word contains, as bits. One edit changes at
 * most two of them, so words whose masks differ in more than 2 × limit bits
 * cannot be within `limit` edits: a cheap test before the real distance.
 */
function letterMask(word: string) {
  let mask = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index) - 97
    mask |= code >= 0 && code < 26 ? 1 << code : 1 << 26
  }
  return mask
}

function bitCount(value: number) {
  let v = value - ((value >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

const masks = new Map<string, number>()
function maskOf(word: string) {
  let mask = masks.get(word)
  if (mask === undefined) {
    mask = letterMask(word)
    if (masks.size < 50_000) masks.set(word, mask)
  }
  return mask
}

/**
 * True when `a` is at most `limit` edits from `b`.
 */
export function within(a: string, b: string, limit: number) {
  if (Math.abs(a.length - b.length) > limit) return false
  if (bitCount(maskOf(a) ^ maskOf(b)) > 2 * limit) return false
  return damerau(a, b, limit) <= limit
}
