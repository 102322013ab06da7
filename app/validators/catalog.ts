import vine, { errors } from '@vinejs/vine'
import { textField } from '#validators/rules'

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const

/**
 * GET /games?topic=&grammar=&cefr=&q=: the catalog's filters, all optional.
 */
export const catalogFiltersValidator = vine.create({
  topic: vine.string().trim().regex(/^[a-z0-9_]{1,40}$/).optional(),
  grammar: vine.string().trim().regex(/^[a-z0-9_]{1,60}$/).optional(),
  cefr: vine.enum(CEFR_LEVELS).optional(),
  q: textField().maxLength(80).optional(),
})

export type CatalogFilterInput = { topic?: string; grammar?: string; cefr?: (typeof CEFR_LEVELS)[number]; q?: string }

/**
 * The filters of a query string. A page never fails on a bad link: a value
 * that does not validate (an array, a typo'd CEFR level, a 500-character
 * search) is dropped and the others still apply.
 */
export async function catalogFiltersFrom(query: Record<string, unknown>): Promise<CatalogFilterInput> {
  const input: Record<string, unknown> = {}
  for (const field of ['topic', 'grammar', 'cefr', 'q']) {
    if (query[field] !== undefined && query[field] !== '') input[field] = query[field]
  }
  const [error, value] = await catalogFiltersValidator.tryValidate(input)
  if (!error) return withoutBlanks(value)
  if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
  for (const message of error.messages as Array<{ field: string }>) delete input[message.field]
  return withoutBlanks(await catalogFiltersValidator.validate(input))
}

function withoutBlanks(filters: CatalogFilterInput): CatalogFilterInput {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => typeof value === 'string' && value !== '')) as CatalogFilterInput
}
