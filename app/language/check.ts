/**
 * The phrase checker: is this utterance right for the level, what does it
 * ask the game to do, and what exactly is wrong with it?
 *
 * It aligns the player's tokens with every accepted template of the level
 * (an edit-distance alignment over the template's token graph), keeps the
 * cheapest alignment, and turns each difference into feedback: a typo (not
 * a word, close to the expected one: accepted), a wrong form of the right
 * word, a wrong or unknown word, a missing or extra word, a word in the
 * wrong place. English rules that no template encodes (a/an, agreement
 * with a number) are checked on the alignment. When no template fits, a
 * paraphrase that still names an allowed intent with valid slot values
 * passes ("Sow three carrots" when `sow` is a verb of `plant`).
 *
 * Pure: no framework, no I/O, deterministic, never throws.
 */

import type { FeedbackKind } from '#language/content'
import type {
  CheckOptions,
  CompiledLevel,
  CompiledLexeme,
  CompiledTemplate,
  FeedbackItem,
  FormSelector,
  TemplateEdge,
  TraceStep,
  Verdict,
  WordReading,
} from '#language/types'
import { MAX_UTTERANCE_LENGTH } from '#language/types'
import { MODALS, NUMBER_WORDS, numberValue, numberWord, tokenize, type Token } from '#language/normalize'
import { damerau, typoLimit, within } from '#language/distance'

// nearMiss: a real word one slip away from the expected one ("tree" for
// "three", "to" for "two"): a wrong word, but likelier than an extra one.
const COST = { exact: 0, typo: 0.4, nearMiss: 0.9, wrongForm: 1, substitution: 1.4, missing: 1, extra: 1 }

const PENALTY: Record<FeedbackKind, number> = {
  typo: 5,
  punctuation: 0,
  wrong_form: 25,
  wrong_word: 35,
  missing_word: 25,
  extra_word: 15,
  word_order: 20,
  unknown_word: 35,
}

const NON_BLOCKING: FeedbackKind[] = ['typo', 'punctuation']

type MatchKind = 'exact' | 'typo' | 'wrong_form' | 'wrong_word' | 'unknown_word'

type Match = {
  kind: MatchKind
  cost: number
  /** The word that belongs there (for feedback and the expected sentence). */
  expected?: string
  /** A real word close to `expected` (its own expected wins over the goal's). */
  near?: boolean
  /** The lexeme and form the token was read as (slots, fixed words). */
  lexeme?: string
  form?: string
  number?: number
}

type Step =
  | { action: 'match'; edge: TemplateEdge; token: number; match: Match }
  | { action: 'missing'; edge: TemplateEdge; token: number }
  | { action: 'extra'; token: number }

type Alignment = { template: CompiledTemplate; index: number; cost: number; steps: Step[] }

type Context = {
  level: CompiledLevel
  tokens: Token[]
  readings: WordReading[][]
  real: boolean[]
  indexes: LevelIndexes
}

/**
 * Lookups derived from a compiled level once (and kept while it lives).
 */
type LevelIndexes = {
  /**
   * tag → word length → [word, lexeme key, form] of every form of lexemes
   * with that tag (typo candidates are at most two letters off).
   */
  formsByTagAndLength: Map<string, Map<number, Array<[string, string, string]>>>
  /** Regular forms English does not use (`goed`, `sheeps`) → what is meant. */
  overregular: Map<string, { lexeme: string; form: string }>
  fillers: Set<string>
  byLemma: Map<string, CompiledLexeme[]>
  /** Words the templates of an intent spell out (their verbs among them). */
  listedWords: Map<string, Set<string>>
  /** level.words as a Map (faster than a large object for lookups). */
  words: Map<string, WordReading[]>
}

const indexCache = new WeakMap<CompiledLevel, LevelIndexes>()

function selectorKey(select: FormSelector) {
  return select.kind === 'any' ? '*' : select.kind === 'form' ? select.form : `agree:${select.slot}`
}

function edgeKey(edge: WordEdge) {
  if (edge.kind === 'word') return `w ${edge.word}`
  if (edge.kind === 'slot') return `s ${edge.type} ${selectorKey(edge.select)}`
  return `f ${edge.lexeme} ${selectorKey(edge.select)}`
}

function indexesOf(level: CompiledLevel): LevelIndexes {
  const cached = indexCache.get(level)
  if (cached) return cached

  const formsByTag = new Map<string, Array<[string, string, string]>>()
  const overregular = new Map<string, { lexeme: string; form: string }>()
  const fillers = new Set<string>()
  const byLemma = new Map<string, CompiledLexeme[]>()
  for (const lexeme of Object.values(level.lexemes)) {
    byLemma.set(lexeme.lemma, [...(byLemma.get(lexeme.lemma) ?? []), lexeme])
    for (const tag of lexeme.tags) {
      const list = formsByTag.get(tag) ?? []
      for (const [form, word] of Object.entries(lexeme.forms)) list.push([word, lexeme.key, form])
      formsByTag.set(tag, list)
    }
    if (['article', 'determiner', 'preposition', 'interjection'].includes(lexeme.pos)) fillers.add(lexeme.lemma)

    const known = new Set(Object.values(lexeme.forms))
    const guess = (word: string, form: string) => {
      if (!known.has(word) && !Object.hasOwn(level.words, word) && !overregular.has(word)) overregular.set(word, { lexeme: lexeme.key, form })
    }
    // Only where the real form is irregular (`went`, `sheep`, `children`):
    // a regular-looking misspelling of a regular form is a plain typo.
    const lemma = lexeme.lemma
    const regularPlurals = [`${lemma}s`, `${lemma}es`, ...(lemma.endsWith('y') ? [`${lemma.slice(0, -1)}ies`] : [])]
    if (lexeme.pos === 'noun' && !lexeme.uncountable && lexeme.forms.plural && !regularPlurals.includes(lexeme.forms.plural)) {
      guess(`${lemma}s`, 'plural')
      guess(`${lemma}es`, 'plural')
    }
    // "gooder", "badder": -er on an adjective whose comparative is irregular.
    const comparative = lexeme.forms.comparative
    const last = lemma.at(-1)
    const regularComparatives = [`${lemma}er`, `${lemma}r`, `${lemma}${last}er`, ...(last === 'y' ? [`${lemma.slice(0, -1)}ier`] : [])]
    if (lexeme.pos === 'adjective' && comparative && !regularComparatives.includes(comparative)) {
      guess(last === 'e' ? `${lemma}r` : `${lemma}er`, 'comparative')
    }
    // "woods", "hays": an -s on a noun that has no plural.
    if (lexeme.pos === 'noun' && lexeme.uncountable) guess(`${lemma}s`, 'plural')
    const regularPast = [`${lemma}ed`, `${lemma}d`, ...(lemma.endsWith('y') ? [`${lemma.slice(0, -1)}ied`] : []), `${lemma}${lemma.at(-1)}ed`]
    if (lexeme.pos === 'verb' && lexeme.forms.past && !regularPast.includes(lexeme.forms.past)) {
      guess(lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, 'past')
    }
  }
  const listedWords = new Map<string, Set<string>>()
  for (const template of level.templates) {
    const listed = listedWords.get(template.intent) ?? new Set<string>()
    for (const edge of template.graph.edges) if (edge.kind === 'word') listed.add(edge.word)
    listedWords.set(template.intent, listed)
  }
  const formsByTagAndLength = new Map<string, Map<number, Array<[string, string, string]>>>()
  for (const [tag, forms] of formsByTag) {
    const byLength = new Map<number, Array<[string, string, string]>>()
    for (const entry of forms) byLength.set(entry[0].length, [...(byLength.get(entry[0].length) ?? []), entry])
    formsByTagAndLength.set(tag, byLength)
  }
  const words = new Map(Object.entries(level.words))
  const indexes = { formsByTagAndLength, overregular, fillers, byLemma, listedWords, words }
  indexCache.set(level, indexes)
  return indexes
}

