import type { HttpContext } from '@adonisjs/core/http'

export const UTM_COOKIE = 'parley-utm'
const UTM_KEYS = ['source', 'medium', 'campaign'] as const
type Utm = Partial<Record<(typeof UTM_KEYS)[number], string>>

/**
 * Remembers utm_* parameters of the landing page for 30 days, so sign-up
 * can credit the campaign that brought the visitor. First touch wins.
 */
export function captureUtm(ctx: HttpContext) {
  const query = ctx.request.qs()
  const found: Utm = {}
  for (const key of UTM_KEYS) {
    const value = query[`utm_${key}`]
    if (typeof value !== 'string') continue
    // Without NUL characters, which PostgreSQL cannot store.
    const clean = value.replaceAll('\u0000', '').trim()
    if (clean) found[key] = clean.slice(0, 100)
  }
  if (Object.keys(found).length === 0) return
  if (ctx.request.cookie(UTM_COOKIE)) return
  ctx.response.cookie(UTM_COOKIE, found, { maxAge: '30 days', httpOnly: true, sameSite: 'lax' })
}

export function readUtm(ctx: HttpContext): Utm {
  const stored = ctx.request.cookie(UTM_COOKIE)
  if (!stored || typeof stored !== 'object') return {}
  const utm: Utm = {}
  for (const key of UTM_KEYS) {
    if (typeof stored[key] === 'string') utm[key] = stored[key].slice(0, 100)
  }
  return utm
}
