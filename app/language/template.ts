/**
 * Accepted answers are templates compiled to a token graph (never expanded
 * into lists of sentences):
 *
 * - `plant`            a word
 * - `(plant|sow)`      alternatives, each one or more words or groups
 * - `[the|some]`       an optional group
 * - `{crop:crop}`      a slot: any lexeme tagged `crop` (or `number`)
 * - `{crop:crop.plural}`, `.singular`, `.agree(quantity)` a slot in a form
 *   (agree: plural when the slot `quantity` is above one)
 * - `<be.agree(quantity)>` a fixed word in a required form (`is` / `are`)
 *
 * @example
 * parseTemplate('[please] plant {quantity:number} {crop:crop.agree(quantity)}')
 * // 6 nodes: 0 -please-> 1 -skip-> 2, 0 -skip-> 2, 2 -plant-> 3, 3 -{quantity}-> 4, 4 -{crop}-> 5
 */

import type { FormSelector, TemplateEdge, TemplateGraph } from '#language/types'
import { expandContraction, normalizeWord } from '#language/normalize'

type Element =
  | { kind: 'word'; word: string }
  | { kind: 'group'; alternatives: Element[][]; optional: boolean }
  | { kind: 'slot'; slot: string; type: string; select: FormSelector }
  | { kind: 'fixed'; lemma: string; select: FormSelector }

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    public position: number
  ) {
    super(`${message} (at character ${position + 1})`)
  }
}

function parseSelector(text: string | undefined, position: number): FormSelector {
  if (!text) return { kind: 'any' }
  const agree = /^agree\(([a-z_][a-z0-9_]*)\)$/.exec(text)
  if (agree) return { kind: 'agree', slot: agree[1] }
  // Any form a lexeme lists (plural, third, past, ing, comparative, object, …).
  if (/^[a-z][a-zA-Z]*$/.test(text)) {
    return { kind: 'form', form: text === 'singular' ? 'lemma' : text }
  }
  throw new TemplateSyntaxError(`Unknown form "${text}"`, position)
}

class Parser {
  position = 0
  constructor(
    private source: string,
    private language: string
  ) {}

  parse(): Element[] {
    const sequence = this.sequence(null)
    if (this.position < this.source.length) {
      throw new TemplateSyntaxError(`Unexpected "${this.source[this.position]}"`, this.position)
    }
    return sequence
  }

  private sequence(closer: ')' | ']' | null): Element[] {
    const elements: Element[] = []
    while (this.position < this.source.length) {
      const char = this.source[this.position]
      if (char === ' ' || char === '\t') {
        this.position++
      } else if (char === '|' || char === ')' || char === ']') {
        if (closer === null) throw new TemplateSyntaxError(`Unexpected "${char}"`, this.position)
        return elements
      } else if (char === '(' || char === '[') {
        elements.push(this.group(char === '(' ? ')' : ']'))
      } else if (char === '{') {
        elements.push(this.slot())
      } else if (char === '<') {
        elements.push(this.fixed())
      } else {
        elements.push(...this.words())
      }
    }
    if (closer !== null) throw new TemplateSyntaxError(`Missing "${closer}"`, this.position)
    return elements
  }

  private group(closer: ')' | ']'): Element {
    const opened = this.position
    this.position++
    const alternatives: Element[][] = [this.sequence(closer)]
    while (this.source[this.position] === '|') {
      this.position++
      alternatives.push(this.sequence(closer))
    }
    if (this.source[this.position] !== closer) throw new TemplateSyntaxError(`Missing "${closer}"`, opened)
    this.position++
    if (alternatives.some((alternative) => alternative.length === 0) && closer === ')') {
      throw new TemplateSyntaxError('Empty alternative (use [...] for optional words)', opened)
    }
    return { kind: 'group', alternatives, optional: closer === ']' }
  }

  private slot(): Element {
    const opened = this.position
    const end = this.source.indexOf('}', opened)
    if (end === -1) throw new TemplateSyntaxError('Missing "}"', opened)
    const body = this.source.slice(opened + 1, end)
    const match = /^([a-z_][a-z0-9_]*):([a-z_][a-z0-9_]*)(?:\.(.+))?$/.exec(body)
    if (!match) throw new TemplateSyntaxError(`A slot is {name:type} or {name:type.form}, not {${body}}`, opened)
    this.position = end + 1
    return { kind: 'slot', slot: match[1], type: match[2], select: parseSelector(match[3], opened) }
  }

  private fixed(): Element {
    const opened = this.position
    const end = this.source.indexOf('>', opened)
    if (end === -1) throw new TemplateSyntaxError('Missing ">"', opened)
    const body = this.source.slice(opened + 1, end)
    const match = /^([\p{L}'-]+)(?:\.(.+))?$/u.exec(body)
    if (!match) throw new TemplateSyntaxError(`A fixed word is <lemma.form>, not <${body}>`, opened)
    this.position = end + 1
    return { kind: 'fixed', lemma: normalizeWord(match[1], this.language), select: parseSelector(match[2], opened) }
  }

  private words(): Element[] {
    const start = this.position
    while (this.position < this.source.length && !' \t|()[]{}<>'.includes(this.source[this.position])) {
      this.position++
    }
    const raw = this.source.slice(start, this.position)
    if (!/^[\p{L}\p{N}'’-]+$/u.test(raw)) throw new TemplateSyntaxError(`Not a word: "${raw}"`, start)
    return expandContraction(normalizeWord(raw, this.language)).map((word) => ({ kind: 'word' as const, word }))
  }
}

/**
 * Parses a template; `resolveFixed` turns `<lemma…>` into a lexeme key.
 */
export function parseTemplate(
  source: string,
  language: string,
  resolveFixed: (lemma: string, select: FormSelector) => string | undefined = (lemma) => lemma
): TemplateGraph {
  const elements = new Parser(source.trim(), language).parse()
  const edges: TemplateEdge[] = []
  let nodeCount = 1

  const build = (sequence: Element[], from: number): number => {
    let current = from
    for (const element of sequence) {
      if (element.kind === 'group') {
        const ends = element.alternatives.map((alternative) => build(alternative, current))
        const join = nodeCount++
        for (const end of ends) edges.push({ from: end, to: join, kind: 'skip' })
        if (element.optional) edges.push({ from: current, to: join, kind: 'skip' })
        current = join
        continue
      }
      const next = nodeCount++
      if (element.kind === 'word') {
        edges.push({ from: current, to: next, kind: 'word', word: element.word })
      } else if (element.kind === 'slot') {
        edges.push({ from: current, to: next, kind: 'slot', slot: element.slot, type: element.type, select: element.select })
      } else {
        const lexeme = resolveFixed(element.lemma, element.select)
        if (!lexeme) throw new TemplateSyntaxError(`No lexeme "${element.lemma}"`, 0)
        edges.push({ from: current, to: next, kind: 'fixed', lexeme, select: element.select })
      }
      current = next
    }
    return current
  }

  const end = build(elements, 0)
  // The end must be the last node: route it there if a group left it earlier.
  if (end !== nodeCount - 1) {
    const last = nodeCount++
    edges.push({ from: end, to: last, kind: 'skip' })
  }
  edges.sort((left, right) => left.from - right.from || left.to - right.to)
  return { nodeCount, edges }
}

/**
 * Slot names a template fills (to check it against its intent).
 */
export function templateSlots(graph: TemplateGraph) {
  return new Set(graph.edges.flatMap((edge) => (edge.kind === 'slot' ? [edge.slot] : [])))
}