function lexemeOf(context: Context, key: string | undefined): CompiledLexeme | undefined {
  return key ? context.level.lexemes[key] : undefined
}

/**
 * The form a static selector asks for, or undefined when any form goes.
 */
function requiredForm(select: FormSelector, lexeme: CompiledLexeme): string | undefined {
  if (select.kind !== 'form') return undefined
  if (select.form === 'plural' && (lexeme.uncountable || !lexeme.forms.plural)) return 'lemma'
  return Object.hasOwn(lexeme.forms, select.form) && lexeme.forms[select.form] ? select.form : undefined
}

function satisfies(select: FormSelector, lexeme: CompiledLexeme, form: string) {
  const required = requiredForm(select, lexeme)
  if (!required) return true
  return lexeme.forms[form] === lexeme.forms[required]
}

const wordNumbers = new Map<string, number | undefined>()
function wordNumber(word: string) {
  if (!wordNumbers.has(word)) wordNumbers.set(word, numberValue(word.split(' ')))
  return wordNumbers.get(word)
}

/**
 * A real word within typo distance of a word of two letters or more (one
 * edit up to five letters, two beyond): a slip ("for" for "four", "then"
 * for "the"), not a word put there on purpose.
 */
function nearMiss(written: string, word: string) {
  return written.length > 1 && word.length > 1 && /^\p{L}/u.test(written) && within(written, word, typoLimit(word))
}

function matchWord(context: Context, tokenIndex: number, word: string): Match {
  const token = context.tokens[tokenIndex]
  if (token.norm === word) return { kind: 'exact', cost: COST.exact }
  if (token.number !== undefined && wordNumber(word) === token.number) return { kind: 'exact', cost: COST.exact }

  const expectedReadings = context.indexes.words.get(word) ?? []
  const shared = context.readings[tokenIndex].find((reading) =>
    expectedReadings.some((expected) => expected.lexeme === reading.lexeme)
  )
  if (shared) return { kind: 'wrong_form', cost: COST.wrongForm, expected: word, lexeme: shared.lexeme, form: shared.form }

  // "the two row": the number where its ordinal belongs.
  if (token.number !== undefined) {
    const ordinal = expectedReadings.find((expected) => context.level.lexemes[expected.lexeme]?.value === token.number && context.level.lexemes[expected.lexeme].pos === 'ordinal')
    if (ordinal) return { kind: 'wrong_form', cost: COST.nearMiss, expected: word, lexeme: ordinal.lexeme, form: 'lemma' }
  }

  const overregular = context.indexes.overregular.get(token.norm)
  // Even when it is a word of its own ("wolfs", "gooses"): here it is the noun's plural gone wrong.
  if (overregular && expectedReadings.some((expected) => expected.lexeme === overregular.lexeme)) {
    return { kind: 'wrong_form', cost: COST.wrongForm, expected: word, lexeme: overregular.lexeme, form: overregular.form }
  }

  if (!context.real[tokenIndex] && token.number === undefined) {
    if (within(token.norm, word, typoLimit(word))) return { kind: 'typo', cost: COST.typo, expected: word }
  } else if (nearMiss(token.norm, word)) {
    return { kind: 'wrong_word', cost: COST.nearMiss, expected: word, near: true }
  }
  return mismatch(context, tokenIndex, word)
}

/**
 * Another word than the one that belongs: a real one (wrong word) or not a
 * word at all (unknown word).
 */
function mismatch(context: Context, tokenIndex: number, expected?: string): Match {
  return { kind: context.real[tokenIndex] ? 'wrong_word' : 'unknown_word', cost: COST.substitution, expected }
}

function matchLexemeSlot(
  context: Context,
  tokenIndex: number,
  accepts: (lexeme: CompiledLexeme) => boolean,
  select: FormSelector,
  candidates: () => Array<[string, string, string]>
): Match | undefined {
  const token = context.tokens[tokenIndex]
  const fitting = context.readings[tokenIndex].filter((reading) => {
    const lexeme = lexemeOf(context, reading.lexeme)
    return lexeme !== undefined && accepts(lexeme)
  })
  if (fitting.length > 0) {
    const good = fitting.find((reading) => satisfies(select, context.level.lexemes[reading.lexeme], reading.form))
    if (good) return { kind: 'exact', cost: COST.exact, lexeme: good.lexeme, form: good.form }
    const reading = fitting[0]
    const lexeme = context.level.lexemes[reading.lexeme]
    const form = requiredForm(select, lexeme) ?? 'lemma'
    return { kind: 'wrong_form', cost: COST.wrongForm, expected: lexeme.forms[form], lexeme: lexeme.key, form: reading.form }
  }

  const overregular = context.indexes.overregular.get(token.norm)
  if (overregular) {
    const lexeme = context.level.lexemes[overregular.lexeme]
    if (lexeme && accepts(lexeme)) {
      const form = requiredForm(select, lexeme) ?? overregular.form
      return { kind: 'wrong_form', cost: COST.wrongForm, expected: lexeme.forms[form] ?? lexeme.lemma, lexeme: lexeme.key, form: overregular.form }
    }
  }

  if (!context.real[tokenIndex] && token.number === undefined) {
    // Closest form of an acceptable lexeme; among equals, one in the wanted form.
    let best: { word: string; lexeme: string; form: string; distance: number; fits: boolean } | undefined
    for (const [word, lexemeKey, form] of candidates()) {
      const limit = typoLimit(word)
      if (!within(token.norm, word, limit)) continue
      const value = damerau(token.norm, word, limit)
      const fits = satisfies(select, context.level.lexemes[lexemeKey], form)
      if (!best || value < best.distance || (value === best.distance && fits && !best.fits)) {
        best = { word, lexeme: lexemeKey, form, distance: value, fits }
      }
    }
    if (best) {
      if (best.fits) return { kind: 'typo', cost: COST.typo, expected: best.word, lexeme: best.lexeme, form: best.form }
      const lexeme = context.level.lexemes[best.lexeme]
      const form = requiredForm(select, lexeme) ?? 'lemma'
      return { kind: 'wrong_form', cost: COST.wrongForm, expected: lexeme.forms[form], lexeme: best.lexeme, form: best.form }
    }
  }
  return undefined
}

