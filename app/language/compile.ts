/**
 * Compiles the content of one level (already resolved for its game:
 * overrides first) into what the checker reads: templates as token graphs,
 * every word form indexed, the patterns and intents it needs. Pure and
 * deterministic; throws ContentError listing every problem it finds.
 */

import type {
  GrammarPatternData,
  IntentData,
  LevelLanguageData,
  LexemeData,
  PhraseData,
} from '#language/content'
import type {
  CompiledIntent,
  CompiledLevel,
  CompiledLexeme,
  CompiledPattern,
  CompiledTemplate,
  FormSelector,
  WordReading,
} from '#language/types'
import { parseTemplate, templateSlots, TemplateSyntaxError } from '#language/template'
import { deriveForms } from '#language/english_forms'
import { normalizeWord } from '#language/normalize'

export type LevelContent = {
  game: string
  language: string
  lexemes: LexemeData[]
  patterns: GrammarPatternData[]
  intents: IntentData[]
  phrases: PhraseData[]
  level: LevelLanguageData
}

export class ContentError extends Error {
  constructor(public problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`)
  }
}

/**
 * Whether a table has its own entry for a name from content or a template
 * (a name such as `constructor` is no inherited key).
 */
function has(record: object, key: string) {
  return Object.hasOwn(record, key)
}

function byKey<T extends { key: string }>(rows: T[]): T[] {
  return [...rows].sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0))
}

/**
 * Lexemes with every form spelled out (derived ones included).
 */
export function compileLexemes(lexemes: LexemeData[]): Record<string, CompiledLexeme> {
  const compiled: Record<string, CompiledLexeme> = {}
  for (const lexeme of lexemes) {
    const forms: Record<string, string> = { lemma: normalizeWord(lexeme.lemma, lexeme.language) }
    for (const [form, value] of Object.entries(deriveForms(lexeme))) {
      if (value) forms[form] = normalizeWord(value, lexeme.language)
    }
    compiled[lexeme.key] = {
      key: lexeme.key,
      lemma: forms.lemma,
      pos: lexeme.pos,
      tags: [...lexeme.tags],
      forms,
      ...(lexeme.uncountable ? { uncountable: true } : {}),
      ...(lexeme.value !== undefined ? { value: lexeme.value } : {}),
      translations: lexeme.translations,
    }
  }
  return compiled
}

/**
 * Every form → the lexemes and forms it can be (`water` is a noun and a verb).
 */
export function indexWords(lexemes: Record<string, CompiledLexeme>): Record<string, WordReading[]> {
  // A Map while building: a word such as `constructor` is no inherited key.
  const words = new Map<string, WordReading[]>()
  for (const lexeme of Object.values(lexemes)) {
    for (const [form, word] of Object.entries(lexeme.forms)) {
      let readings = words.get(word)
      if (!readings) words.set(word, (readings = []))
      if (!readings.some((reading) => reading.lexeme === lexeme.key && reading.form === form)) {
        readings.push({ lexeme: lexeme.key, form })
      }
    }
  }
  return Object.fromEntries(words)
}

/**
 * FNV-1a over the content JSON: a short, stable version string.
 */
function hash(text: string) {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value.toString(16).padStart(8, '0')
}

export function compileLevel(unordered: LevelContent): CompiledLevel {
  // The same content gives the same level whatever order it was read in
  // (files, database): ties between templates are broken by their order.
  const content = {
    ...unordered,
    lexemes: byKey(unordered.lexemes),
    patterns: byKey(unordered.patterns),
    intents: byKey(unordered.intents),
    phrases: byKey(unordered.phrases),
  }
  const problems: string[] = []
  const { level, language } = content
  const where = `${content.game} level ${level.number}`

  const ownLexemes = content.lexemes.filter((lexeme) => lexeme.language === language)
  const lexemes = compileLexemes(ownLexemes)
  const words = indexWords(lexemes)
  const tags = new Set(Object.values(lexemes).flatMap((lexeme) => lexeme.tags))

  // Spelling variants of the level's language only (another language's
  // variant is no spelling of an English word).
  const spellings = new Map<string, string>()
  for (const lexeme of ownLexemes) {
    for (const variant of lexeme.variants ?? []) spellings.set(normalizeWord(variant, language), normalizeWord(lexeme.lemma, language))
  }

  const patterns: Record<string, CompiledPattern> = {}
  for (const pattern of content.patterns) {
    patterns[pattern.key] = {
      key: pattern.key,
      title: pattern.title,
      explanation: pattern.explanation,
      examples: pattern.examples,
    }
  }

  const intents: Record<string, CompiledIntent> = {}
  for (const intent of content.intents) {
    if (!level.allowedIntents.includes(intent.key)) continue
    for (const verb of intent.verbs) {
      if (!has(lexemes, verb)) problems.push(`intent ${intent.key}: verb ${verb} is not a lexeme`)
    }
    for (const [name, slot] of Object.entries(intent.slots)) {
      if (slot.type !== 'number' && !tags.has(slot.type)) problems.push(`intent ${intent.key}: slot ${name} has type ${slot.type}, which no lexeme is tagged with`)
    }
    intents[intent.key] = {
      key: intent.key,
      verbs: [...intent.verbs],
      slots: Object.fromEntries(
        Object.entries(intent.slots).map(([name, slot]) => [name, { type: slot.type, required: slot.required ?? false }])
      ),
    }
  }
  for (const intent of level.allowedIntents) {
    if (!has(intents, intent)) problems.push(`${where}: allowed intent ${intent} does not exist`)
  }

  const resolveFixed = (lemma: string, select: FormSelector) => {
    const candidates = Object.values(lexemes).filter((lexeme) => lexeme.lemma === lemma)
    const wantsNoun = select.kind === 'form' && select.form === 'plural'
    const preferred =
      candidates.find((lexeme) => (wantsNoun ? lexeme.pos === 'noun' : lexeme.pos === 'verb')) ?? candidates[0]
    return preferred?.key
  }

  const sources: Array<{ source: string; intent: string; pattern: string; template: string }> = []
  for (const phrase of content.phrases) {
    if (!level.allowedIntents.includes(phrase.intent)) continue
    for (const template of phrase.accepted) sources.push({ source: phrase.key, intent: phrase.intent, pattern: phrase.pattern, template })
  }
  for (const accepted of level.accepted ?? []) {
    sources.push({ source: `level:${level.number}`, ...accepted })
  }
  if (sources.length === 0) problems.push(`${where}: no accepted template`)

  const templates: CompiledTemplate[] = []
  for (const source of sources) {
    const label = `${source.source} "${source.template}"`
    if (!has(patterns, source.pattern)) problems.push(`${label}: pattern ${source.pattern} does not exist`)
    const intent = has(intents, source.intent) ? intents[source.intent] : undefined
    if (!intent) {
      problems.push(`${label}: intent ${source.intent} is not allowed in ${where}`)
      continue
    }
    try {
      const graph = parseTemplate(source.template, language, resolveFixed)
      const filled = templateSlots(graph)
      for (const edge of graph.edges) {
        if (edge.kind !== 'slot') continue
        if (!has(intent.slots, edge.slot)) problems.push(`${label}: slot ${edge.slot} is not a slot of intent ${intent.key}`)
        if (edge.type !== 'number' && !tags.has(edge.type)) problems.push(`${label}: no lexeme is tagged ${edge.type}`)
        if (edge.select.kind === 'agree' && !has(intent.slots, edge.select.slot)) {
          problems.push(`${label}: agree(${edge.select.slot}) names no slot of intent ${intent.key}`)
        }
      }
      for (const [name, slot] of Object.entries(intent.slots)) {
        if (slot.required && !filled.has(name)) problems.push(`${label}: required slot ${name} is never filled`)
      }
      for (const edge of graph.edges) {
        if (edge.kind !== 'fixed') continue
        const fixed = has(lexemes, edge.lexeme) ? lexemes[edge.lexeme] : undefined
        const needs = edge.select.kind === 'form' ? [edge.select.form] : edge.select.kind === 'agree' && fixed?.lemma === 'be' ? ['third', 'plural'] : []
        for (const form of needs) {
          if (fixed && !has(fixed.forms, form)) problems.push(`${label}: ${edge.lexeme} has no ${form} form`)
        }
      }
      for (const edge of graph.edges) {
        if (edge.kind === 'word' && !has(words, edge.word) && !/^\d+$/.test(edge.word)) {
          problems.push(`${label}: word "${edge.word}" is not a form of any lexeme`)
        }
      }
      templates.push({ ...source, graph })
    } catch (error) {
      if (error instanceof TemplateSyntaxError) problems.push(`${label}: ${error.message}`)
      else throw error
    }
  }

  for (const goal of level.goals) {
    const intent = has(intents, goal.intent) ? intents[goal.intent] : undefined
    if (!intent) {
      problems.push(`${where}: goal intent ${goal.intent} is not allowed`)
      continue
    }
    for (const name of Object.keys(goal.slots)) {
      if (!has(intent.slots, name)) problems.push(`${where}: goal slot ${name} is not a slot of ${goal.intent}`)
    }
    if (goal.pattern && !templates.some((template) => template.intent === goal.intent && template.pattern === goal.pattern)) {
      problems.push(`${where}: goal ${goal.intent} asks for pattern ${goal.pattern}, which no accepted template of that intent uses`)
    }
  }
  for (const key of [...level.vocabulary]) {
    if (!has(lexemes, key)) problems.push(`${where}: vocabulary ${key} is not a lexeme`)
  }
  for (const key of level.grammar) {
    if (!has(patterns, key)) problems.push(`${where}: grammar ${key} is not a pattern`)
  }

  if (problems.length > 0) throw new ContentError(problems)

  const compiled: Omit<CompiledLevel, 'version'> = {
    game: content.game,
    level: level.number,
    language,
    canonical: level.canonical,
    goals: level.goals.map((goal) => ({ intent: goal.intent, slots: { ...goal.slots }, ...(goal.pattern ? { pattern: goal.pattern } : {}) })),
    allowedIntents: [...level.allowedIntents],
    templates,
    intents,
    patterns,
    lexemes,
    words,
    spellings: Object.fromEntries(spellings),
  }
  return { ...compiled, version: hash(JSON.stringify(compiled)) }
}
