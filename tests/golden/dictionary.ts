import contentLibrary from '#services/content_library'

/**
 * The same dictionary the app passes to the checker.
 */
export function dictionary() {
  return contentLibrary.dictionary()
}