/** An edge that consumes a word (every kind but `skip`). */
type WordEdge = Exclude<TemplateEdge, { kind: 'skip' }>

function matchEdge(context: Context, tokenIndex: number, edge: WordEdge): Match {
  const token = context.tokens[tokenIndex]
  if (edge.kind === 'word') return matchWord(context, tokenIndex, edge.word)

  if (edge.kind === 'slot') {
    if (edge.type === 'number') {
      if (token.number !== undefined) return { kind: 'exact', cost: COST.exact, number: token.number }
      const real = context.real[tokenIndex]
      for (const [word, value] of NUMBER_WORDS) {
        if (!real && within(token.norm, word, typoLimit(word))) return { kind: 'typo', cost: COST.typo, expected: word, number: value }
        if (real && nearMiss(token.norm, word)) return { kind: 'wrong_word', cost: COST.nearMiss, expected: word, near: true }
      }
      return mismatch(context, tokenIndex)
    }
    const match = matchLexemeSlot(
      context,
      tokenIndex,
      (lexeme) => lexeme.tags.includes(edge.type),
      edge.select,
      () => {
        const byLength = context.indexes.formsByTagAndLength.get(edge.type)
        if (!byLength) return []
        const length = token.norm.length
        const near: Array<[string, string, string]> = []
        for (let other = length - 2; other <= length + 2; other++) near.push(...(byLength.get(other) ?? []))
        return near
      }
    )
    return match ?? mismatch(context, tokenIndex)
  }

  // A fixed word.
  const lexeme = context.level.lexemes[edge.lexeme]
  const match = matchLexemeSlot(
    context,
    tokenIndex,
    (candidate) => candidate.key === edge.lexeme,
    edge.select,
    () => (lexeme ? Object.entries(lexeme.forms).map(([form, word]) => [word, lexeme.key, form]) : [])
  )
  return match ?? mismatch(context, tokenIndex, lexeme?.lemma)
}

const ACTION_EXTRA = 1
const ACTION_MISSING = 2
const ACTION_MATCH = 3

/**
 * A template graph in flat arrays (outgoing edges per node, each edge's
 * target and its match key id, -1 for a skip), with the fewest and most
 * words a path through it consumes. Built once per level.
 */
type FlatGraph = {
  offsets: Int32Array
  edges: Int32Array
  to: Int32Array
  skip: Uint8Array
  keyId: Int32Array
  minWords: number
  maxWords: number
}

const flatCache = new WeakMap<CompiledLevel, { graphs: FlatGraph[]; keys: WordEdge[] }>()
const knownRows = new WeakMap<CompiledLevel, Map<string, Array<Match | undefined>>>()

function flatten(level: CompiledLevel) {
  let flat = flatCache.get(level)
  if (flat) return flat
  const keyIds = new Map<string, number>()
  const keys: WordEdge[] = []
  const graphs = level.templates.map(({ graph }) => {
    const count = graph.edges.length
    const offsets = new Int32Array(graph.nodeCount + 1)
    for (const edge of graph.edges) offsets[edge.from + 1]++
    for (let node = 0; node < graph.nodeCount; node++) offsets[node + 1] += offsets[node]
    const fill = offsets.slice(0, graph.nodeCount)
    const edges = new Int32Array(count)
    const to = new Int32Array(count)
    const skip = new Uint8Array(count)
    const keyId = new Int32Array(count)
    graph.edges.forEach((edge, index) => {
      edges[fill[edge.from]++] = index
      to[index] = edge.to
      if (edge.kind === 'skip') {
        skip[index] = 1
        keyId[index] = -1
        return
      }
      const key = edgeKey(edge)
      let id = keyIds.get(key)
      if (id === undefined) {
        id = keys.length
        keyIds.set(key, id)
        keys.push(edge)
      }
      keyId[index] = id
    })
    // Fewest and most words along any path (the graph is a DAG in order).
    const fewest = new Array<number>(graph.nodeCount).fill(Number.POSITIVE_INFINITY)
    const most = new Array<number>(graph.nodeCount).fill(Number.NEGATIVE_INFINITY)
    fewest[0] = 0
    most[0] = 0
    for (let node = 0; node < graph.nodeCount; node++) {
      for (let at = offsets[node]; at < offsets[node + 1]; at++) {
        const index = edges[at]
        const words = skip[index] ? 0 : 1
        fewest[to[index]] = Math.min(fewest[to[index]], fewest[node] + words)
        most[to[index]] = Math.max(most[to[index]], most[node] + words)
      }
    }
    return { offsets, edges, to, skip, keyId, minWords: fewest[graph.nodeCount - 1], maxWords: most[graph.nodeCount - 1] }
  })
  flat = { graphs, keys }
  flatCache.set(level, flat)
  return flat
}

/**
 * Work arrays reused between alignments (checks run one at a time).
 */
let buffers = { cost: new Float64Array(256), backCell: new Int32Array(256), backAction: new Uint8Array(256), backEdge: new Int32Array(256) }
function scratch(cells: number) {
  if (buffers.cost.length < cells) {
    const size = Math.max(cells, buffers.cost.length * 2)
    buffers = { cost: new Float64Array(size), backCell: new Int32Array(size), backAction: new Uint8Array(size), backEdge: new Int32Array(size) }
  }
  return buffers
}

/**
 * The least an alignment with this template can cost: words the input
 * lacks or has too many can only be paid for as missing or extra.
 */
function lowerBound(graph: FlatGraph, tokenCount: number) {
  if (tokenCount < graph.minWords) return (graph.minWords - tokenCount) * COST.missing
  if (tokenCount > graph.maxWords) return (tokenCount - graph.maxWords) * COST.extra
  return 0
}

/**
 * Cheapest alignment of the tokens with one template graph: a shortest
 * path over (node, tokens consumed), nodes in topological order. Costs
 * and back pointers live in reused typed arrays; the steps are read back
 * from the end cell, when the cost is at most `stepsUpTo`. Matches are
 * shared by every template of the check (same key, same token).
 */
