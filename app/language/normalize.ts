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
 * English contractions, written with a plain apostrophe. Tables a written
 * word looks up are Maps: a plain object would also answer for inherited
 * keys (`constructor`, `toString`).
 */
const CONTRACTIONS = new Map<string, string[]>(Object.entries({
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
}))

/**
 * English modal verbs: no -s, -ed or -ing forms, and never an order gone
 * wrong ("could", "will").
 */
export const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would'])

const UNITS = new Map<string, number>(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, value) => [word, value])
)

const TENS = new Map<string, number>([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
])

/**
 * Every English number word on its own and its value, smallest first:
 * `zero` … `nineteen`, `twenty` … `ninety`, `hundred`.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([...UNITS, ...TENS, ['hundred', 100]])

/**
 * The value of one number word or a run of them (`twenty one`, `one
 * hundred`, `a hundred`): 0 to 100 in words, up to six digits in figures.
 * Undefined when not a number.
 *
 * @example
 * numberValue(['twenty', 'one']) // 21
 */
export function numberValue(words: string[]): number | undefined {
  if (words.length === 0) return undefined
  if (words.length === 1 && !words[0].includes('-')) {
    return /^\d{1,6}$/.test(words[0]) ? Number(words[0]) : NUMBER_WORDS.get(words[0])
  }
  const parts = words.flatMap((word) => word.split('-'))
  if (parts.length === 2) {
    const [first, second] = parts
    const tens = TENS.get(first)
    const unit = UNITS.get(second)
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit
    if ((first === 'one' || first === 'a') && second === 'hundred') return 100
  }
  return undefined
}

/**
 * A number spelt out in one word, as a teacher would write it (`3` →
 * `three`); undefined when English needs more words or has none.
 */
export function numberWord(value: number): string | undefined {
  for (const [word, number] of NUMBER_WORDS) if (number === value) return word
  return undefined
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
  const written: Array<{ norm: string; start: number; end: number }> = []
  for (const match of input.matchAll(WORD)) {
    const start = match.index ?? 0
    let text = match[0]
    // The knights' horses (or a farmer' missing its s): a closing apostrophe
    // belongs to the word, unless the word opened with a quote ('carrots').
    const after = start + text.length
    if (language === 'en' && /['’]/.test(input[after] ?? '') && /^$|[\s.,!?;:]/.test(input[after + 1] ?? '') && !/['’‘]/.test(input[start - 1] ?? '')) {
      text = input.slice(start, after + 1)
    }
    written.push({ norm: normalizeWord(text, language), start, end: start + text.length })
  }

  const tokens: Token[] = []
  for (let index = 0; index < written.length; index++) {
    const word = written[index]

    // Numbers: a run of number words becomes one token (`twenty one`).
    if (language === 'en' && numberValue([word.norm.split('-')[0]]) !== undefined) {
      const next = written[index + 1]
      const pair = next ? numberValue([word.norm, next.norm]) : undefined
      if (next && pair !== undefined && !/^\d/.test(word.norm)) {
        tokens.push({
          norm: `${word.norm} ${next.norm}`,
          start: word.start,
          end: next.end,
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
      tokens.push({ norm: 'a hundred', start: word.start, end: next.end, number: 100, word: index })
      index++
      continue
    }

    const expansion = language === 'en' ? CONTRACTIONS.get(word.norm) : undefined
    if (expansion) {
      for (const part of expansion) tokens.push({ norm: part, start: word.start, end: word.end, word: index })
      continue
    }

    // `spellings` is plain data (a compiled level travels as JSON): own keys only.
    const norm = Object.hasOwn(spellings, word.norm) ? spellings[word.norm] : word.norm
    tokens.push({ norm, start: word.start, end: word.end, word: index })
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
  return CONTRACTIONS.get(word) ?? [word]
}
