/**
 * bench/checker: how fast the phrase checker judges answers on the seeded
 * levels, on one core. Prints checks per second and p50/p99 per check,
 * overall and per level, for a deterministic mix of answers: the model
 * answer, typos, wrong forms, swapped and missing words, extra words,
 * nonsense, and voice alternatives.
 *
 *   node --import @poppinss/ts-exec bench/checker/run.ts [--seconds 5]
 */
import { performance } from 'node:perf_hooks'
import { writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import { check } from '#language/check'
import type { CompiledLevel } from '#language/types'
import { seededLevels } from '#services/seed_content'
import { englishDictionary } from '#services/english_dictionary'

const secondsArgument = process.argv.indexOf('--seconds')
const SECONDS = secondsArgument > 0 ? Number(process.argv[secondsArgument + 1]) : 5
const GOAL = 20_000

/**
 * A deterministic pseudo-random generator (mulberry32).
 */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function answersFor(level: CompiledLevel, seed: number): Array<string | string[]> {
  const next = random(seed)
  const words = level.canonical.replace(/[^\p{L}\p{N}' -]/gu, '').split(' ')
  const pick = () => Math.floor(next() * words.length)
  const answers: Array<string | string[]> = [level.canonical, level.canonical.toLowerCase()]
  for (let index = 0; index < 4; index++) {
    // One typo in a word.
    const at = pick()
    const word = words[at]
    const position = Math.floor(next() * word.length)
    answers.push([...words.slice(0, at), word.slice(0, position) + word.slice(position + 1), ...words.slice(at + 1)].join(' '))
  }
  answers.push(words.map((word) => word.replace(/s$/, '')).join(' ')) // singular where a plural was due
  answers.push([...words].reverse().join(' ')) // word order
  answers.push(words.slice(1).join(' ')) // a missing word
  answers.push(`${words.join(' ')} please now`) // extra words
  answers.push('I would like to dance with the dragon tonight') // off topic
  answers.push('asdf qwer zxcv') // nonsense
  answers.push([level.canonical.replace(/\.$/, '').toLowerCase(), words.slice(1).join(' '), 'plant'])
  return answers
}

type Sample = { level: string; micros: number }

function percentile(sorted: number[], fraction: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]
}

const levels = seededLevels()
// The app checks with the word list (typo or wrong word?); so does the bench.
const options = { dictionary: await englishDictionary() }
const workload = levels.flatMap(([name, level], index) => answersFor(level, index + 1).map((answer) => ({ name, level, answer })))

// Warm up the JIT and the per-level indexes.
for (let round = 0; round < 30; round++) for (const item of workload) check(item.answer, item.level, options)

const samples: Sample[] = []
const started = performance.now()
let checks = 0
while (performance.now() - started < SECONDS * 1000) {
  for (const item of workload) {
    const before = performance.now()
    check(item.answer, item.level, options)
    samples.push({ level: item.name, micros: (performance.now() - before) * 1000 })
    checks++
  }
}
const elapsed = (performance.now() - started) / 1000

// Throughput without the timing calls around every check.
const pureStart = performance.now()
let pureChecks = 0
while (performance.now() - pureStart < Math.min(SECONDS, 3) * 1000) {
  for (const item of workload) {
    check(item.answer, item.level, options)
    pureChecks++
  }
}
const throughput = pureChecks / ((performance.now() - pureStart) / 1000)

/**
 * Baseline, measured in the same run: the approach of expanded answer
 * lists (LibreLingo, Duolingo): every accepted sentence spelled out, an
 * answer accepted when it is at most one word away from one of them. It
 * only says yes or no. Expansion stops at 20,000 sentences per level.
 */
const EXPANSION_CAP = 20_000
function expand(level: CompiledLevel): string[][] {
  const sentences: string[][] = []
  const wordsFor = (edge: CompiledLevel['templates'][number]['graph']['edges'][number]): string[] => {
    if (edge.kind === 'word') return [edge.word]
    if (edge.kind === 'slot') {
      if (edge.type === 'number') return ['one', 'two', 'three', '3', 'four', 'ten']
      return Object.values(level.lexemes)
        .filter((lexeme) => lexeme.tags.includes(edge.type))
        .flatMap((lexeme) => [lexeme.forms.plural ?? lexeme.lemma, lexeme.lemma])
    }
    if (edge.kind === 'fixed') return Object.values(level.lexemes[edge.lexeme]?.forms ?? {})
    return []
  }
  for (const template of level.templates) {
    const { graph } = template
    const walk = (node: number, prefix: string[]) => {
      if (sentences.length >= EXPANSION_CAP) return
      if (node === graph.nodeCount - 1) {
        sentences.push(prefix)
        return
      }
      for (const edge of graph.edges) {
        if (edge.from !== node) continue
        if (edge.kind === 'skip') walk(edge.to, prefix)
        else for (const word of wordsFor(edge)) walk(edge.to, [...prefix, word])
      }
    }
    walk(0, [])
  }
  return sentences
}

function wordDistanceAtMostOne(a: string[], b: string[]) {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else {
      i++
      j++
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

const expanded = new Map(levels.map(([name, level]) => [name, expand(level)]))
const baselineCheck = (answer: string | string[], name: string) => {
  const words = (Array.isArray(answer) ? answer[0] : answer).toLowerCase().replace(/[^\p{L}\p{N}' ]/gu, '').split(/\s+/).filter(Boolean)
  return expanded.get(name)!.some((sentence) => wordDistanceAtMostOne(words, sentence))
}
for (const item of workload) baselineCheck(item.answer, item.name)
const baselineStart = performance.now()
let baselineChecks = 0
while (performance.now() - baselineStart < Math.min(SECONDS, 3) * 1000) {
  for (const item of workload) {
    baselineCheck(item.answer, item.name)
    baselineChecks++
  }
}
const baselineThroughput = baselineChecks / ((performance.now() - baselineStart) / 1000)
const expandedSizes = [...expanded.values()].map((list) => list.length)

const all = samples.map((sample) => sample.micros).sort((a, b) => a - b)
console.log(`bench/checker — ${levels.length} seeded levels, ${workload.length} answers in the mix, ${SECONDS}s, one core`)
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}`)
console.log('')
console.log(`throughput   ${Math.round(throughput).toLocaleString('en')} checks/s   (goal ≥ ${GOAL.toLocaleString('en')}: ${throughput >= GOAL ? 'met' : 'NOT met'})`)
console.log(`per check    p50 ${percentile(all, 0.5).toFixed(1)} µs   p99 ${percentile(all, 0.99).toFixed(1)} µs   (${checks.toLocaleString('en')} timed checks in ${elapsed.toFixed(1)} s)`)
console.log(
  `baseline     ${Math.round(baselineThroughput).toLocaleString('en')} checks/s — expanded lists, yes/no only ` +
    `(${Math.min(...expandedSizes).toLocaleString('en')}–${Math.max(...expandedSizes).toLocaleString('en')} sentences per level, ` +
    `${expandedSizes.filter((size) => size >= EXPANSION_CAP).length} level(s) hit the ${EXPANSION_CAP.toLocaleString('en')} cap)`
)
console.log(`ratio        ${(throughput / baselineThroughput).toFixed(2)}× the baseline's throughput, with per-word feedback`)
console.log('')
console.log('level          templates   p50 µs   p99 µs')
const rows = []
for (const [name, level] of levels) {
  const own = samples.filter((sample) => sample.level === name).map((sample) => sample.micros).sort((a, b) => a - b)
  const row = { level: name, templates: level.templates.length, p50: percentile(own, 0.5), p99: percentile(own, 0.99) }
  rows.push(row)
  console.log(`${name.padEnd(14)} ${String(row.templates).padStart(9)} ${row.p50.toFixed(1).padStart(8)} ${row.p99.toFixed(1).padStart(8)}`)
}

mkdirSync('tmp/bench', { recursive: true })
writeFileSync(
  'tmp/bench/checker.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      throughput,
      p50: percentile(all, 0.5),
      p99: percentile(all, 0.99),
      baseline: { throughput: baselineThroughput, expandedSentences: expandedSizes },
      levels: rows,
    },
    null,
    2
  )
)