function align(
  context: Context,
  template: CompiledTemplate,
  index: number,
  flat: FlatGraph,
  keys: WordEdge[],
  rows: Array<Array<Match | undefined>>,
  stepsUpTo: number
): Alignment {
  const { graph } = template
  const tokenCount = context.tokens.length
  const width = tokenCount + 1
  const cells = graph.nodeCount * width
  const { cost, backCell, backAction, backEdge } = scratch(cells)
  cost.fill(Number.POSITIVE_INFINITY, 0, cells)
  backCell.fill(-1, 0, cells)
  cost[0] = 0
  const { offsets, edges, to, skip, keyId } = flat

  for (let node = 0; node < graph.nodeCount; node++) {
    const base = node * width
    for (let token = 0; token < tokenCount; token++) {
      const value = cost[base + token] + COST.extra
      if (value < cost[base + token + 1] - 1e-9) {
        cost[base + token + 1] = value
        backCell[base + token + 1] = base + token
        backAction[base + token + 1] = ACTION_EXTRA
      }
    }
    for (let at = offsets[node]; at < offsets[node + 1]; at++) {
      const edgeIndex = edges[at]
      const targetRow = to[edgeIndex] * width
      const isSkip = skip[edgeIndex] === 1
      const skipCost = isSkip ? 0 : COST.missing
      const key = keyId[edgeIndex]
      for (let token = 0; token <= tokenCount; token++) {
        const here = cost[base + token]
        if (here === Number.POSITIVE_INFINITY) continue
        let value = here + skipCost
        if (value < cost[targetRow + token] - 1e-9) {
          cost[targetRow + token] = value
          backCell[targetRow + token] = base + token
          backAction[targetRow + token] = ACTION_MISSING
          backEdge[targetRow + token] = edgeIndex
        }
        if (isSkip || token === tokenCount) continue
        const row = rows[token]
        let match = row[key]
        if (!match) {
          match = matchEdge(context, token, keys[key])
          row[key] = match
        }
        value = here + match.cost
        if (value < cost[targetRow + token + 1] - 1e-9) {
          cost[targetRow + token + 1] = value
          backCell[targetRow + token + 1] = base + token
          backAction[targetRow + token + 1] = ACTION_MATCH
          backEdge[targetRow + token + 1] = edgeIndex
        }
      }
    }
  }

  const steps: Step[] = []
  // Too dear to be chosen: no steps (the caller will drop it).
  if (cost[cells - 1] > stepsUpTo) return { template, index, cost: cost[cells - 1], steps }
  let cell = cells - 1
  while (cell > 0 && backCell[cell] !== -1) {
    const previous = backCell[cell]
    const token = previous % width
    const action = backAction[cell]
    const edge = graph.edges[backEdge[cell]]
    if (action === ACTION_EXTRA) steps.push({ action: 'extra', token })
    else if (action === ACTION_MATCH) steps.push({ action: 'match', edge, token, match: rows[token][keyId[backEdge[cell]]]! })
    else if (edge.kind !== 'skip') steps.push({ action: 'missing', edge, token })
    cell = previous
  }
  steps.reverse()
  return { template, index, cost: cost[cells - 1], steps }
}

function isVowelSound(word: string) {
  if (/^(one|once|uni|use|usu|eu|ewe|ufo|ure|uk)/.test(word)) return false
  if (/^(hour|honest|honou?r|heir)/.test(word)) return true
  return /^[aeiou]/.test(word)
}

/**
 * The indefinite article before a word: `an` before a vowel sound.
 */
function articleFor(next: string): 'a' | 'an' {
  return isVowelSound(next) ? 'an' : 'a'
}

/**
 * The form an agreement selector asks for, given the slot values.
 */
function agreedForm(lexeme: CompiledLexeme, quantity: number | undefined): { word: string; rule: string } | undefined {
  const plural = quantity === undefined || quantity !== 1
  if (lexeme.lemma === 'be') return { word: plural ? (lexeme.forms.plural ?? 'are') : (lexeme.forms.third ?? 'is'), rule: 'there_is_are' }
  if (lexeme.pos === 'noun') {
    if (lexeme.uncountable || !lexeme.forms.plural) return { word: lexeme.lemma, rule: 'plural_after_numbers' }
    return { word: plural ? lexeme.forms.plural : lexeme.lemma, rule: 'plural_after_numbers' }
  }
  if (lexeme.pos === 'verb') return { word: plural ? lexeme.lemma : (lexeme.forms.third ?? lexeme.lemma), rule: 'there_is_are' }
  return undefined
}

type Judged = {
  feedback: FeedbackItem[]
  slots: Record<string, string | number>
  intent: string | null
  expectedWords: string[]
  template: CompiledTemplate | null
  /** Words written in the wrong place (each was a missing and an extra word). */
  moves: number
  /** Template words missing and written words left over. */
  unmatched: number
}

function feedbackItem(
  context: Context,
  kind: FeedbackKind,
  span: { start: number; end: number },
  expected: string | undefined,
  ruleKey: string | undefined,
  input: string
): FeedbackItem {
  const text = input.slice(span.start, span.end)
  return {
    kind,
    start: span.start,
    end: span.end,
    text,
    ...(expected !== undefined ? { expected } : {}),
    messageKey: `language.feedback.${kind}`,
    params: { found: text, expected: expected ?? '' },
    ...(ruleKey && context.level.patterns[ruleKey] ? { ruleKey } : {}),
    blocking: !NON_BLOCKING.includes(kind),
  }
}

/**
 * Where a missing word would go: right before the next written token, or
 * at the end of the last one (a zero-width span).
 */
function insertionPoint(context: Context, token: number, input: string) {
  const next = context.tokens[token]
  if (next) return { start: next.start, end: next.start }
  const last = context.tokens[context.tokens.length - 1]
  const at = last ? last.end : input.length
  return { start: at, end: at }
}

function expectedForMissing(context: Context, edge: TemplateEdge, slotsSoFar: Record<string, string | number>): string | undefined {
  if (edge.kind === 'word') return edge.word
  if (edge.kind === 'fixed') {
    const lexeme = context.level.lexemes[edge.lexeme]
    if (!lexeme) return undefined
    if (edge.select.kind === 'agree') {
      const quantity = slotsSoFar[edge.select.slot]
      return agreedForm(lexeme, typeof quantity === 'number' ? quantity : undefined)?.word ?? lexeme.lemma
    }
    return lexeme.forms[requiredForm(edge.select, lexeme) ?? 'lemma'] ?? lexeme.lemma
  }
  if (edge.kind === 'slot') {
    // The level's goal names the value the player is after.
    const goal = context.level.goals.find((candidate) => candidate.slots[edge.slot] !== undefined)
    const value = goal?.slots[edge.slot]
    if (value === undefined) return undefined
    // Spelt out, as a teacher would write it ("three", not "3").
    if (typeof value === 'number') return numberWord(value) ?? String(value)
    const lexeme = context.indexes.byLemma.get(String(value))?.find((candidate) => candidate.tags.includes(edge.type))
    if (!lexeme) return String(value)
    if (edge.select.kind === 'agree') {
      const quantity = slotsSoFar[edge.select.slot] ?? goal?.slots[edge.select.slot]
      return agreedForm(lexeme, typeof quantity === 'number' ? quantity : undefined)?.word ?? lexeme.lemma
    }
    return lexeme.forms[requiredForm(edge.select, lexeme) ?? 'lemma'] ?? lexeme.lemma
  }
  return undefined
}

function articleRule(word: string) {
  if (word === 'the') return 'the_article'
  if (word === 'a' || word === 'an') return 'a_an'
  return undefined
}

/**
 * The rule for a small word the template spells out: articles have their
 * own, a preposition of place theirs (whatever the template teaches).
 */
