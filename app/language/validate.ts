/**
 * Checks a whole content library for references that do not hold: intent
 * verbs that are not lexemes, slot types no lexeme carries, phrases naming
 * unknown intents or patterns, templates that do not parse or leave a
 * required slot empty. Pure; used by the import before anything is written.
 */

import type { GrammarPatternData, IntentData, LexemeData, PhraseData } from '#language/content'
import { compileLexemes, indexWords } from '#language/compile'
import { parseTemplate, templateSlots, TemplateSyntaxError } from '#language/template'

export type LibraryProblem = { entity: 'lexemes' | 'grammar_patterns' | 'intents' | 'phrases'; key: string; reason: string }

export function validateLibrary(content: {
  lexemes: LexemeData[]
  patterns: GrammarPatternData[]
  intents: IntentData[]
  phrases: PhraseData[]
}): LibraryProblem[] {
  const problems: LibraryProblem[] = []

  for (const lexeme of content.lexemes) {
    const expected = `${lexeme.language}:${lexeme.lemma.toLowerCase()}:${lexeme.pos}`
    if (lexeme.key !== expected) problems.push({ entity: 'lexemes', key: lexeme.key, reason: `the key must be ${expected}` })
  }

  const byLanguage = new Map<string, LexemeData[]>()
  for (const lexeme of content.lexemes) byLanguage.set(lexeme.language, [...(byLanguage.get(lexeme.language) ?? []), lexeme])
  const lexemeKeys = new Set(content.lexemes.map((lexeme) => lexeme.key))
  const tags = new Set(content.lexemes.flatMap((lexeme) => lexeme.tags))
  const patternKeys = new Set(content.patterns.map((pattern) => pattern.key))
  const intents = new Map(content.intents.map((intent) => [intent.key, intent]))

  for (const intent of content.intents) {
    for (const verb of intent.verbs) {
      if (!lexemeKeys.has(verb)) problems.push({ entity: 'intents', key: intent.key, reason: `verb ${verb} is not a lexeme` })
    }
    for (const [name, slot] of Object.entries(intent.slots)) {
      if (slot.type !== 'number' && !tags.has(slot.type)) {
        problems.push({ entity: 'intents', key: intent.key, reason: `slot ${name}: no lexeme is tagged ${slot.type}` })
      }
    }
  }

  const language = 'en'
  const lexemes = compileLexemes(byLanguage.get(language) ?? [])
  const words = indexWords(lexemes)
  const resolveFixed = (lemma: string) => Object.values(lexemes).find((lexeme) => lexeme.lemma === lemma)?.key

  for (const phrase of content.phrases) {
    const intent = intents.get(phrase.intent)
    if (!intent) problems.push({ entity: 'phrases', key: phrase.key, reason: `intent ${phrase.intent} does not exist` })
    if (!patternKeys.has(phrase.pattern)) problems.push({ entity: 'phrases', key: phrase.key, reason: `pattern ${phrase.pattern} does not exist` })
    for (const template of phrase.accepted) {
      try {
        const graph = parseTemplate(template, language, resolveFixed)
        for (const edge of graph.edges) {
          if (edge.kind === 'word' && !Object.hasOwn(words, edge.word) && !/^\d+$/.test(edge.word)) {
            problems.push({ entity: 'phrases', key: phrase.key, reason: `"${template}": "${edge.word}" is not a form of any lexeme` })
          }
          if (edge.kind === 'slot' && intent && !Object.hasOwn(intent.slots, edge.slot)) {
            problems.push({ entity: 'phrases', key: phrase.key, reason: `"${template}": ${edge.slot} is not a slot of ${intent.key}` })
          }
          if (edge.kind === 'slot' && edge.type !== 'number' && !tags.has(edge.type)) {
            problems.push({ entity: 'phrases', key: phrase.key, reason: `"${template}": no lexeme is tagged ${edge.type}` })
          }
        }
        if (intent) {
          const filled = templateSlots(graph)
          for (const [name, slot] of Object.entries(intent.slots)) {
            if (slot.required && !filled.has(name)) {
              problems.push({ entity: 'phrases', key: phrase.key, reason: `"${template}": required slot ${name} is never filled` })
            }
          }
        }
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error
        problems.push({ entity: 'phrases', key: phrase.key, reason: `"${template}": ${error.message}` })
      }
    }
  }
  return problems
}
