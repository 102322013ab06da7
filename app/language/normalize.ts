/**
 * Turns what a player wrote into tokens the checker compares, keeping each
 * token's character span in the original text (feedback points there).
 *
 * Normalisation: Unicode NFKC, lower case, one kind of apostrophe, English
 * contractions expanded (`don't` → `do not`), number words and digits read
 * as numbers (`three`, `3`, `twenty-one`, `one hundred`), listed spelling
 * variants mapped to the content's spelling, `ё` = `е` for Russian.
 * Punctuation is dropped (and remembered, for an optional note).
 */

export type Token = {
  /** Normalised word as compared (`do`, `not` for `don't`; `grey` for `gray`). */
  norm: string
  /** Span in the original text. */
  start: number
  end: number
  /** The original text of the span. */
  text: string
  /** Numeric value when the token is a number (digits or number words). */
  number?: number
  /** Index of the written word this token came from (two tokens share it for `don't`). */
  word: number
}

export type Tokenized = {
  tokens: Token[]
  /** Offsets of punctuation inside the sentence (not the final mark). */
  innerPunctuation: number[]
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘`´-][\p{L}\p{M}\p{N}]+)*/gu
const PUNCTUATION = /[!-/:-@[-`{-~\u00a1-\u00bf\u2010-\u2027\u2030-\u205e]/u

/**
 * English contractions, written with a plain apostrophe.
 */
const CONTRACTIONS: Record<string, string[]> = {
  "don't": ['do', 'not'],
  "doesn't": ['does', 'not'],
  "didn't": ['did', 'not'],
  "can't": ['can', 'not'],
  "cannot": ['can', 'not'],
  "won't": ['will', 'not'],
  "isn't": ['is', 'not'],
  "aren't": ['are', 'not'],
  "wasn't": ['was', 'not'],
  "weren't": ['were', 'not'],
  "haven't": ['have', 'not'],
  "hasn't": ['has', 'not'],
  "shouldn't": ['should', 'not'],
  "couldn't": ['could', 'not'],
  "let's": ['let', 'us'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "there's": ['there', 'is'],
  "here's": ['here', 'is'],
  "what's": ['what', 'is'],
  "i'm": ['i', 'am'],
  "you're": ['you', 'are'],
  "we're": ['we', 'are'],
  "they're": ['they', 'are'],
  "he's": ['he', 'is'],
  "she's": ['she', 'is'],
  "i've": ['i', 'have'],
  "we've": ['we', 'have'],
  "they've": ['they', 'have'],
  "i'll": ['i', 'will'],
  "we'll": ['we', 'will'],
  "you'll": ['you', 'will'],
  "they'll": ['they', 'will'],
  "i'd": ['i', 'would'],
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/**
 * The value of one number word or a run of them (`twenty one`, `one
 * hundred`, `a hundred`), from 0 to 100. Undefined when not a number.
 *
 * @example
 * numberValue(['twenty', 'one']) // 21
 */
export function numberValue(words: string[]): number | undefined {
  if (words.length === 0) return undefined
  if (words.length === 1 && /^\d{1,6}$/.test(words[0])) return Number(words[0])
  const parts = words.flatMap((word) => word.split('-'))
  if (parts.length === 1) {
    const word = parts[0]
    if (word in UNITS) return UNITS[word]
    if (word in TENS) return TENS[word]
    if (word === 'hundred') return 100
    return undefined
  }
  if (parts.length === 2) {
    const [first, second] = parts
    if (first in TENS && second in UNITS && UNITS[second] > 0 && UNITS[second] < 10) {
      return TENS[first] + UNITS[second]
    }
    if ((first === 'one' || first === 'a') && second === 'hundred') return 100
  }
  return undefined
}

function isNumberWord(word: string) {
  return word in UNITS || word in TENS || word === 'hundred' || /^\d{1,6}$/.test(word)
}

/**
 * Canonical form of one written word, before contractions.
 */
export function normalizeWord(word: string, language: string) {
  // NFKC: full-width letters and digits from CJK keyboards read as plain ones.
  let value = word.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'")
  if (language === 'ru') value = value.replace(/ё/g, 'е')
  return value
}

/**
 * @example
 * tokenize("Don't plant 3 carrots!", 'en').tokens.map((t) => t.norm)
 * // ['do', 'not', 'plant', '3', 'carrots']
 */
export function tokenize(input: string, language: string, spellings: Record<string, string> = {}): Tokenized {
  const written: Array<{ norm: string; start: number; end: number; text: string }> = []
  for (const match of input.matchAll(WORD)) {
    const start = match.index ?? 0
    let text = match[0]
    // The knights' horses (or a farmer' missing its s): a closing apostrophe
    // belongs to the word, unless the word opened with a quote ('carrots').
    const after = start + text.length
    if (language === 'en' && /['’]/.test(input[after] ?? '') && /^$|[\s.,!?;:]/.test(input[after + 1] ?? '') && !/['’‘]/.test(input[start - 1] ?? '')) {
      text = input.slice(start, after + 1)
    }
    written.push({ norm: normalizeWord(text, language), start, end: start + text.length, text })
  }

  const tokens: Token[] = []
  for (let index = 0; index < written.length; index++) {
    const word = written[index]

    // Numbers: a run of number words becomes one token (`twenty one`).
    if (language === 'en' && isNumberWord(word.norm.split('-')[0])) {
      const next = written[index + 1]
      const pair = next ? numberValue([word.norm, next.norm]) : undefined
      if (next && pair !== undefined && !/^\d/.test(word.norm)) {
        tokens.push({
          norm: `${word.norm} ${next.norm}`,
          start: word.start,
          end: next.end,
          text: input.slice(word.start, next.end),
          number: pair,
          word: index,
        })
        index++
        continue
      }
      const single = numberValue([word.norm])
      if (single !== undefined) {
        tokens.push({ ...word, number: single, word: index })
        continue
      }
    }

    // "a hundred"
    if (language === 'en' && word.norm === 'a' && written[index + 1]?.norm === 'hundred') {
      const next = written[index + 1]
      tokens.push({ norm: 'a hundred', start: word.start, end: next.end, text: input.slice(word.start, next.end), number: 100, word: index })
      index++
      continue
    }

    const expansion = language === 'en' ? CONTRACTIONS[word.norm] : undefined
    if (expansion) {
      for (const part of expansion) tokens.push({ norm: part, start: word.start, end: word.end, text: word.text, word: index })
      continue
    }

    const norm = spellings[word.norm] ?? word.norm
    tokens.push({ norm, start: word.start, end: word.end, text: word.text, word: index })
  }

  // Punctuation between words (a final full stop or question mark is normal).
  const innerPunctuation: number[] = []
  const lastWordEnd = written.length > 0 ? written[written.length - 1].end : 0
  for (let offset = 0; offset < lastWordEnd; offset++) {
    const char = input[offset]
    if (PUNCTUATION.test(char) && !insideWord(written, offset)) innerPunctuation.push(offset)
  }

  return { tokens, innerPunctuation }
}

function insideWord(written: Array<{ start: number; end: number }>, offset: number) {
  return written.some((word) => offset >= word.start && offset < word.end)
}

/**
 * Expands contractions in a template or canonical text the same way.
 */
export function expandContraction(word: string): string[] {
  return CONTRACTIONS[word] ?? [word]
}