function wordRule(context: Context, word: string) {
  const article = articleRule(word)
  if (article) return article
  const place = context.indexes.words.get(word)?.some((reading) => {
    const lexeme = context.level.lexemes[reading.lexeme]
    return lexeme?.pos === 'preposition' && lexeme.tags.includes('location')
  })
  return place ? 'prepositions_of_place' : undefined
}

/**
 * Turns the best alignment into slot values and feedback.
 */
function judgeAlignment(context: Context, alignment: Alignment, input: string): Judged {
  const { template, steps } = alignment
  const slots: Record<string, string | number> = {}

  for (const step of steps) {
    if (step.action !== 'match' || step.edge.kind !== 'slot') continue
    const { match } = step
    if (match.kind === 'wrong_word' || match.kind === 'unknown_word') continue
    if (match.number !== undefined) slots[step.edge.slot] = match.number
    else if (match.lexeme) slots[step.edge.slot] = context.level.lexemes[match.lexeme].lemma
  }

  const feedback: FeedbackItem[] = []
  // What the answer should read, position by position (filled in below).
  const expectedWords: Array<string | undefined> = []
  const missing: Array<{ step: Extract<Step, { action: 'missing' }>; expected?: string; position: number }> = []
  const extras: number[] = []
  const substituted: Array<{ token: number; edge: TemplateEdge; position: number; swapped?: boolean }> = []
  let matched = 0
  let consuming = 0
  let wrongVerb = false

  for (const step of steps) {
    if (step.action === 'extra') {
      extras.push(step.token)
      continue
    }
    consuming++
    if (step.action === 'missing') {
      missing.push({ step, expected: expectedForMissing(context, step.edge, slots), position: expectedWords.length })
      expectedWords.push(undefined)
      continue
    }
    const { match, edge } = step
    const token = context.tokens[step.token]
    if (match.kind === 'exact' || match.kind === 'typo' || match.kind === 'wrong_form') matched++

    let expected = match.expected
    let kind: FeedbackKind | null = match.kind === 'exact' ? null : match.kind
    let ruleKey: string | undefined
    if (kind === 'wrong_form' || kind === 'wrong_word') {
      ruleKey =
        (kind === 'wrong_form' ? (formRule(context, match) ?? orderRule(context, step.token, match, template)) : undefined) ??
        (edge.kind === 'word' ? wordRule(context, edge.word) : undefined) ??
        template.pattern
    }
    if ((kind === 'wrong_word' || kind === 'unknown_word') && edge.kind !== 'word' && !match.near) {
      expected = expectedForMissing(context, edge, slots) ?? expected
    }

    // Agreement with a number: plural after numbers, is/are.
    if ((edge.kind === 'slot' || edge.kind === 'fixed') && edge.select.kind === 'agree' && match.lexeme) {
      const lexeme = context.level.lexemes[match.lexeme]
      const quantity = slots[edge.select.slot]
      const agreed = agreedForm(lexeme, typeof quantity === 'number' ? quantity : undefined)
      const written = match.kind === 'typo' ? match.expected : match.kind === 'exact' ? lexeme.forms[match.form ?? 'lemma'] : token.norm
      if (agreed && written !== agreed.word) {
        // Not a word, and close to the agreeing form too: still only a typo.
        const limit = typoLimit(agreed.word)
        if (match.kind === 'typo' && within(token.norm, agreed.word, limit)) {
          expected = agreed.word
        } else {
          kind = 'wrong_form'
          expected = agreed.word
          ruleKey = agreed.rule
        }
      }
    }

    expectedWords.push(kind === null ? (edge.kind === 'word' ? edge.word : token.norm) : (expected ?? token.norm))
    if (kind) feedback.push(feedbackItem(context, kind, token, expected === undefined ? undefined : inContraction(context, step.token, expected), ruleKey, input))
    if (kind === 'wrong_word') substituted.push({ token: step.token, edge, position: expectedWords.length - 1 })
    // Another verb where the intent's verb belongs ("Plant" on a watering level): not this intent.
    if (kind === 'wrong_word' && !match.near && edge.kind === 'word' && isVerbOf(context, edge.word, template.intent)) wrongVerb = true
  }

  // Two words that would each fit the other's place were swapped.
  for (let first = 0; first < substituted.length; first++) {
    for (let second = first + 1; second < substituted.length; second++) {
      const a = substituted[first]
      const b = substituted[second]
      if (a.swapped || b.swapped) continue
      if (!fitsEdge(context, a.token, b.edge) || !fitsEdge(context, b.token, a.edge)) continue
      a.swapped = b.swapped = true
      for (const entry of [a, b]) {
        const token = context.tokens[entry.token]
        const index = feedback.findIndex((item) => item.start === token.start && item.end === token.end)
        if (index !== -1) feedback[index] = feedbackItem(context, 'word_order', token, undefined, template.pattern, input)
      }
      expectedWords[a.position] = context.tokens[b.token].norm
      expectedWords[b.position] = context.tokens[a.token].norm
      matched += 2
      // The swapped words still say what they mean.
      for (const [token, edge] of [
        [a.token, b.edge],
        [b.token, a.edge],
      ] as const) {
        if (edge.kind === 'slot') fillSlot(context, slots, edge, token)
      }
    }
  }

  // A word written in the wrong place shows up as missing here, extra there.
  const usedExtras = new Set<number>()
  let moves = 0
  for (const entry of missing) {
    const edge = entry.step.edge
    const extra = extras.find((tokenIndex) => !usedExtras.has(tokenIndex) && fitsEdge(context, tokenIndex, edge))
    if (extra !== undefined) {
      usedExtras.add(extra)
      const token = context.tokens[extra]
      expectedWords[entry.position] = token.norm
      matched++
      if (edge.kind === 'slot') fillSlot(context, slots, edge, extra)
      feedback.push(feedbackItem(context, 'word_order', token, undefined, template.pattern, input))
      moves++
      continue
    }
    // A missing a/an: the one the next word's sound wants.
    const next = expectedWords.slice(entry.position + 1).find(Boolean)
    const expected = (entry.expected === 'a' || entry.expected === 'an') && next ? articleFor(next) : entry.expected
    expectedWords[entry.position] = expected
    const rule = edge.kind === 'word' ? (wordRule(context, edge.word) ?? template.pattern) : template.pattern
    feedback.push(feedbackItem(context, 'missing_word', insertionPoint(context, entry.step.token, input), expected, rule, input))
  }
  for (const tokenIndex of extras) {
    if (usedExtras.has(tokenIndex)) continue
    const token = context.tokens[tokenIndex]
    const kind: FeedbackKind = context.real[tokenIndex] ? 'extra_word' : 'unknown_word'
    // Half a contraction too many ("can't" for "can"): the rest is what belongs there.
    const rest = context.tokens.filter((other, index) => other.word === token.word && !extras.includes(index))
    const expected = rest.length > 0 ? rest.map((other) => other.norm).join(' ') : undefined
    feedback.push(feedbackItem(context, kind, token, expected, extraRule(context, tokenIndex), input))
  }

  const intent = matched >= 1 && matched * 2 >= consuming && !wrongVerb ? template.intent : null
  return {
    feedback,
    slots,
    intent,
    expectedWords: expectedWords.filter((word): word is string => Boolean(word)),
    template,
    moves,
    unmatched: missing.length + extras.length - 2 * moves,
  }
}

