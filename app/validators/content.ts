import vine from '@vinejs/vine'
import { feedbackKinds } from '#language/content'

const KEY = /^[a-z][a-z0-9_]*$/
const cefr = () => vine.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const)
const translations = () => vine.record(vine.string().trim().minLength(1).maxLength(500))
const localized = () => vine.object({ en: vine.string().trim().minLength(1).maxLength(2000) }).allowUnknownProperties()
const status = () => vine.enum(['draft', 'published'] as const).optional()

/**
 * One row of each content file, as the import reads it (see
 * app/language/content.ts for the meaning of every field).
 */
export const lexemeRowValidator = vine.create({
  key: vine.string().regex(/^[a-z]{2}:[^:\s]+:[a-z]+$/).maxLength(120),
  language: vine.string().regex(/^[a-z]{2}$/),
  lemma: vine.string().trim().minLength(1).maxLength(80),
  pos: vine.enum([
    'noun',
    'verb',
    'adjective',
    'adverb',
    'number',
    'ordinal',
    'article',
    'determiner',
    'preposition',
    'pronoun',
    'conjunction',
    'interjection',
  ] as const),
  forms: vine.record(vine.string().trim().minLength(1).maxLength(80)).optional(),
  uncountable: vine.boolean().optional(),
  value: vine.number().withoutDecimals().optional(),
  translations: translations(),
  tags: vine.array(vine.string().regex(KEY)),
  cefr: cefr(),
  variants: vine.array(vine.string().trim().minLength(1).maxLength(80)).optional(),
  status: status(),
})

export const grammarPatternRowValidator = vine.create({
  key: vine.string().regex(KEY).maxLength(80),
  template: vine.string().trim().maxLength(500),
  title: localized(),
  explanation: localized(),
  examples: vine.array(vine.object({ en: vine.string().trim().minLength(1) }).allowUnknownProperties()).minLength(1),
  catches: vine.array(vine.enum(feedbackKinds)),
  cefr: cefr(),
  status: status(),
})

export const intentRowValidator = vine.create({
  key: vine.string().regex(KEY).maxLength(80),
  slots: vine.record(
    vine.object({
      type: vine.string().regex(KEY),
      required: vine.boolean().optional(),
    })
  ),
  verbs: vine.array(vine.string().maxLength(120)).minLength(1),
  description: translations().optional(),
  status: status(),
})

export const phraseRowValidator = vine.create({
  key: vine.string().regex(KEY).maxLength(120),
  intent: vine.string().regex(KEY),
  pattern: vine.string().regex(KEY),
  text: vine.string().trim().minLength(1).maxLength(300),
  accepted: vine.array(vine.string().trim().minLength(1).maxLength(500)).minLength(1),
  translations: translations(),
  status: status(),
})