/**
 * What belongs in place of a whole contraction when one of its words is
 * wrong: "there's" where "are" belongs is "there are".
 */
function inContraction(context: Context, tokenIndex: number, expected: string) {
  const word = context.tokens[tokenIndex].word
  const parts = context.tokens.filter((token) => token.word === word)
  if (parts.length < 2) return expected
  return parts.map((token) => (token === context.tokens[tokenIndex] ? expected : token.norm)).join(' ')
}

/**
 * A slot's value from a word that fills it out of place (a number stays a
 * number: "two" is also a lexeme tagged number).
 */
function fillSlot(context: Context, slots: Record<string, string | number>, edge: Extract<TemplateEdge, { kind: 'slot' }>, tokenIndex: number) {
  if (edge.type === 'number') {
    const value = context.tokens[tokenIndex].number
    if (value !== undefined) slots[edge.slot] = value
    return
  }
  const reading = context.readings[tokenIndex].find((candidate) => context.level.lexemes[candidate.lexeme]?.tags.includes(edge.type))
  if (reading) slots[edge.slot] = context.level.lexemes[reading.lexeme].lemma
}

/**
 * The rule behind a wrong form that the template's own pattern does not
 * explain: an -s on an uncountable noun, a possessive where none belongs.
 */
function formRule(context: Context, match: Match) {
  const lexeme = lexemeOf(context, match.lexeme)
  if (lexeme?.pos === 'ordinal') return 'ordinals'
  if (!lexeme || lexeme.pos !== 'noun') return undefined
  if (lexeme.uncountable && match.form === 'plural') return 'uncountable_nouns'
  if (match.form === 'possessive') return 'possessive_s'
  // "sheeps", "wolfs": a plural meant, made the regular way (that rule lists the irregular ones).
  if (match.form === 'plural' && match.expected === lexeme.forms.plural) return 'plural_after_numbers'
  return undefined
}

// Lemmas whose forms are not orders gone wrong ("could", "is"): the modals and be.
const AUXILIARIES: ReadonlySet<string> = new Set([...MODALS, 'be'])

/**
 * A verb that opens an order ("Waters the carrots", "… and feeds the cows")
 * in another form than its base: the imperative's rule, whatever the
 * template teaches.
 */
function orderRule(context: Context, tokenIndex: number, match: Match, template: CompiledTemplate) {
  const lexeme = lexemeOf(context, match.lexeme)
  if (!lexeme || lexeme.pos !== 'verb' || AUXILIARIES.has(lexeme.lemma) || match.expected !== lexeme.lemma) return undefined
  if (['can_verb', 'present_continuous', 'there_is_are'].includes(template.pattern)) return undefined
  const before = context.tokens[tokenIndex - 1]?.norm
  return before === undefined || before === 'please' || before === 'and' ? 'imperative' : undefined
}

function isVerbOf(context: Context, word: string, intent: string) {
  const verbs = context.level.intents[intent]?.verbs ?? []
  return (context.indexes.words.get(word) ?? []).some((reading) => verbs.includes(reading.lexeme))
}

/**
 * An extra a/an: before a plural it is the a/an rule, before an
 * uncountable noun ("a wood") the uncountable one.
 */
function extraRule(context: Context, tokenIndex: number) {
  const norm = context.tokens[tokenIndex].norm
  if (norm !== 'a' && norm !== 'an') return undefined
  const next = context.readings[tokenIndex + 1] ?? []
  const uncountable = next.some((reading) => context.level.lexemes[reading.lexeme]?.uncountable)
  return uncountable ? 'uncountable_nouns' : 'a_an'
}

function fitsEdge(context: Context, tokenIndex: number, edge: TemplateEdge) {
  const token = context.tokens[tokenIndex]
  if (edge.kind === 'word') return matchWord(context, tokenIndex, edge.word).kind === 'exact'
  if (edge.kind === 'slot') {
    if (edge.type === 'number') return token.number !== undefined
    return context.readings[tokenIndex].some((reading) => context.level.lexemes[reading.lexeme]?.tags.includes(edge.type))
  }
  if (edge.kind === 'fixed') return context.readings[tokenIndex].some((reading) => reading.lexeme === edge.lexeme)
  return false
}

/**
 * a/an before the next word's first sound, wherever the article stands.
 */
function articleFeedback(context: Context, input: string, feedback: FeedbackItem[]) {
  const tokens = context.tokens
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokens[index]
    if (token.norm !== 'a' && token.norm !== 'an') continue
    const next = tokens[index + 1]
    if (next.number !== undefined && /^\d/.test(next.norm)) continue
    // A misspelt next word counts as the word it was meant to be.
    const corrected = feedback.find((item) => item.kind === 'typo' && item.start === next.start && item.end === next.end)?.expected
    const wanted = articleFor(corrected ?? next.norm)
    if (token.norm === wanted) continue
    if (feedback.some((item) => item.start === token.start && item.end === token.end)) continue
    feedback.push(feedbackItem(context, 'wrong_form', token, wanted, 'a_an', input))
  }
}

/**
 * A paraphrase the templates do not list: an allowed intent's verb, then
 * slot values (numbers, words tagged for the slots) and small words.
 */
function paraphrase(context: Context, input: string): Judged | null {
  const { level, tokens } = context
  for (const intentKey of level.allowedIntents) {
    const intent = level.intents[intentKey]
    if (!intent) continue
    const feedback: FeedbackItem[] = []
    const slots: Record<string, string | number> = {}
    const slotForms: Record<string, { lexeme: CompiledLexeme; form: string; token: number }> = {}
    let index = 0
    while (index < tokens.length && context.indexes.fillers.has(tokens[index].norm)) index++
    if (index >= tokens.length) continue

    // Templates judge the verbs they list; this is for the other verbs.
    const listed = context.indexes.listedWords.get(intentKey) ?? new Set<string>()
    const verbs = intent.verbs.map((key) => level.lexemes[key]).filter((lexeme) => lexeme && !listed.has(lexeme.lemma))
    const verbToken = tokens[index]
    const verb = verbs.find((lexeme) => lexeme.lemma === verbToken.norm)
    if (!verb) {
      const close = !context.real[index] && verbs.find((lexeme) => within(verbToken.norm, lexeme.lemma, typoLimit(lexeme.lemma)))
      if (!close) continue
      feedback.push(feedbackItem(context, 'typo', verbToken, close.lemma, undefined, input))
    }
    index++

    let failed = false
    for (; index < tokens.length; index++) {
      const token = tokens[index]
      if (context.indexes.fillers.has(token.norm)) {
        if (tokens[index - 1]?.norm === token.norm) {
          failed = true
          break
        }
        continue
      }
      const free = Object.entries(intent.slots).filter(([name]) => slots[name] === undefined)
      if (token.number !== undefined) {
        const slot = free.find(([, spec]) => spec.type === 'number')
        if (!slot) {
          failed = true
          break
        }
        slots[slot[0]] = token.number
        continue
      }
      let placed = false
      for (const reading of context.readings[index]) {
        const lexeme = level.lexemes[reading.lexeme]
        const slot = lexeme && free.find(([, spec]) => lexeme.tags.includes(spec.type))
        if (slot) {
          slots[slot[0]] = lexeme.lemma
          slotForms[slot[0]] = { lexeme, form: reading.form, token: index }
          placed = true
          break
        }
      }
      if (!placed) {
        failed = true
        break
      }
    }
    if (failed) continue
    if (Object.entries(intent.slots).some(([name, spec]) => spec.required && slots[name] === undefined)) continue

    // A countable noun agrees with its number, is singular after a/an,
    // and plural when it stands alone ("Sow three carrots", "Sow a carrot").
    const numberSlot = Object.entries(intent.slots).find(([, spec]) => spec.type === 'number')?.[0]
    const quantity = numberSlot ? slots[numberSlot] : undefined
    const expectedWords = tokens.map((token) => token.norm)
    for (const { lexeme, form, token } of Object.values(slotForms)) {
      if (lexeme.pos !== 'noun' || lexeme.uncountable || !lexeme.forms.plural) continue
      const before = tokens[token - 1]?.norm
      let wanted: { word: string; rule?: string } | undefined
      if (typeof quantity === 'number') wanted = agreedForm(lexeme, quantity)
      else if (before === 'a' || before === 'an') wanted = { word: lexeme.lemma, rule: 'a_an' }
      else if (!context.indexes.fillers.has(before ?? '')) wanted = { word: lexeme.forms.plural }
      if (!wanted || lexeme.forms[form] === wanted.word) continue
      feedback.push(feedbackItem(context, 'wrong_form', tokens[token], wanted.word, wanted.rule, input))
      expectedWords[token] = wanted.word
    }
    for (const item of feedback) {
      const at = tokens.findIndex((token) => token.start === item.start)
      if (item.kind === 'typo' && at !== -1 && item.expected) expectedWords[at] = item.expected
    }

    return { feedback, slots, intent: intentKey, expectedWords, template: null, moves: 0, unmatched: 0 }
  }
  return null
}

function penalty(feedback: FeedbackItem[]) {
  return feedback.reduce((sum, item) => sum + PENALTY[item.kind], 0)
}

function goalMatched(level: CompiledLevel, { intent, slots, template }: Pick<Judged, 'intent' | 'slots' | 'template'>) {
  if (!intent) return false
  return level.goals.some(
    (goal) =>
      goal.intent === intent &&
      (!goal.pattern || template?.pattern === goal.pattern) &&
      Object.entries(goal.slots).every(([name, value]) =>
        typeof value === 'number' ? Number(slots[name]) === value : slots[name] === value
      )
  )
}

/**
 * For the editor's trace: the goal was meant, but not in the grammar the
 * level teaches.
 */
function goalNote(level: CompiledLevel, judged: Judged) {
  const unlearned = level.goals.find(
    (goal) => goal.pattern && goalMatched({ ...level, goals: [{ ...goal, pattern: undefined }] }, judged)
  )
  return unlearned ? ` — the goal, but not with ${unlearned.pattern}` : ''
}

/**
 * The expected words as a sentence: a question ends with a question mark
 * ("Can you water the carrots?"), an exclamation stays one.
 */
function render(words: string[], input: string) {
  const fixed = words.map((word, index) => {
    const next = words[index + 1]
    if ((word === 'a' || word === 'an') && next && !/^\d/.test(next)) return articleFor(next)
    return word
  })
  const text = fixed.filter(Boolean).join(' ').trim()
  const mark = /^(can|could|are|is|do|does) /.test(text) ? '?' : input.trim().endsWith('!') ? '!' : '.'
  return text ? `${text[0].toUpperCase()}${text.slice(1)}${mark}` : ''
}

/**
 * Whether an alignment has a missing and an extra word (which may be one
 * word in the wrong place).
 */
function canMove(alignment: Alignment) {
  let missing = false
  let extra = false
  for (const step of alignment.steps) {
    if (step.action === 'missing') missing = true
    else if (step.action === 'extra') extra = true
  }
  return missing && extra
}

function errorVerdict(utterance: string, messageKey: string, params: Record<string, string | number>): Verdict {
  return {
    passed: false,
    score: 0,
    intent: null,
    goalMatched: false,
    feedback: [],
    examples: [],
    utterance,
    trace: [{ step: 'refused', detail: messageKey }],
    error: { messageKey, params },
  }
}

function checkOne(raw: unknown, level: CompiledLevel, options: CheckOptions): Verdict {
  const input = typeof raw === 'string' ? raw : ''
  if (input.length > MAX_UTTERANCE_LENGTH) {
    return errorVerdict(input.slice(0, MAX_UTTERANCE_LENGTH), 'language.errors.too_long', { max: MAX_UTTERANCE_LENGTH })
  }
  const trace: TraceStep[] = []
  const { tokens, innerPunctuation } = tokenize(input, level.language, level.spellings)
  if (tokens.length === 0) return errorVerdict(input, 'language.errors.empty', {})
  trace.push({ step: 'normalised', detail: tokens.map((token) => token.norm).join(' ') })

  const context: Context = {
    level,
    tokens,
    readings: [],
    real: [],
    indexes: indexesOf(level),
  }
  for (const token of tokens) {
    const readings = context.indexes.words.get(token.norm) ?? []
    context.readings.push(readings)
    context.real.push(token.number !== undefined || readings.length > 0 || Boolean(options.dictionary?.has(token.norm)))
  }

  const { graphs, keys } = flatten(level)
  // How a known word (or number) matches each edge never changes for a
  // level: those rows are kept across checks; others live for this check.
  const known = knownRows.get(level) ?? new Map<string, Array<Match | undefined>>()
  knownRows.set(level, known)
  const rows = tokens.map((token, index) => {
    if (!(token.number !== undefined || context.readings[index].length > 0)) return new Array<Match | undefined>(keys.length)
    let row = known.get(token.norm)
    if (!row) {
      row = new Array<Match | undefined>(keys.length)
      if (known.size < 5000) known.set(token.norm, row)
    }
    return row
  })
  const alignments: Alignment[] = []
  const judgedOf = new Map<Alignment, Judged>()
  const judge = (alignment: Alignment) => {
    let result = judgedOf.get(alignment)
    if (!result) {
      result = judgeAlignment(context, alignment, input)
      judgedOf.set(alignment, result)
    }
    return result
  }
  let lowest = Number.POSITIVE_INFINITY
  for (let index = 0; index < level.templates.length; index++) {
    // A template that cannot beat the best so far is not aligned at all.
    if (lowerBound(graphs[index], tokens.length) > lowest + 1e-9) continue
    // Only alignments within a moved word of the best can be chosen (below):
    // the others need no steps. (The best only gets cheaper.)
    const alignment = align(context, level.templates[index], index, graphs[index], keys, rows, lowest + COST.missing + 1e-9)
    alignments.push(alignment)
    if (alignment.cost < lowest) lowest = alignment.cost
    // A flawless answer that is a goal of the level cannot be beaten.
    if (alignment.cost === 0) {
      const judged = judge(alignment)
      if (goalMatched(level, judged)) break
    }
  }
  // A word in the wrong place costs a missing and an extra word in the
  // alignment, but is one mistake: templates up to one word dearer may win.
  const own = `level:${level.level}`
  const near = alignments
    .filter(
      (alignment) =>
        alignment.cost <= lowest + 1e-9 ||
        (alignment.cost <= lowest + COST.missing + 1e-9 && canMove(alignment))
    )
    .map((alignment) => {
      const judged = judge(alignment)
      return {
        alignment,
        judged,
        cost: alignment.cost - judged.moves * COST.missing,
        goal: goalMatched(level, judged),
        own: alignment.template.source === own,
      }
    })
  const cheapest = Math.min(...near.map((entry) => entry.cost))
  // Among equally close templates: the one whose meaning is a goal of the
  // level, then the level's own (its lesson: "tall" is a wrong form of
  // "taller" there, not an extra word), then the one that leaves fewer
  // words unmatched (missing or extra), then the first listed.
  const chosen = near
    .filter((entry) => entry.cost <= cheapest + 1e-9)
    .sort(
      (left, right) =>
        Number(right.goal) - Number(left.goal) ||
        Number(right.own) - Number(left.own) ||
        left.judged.unmatched - right.judged.unmatched ||
        left.alignment.index - right.alignment.index
    )[0]
  const best = chosen.alignment
  trace.push({ step: 'closest template', detail: `${best.template.source}: ${best.template.template} (cost ${best.cost.toFixed(1)})` })

  let judged = chosen.judged
  articleFeedback(context, input, judged.feedback)

  if (judged.feedback.some((item) => item.blocking)) {
    const alternative = paraphrase(context, input)
    if (alternative) {
      trace.push({ step: 'paraphrase', detail: `${alternative.intent} expressed without a listed template` })
      articleFeedback(context, input, alternative.feedback)
      // The paraphrase wins when it finds less wrong ("Sow three potato": the
      // plural, not the farm's own verb).
      if (penalty(alternative.feedback) < penalty(judged.feedback)) judged = alternative
    }
  }

  // Speech has no apostrophes: "farmers" and "farmer's" sound the same.
  if (options.inputMode === 'voice') {
    const bare = (word: string) => word.toLowerCase().replace(/['’‘`´]/g, '')
    judged.feedback = judged.feedback.filter(
      (item) => !(item.kind === 'wrong_form' && item.expected !== undefined && bare(item.text) === bare(item.expected))
    )
  }

  if (options.inputMode !== 'voice' && innerPunctuation.length > 0) {
    const offset = innerPunctuation[0]
    judged.feedback.push(feedbackItem(context, 'punctuation', { start: offset, end: offset + 1 }, undefined, undefined, input))
  }

  // One item per span (a contraction is two tokens with one span).
  const seen = new Set<string>()
  const feedback = judged.feedback
    .sort((left, right) => left.start - right.start || Number(right.blocking) - Number(left.blocking))
    .filter((item) => {
      const key = `${item.start}:${item.end}`
      if (item.start !== item.end && seen.has(key)) return false
      seen.add(key)
      return true
    })

  const passed = !feedback.some((item) => item.blocking)
  const score = Math.max(0, Math.min(100, 100 - penalty(feedback)))
  const uiLocale = options.uiLocale ?? 'en'

  const ruleKey = feedback.find((item) => item.blocking && item.ruleKey)?.ruleKey ?? (passed ? undefined : judged.template?.pattern)
  const pattern = ruleKey ? level.patterns[ruleKey] : undefined

  const matchedGoal = goalMatched(level, judged)
  trace.push({
    step: 'intent',
    detail: judged.intent
      ? `${judged.intent}(${Object.entries(judged.slots).map(([name, value]) => `${name}=${value}`).join(', ')})${matchedGoal ? ' — a goal of the level' : goalNote(level, judged)}`
      : 'none recognised',
  })
  trace.push({
    step: 'verdict',
    detail: `${passed ? 'passed' : 'failed'}, score ${score}${feedback.length ? `: ${feedback.map((item) => item.kind).join(', ')}` : ''}`,
  })

  return {
    passed,
    score,
    intent: judged.intent ? { name: judged.intent, slots: judged.slots } : null,
    goalMatched: matchedGoal,
    feedback,
    ...(pattern
      ? {
          explanation: {
            ruleKey: pattern.key,
            title: pattern.title[uiLocale] ?? pattern.title.en ?? pattern.key,
            text: pattern.explanation[uiLocale] ?? pattern.explanation.en ?? '',
          },
        }
      : {}),
    examples: pattern
      ? pattern.examples.map((example) => ({
          text: example.en,
          ...(uiLocale !== 'en' && example[uiLocale] ? { translation: example[uiLocale] } : {}),
        }))
      : [],
    utterance: input,
    ...(!passed && judged.expectedWords.length > 0 ? { expected: render(judged.expectedWords, input) } : {}),
    trace,
  }
}

/**
 * Checks one utterance, or the n-best alternatives of a speech recogniser
 * (the best verdict wins: passed, then score, then goal, then rank).
 */
export function check(input: string | string[], level: CompiledLevel, options: CheckOptions = {}): Verdict {
  try {
    const candidates = Array.isArray(input) ? input.slice(0, 10) : [input]
    if (candidates.length === 0) return errorVerdict('', 'language.errors.empty', {})
    const mode = Array.isArray(input) ? { ...options, inputMode: options.inputMode ?? 'voice' } : options
    let best: Verdict | undefined
    for (const [rank, candidate] of candidates.entries()) {
      const verdict = checkOne(candidate, level, mode)
      if (Array.isArray(input)) verdict.trace.unshift({ step: 'alternative', detail: `#${rank + 1} of ${candidates.length}` })
      if (
        !best ||
        (verdict.passed && !best.passed) ||
        (verdict.passed === best.passed && verdict.score > best.score) ||
        (verdict.passed === best.passed && verdict.score === best.score && verdict.goalMatched && !best.goalMatched)
      ) {
        best = verdict
      }
      // Nothing beats a flawless answer that reaches the goal: the rest need no check.
      if (best.passed && best.score === 100 && best.goalMatched) break
    }
    return best!
  } catch (error) {
    // A bug must never take a game down: report it as a refused check.
    return errorVerdict(typeof input === 'string' ? input : '', 'language.errors.internal', {
      reason: error instanceof Error ? error.message : String(error),
    })
  }
}
