import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import { supportedLocales, type SupportedLocale } from '#config/i18n'
import { isStatelessRequest } from '#services/stateless_request'

export const LOCALE_COOKIE = 'parley-locale'

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value)
}

/**
 * The language of a request before we know the user: the language cookie
 * (set by the language switch), else the best match of Accept-Language,
 * else English.
 */
export function localeFromRequest(ctx: HttpContext): SupportedLocale {
  const fromCookie = ctx.request.plainCookie(LOCALE_COOKIE, undefined, false)
  if (isSupportedLocale(fromCookie)) return fromCookie

  const fromHeader = i18nManager.getSupportedLocaleFor(ctx.request.languages())
  return isSupportedLocale(fromHeader) ? fromHeader : 'en'
}

/**
 * Makes `locale` the language of this request: ctx.i18n, the container
 * binding and the edge templates all follow.
 */
export function useLocale(ctx: HttpContext, locale: SupportedLocale) {
  ctx.i18n = i18nManager.locale(locale)
  ctx.containerResolver.bindValue(I18n, ctx.i18n)
  // Reading ctx.view creates an Edge renderer: only for requests that may render a page.
  if (!isStatelessRequest(ctx) && 'view' in ctx) {
    ctx.view.share({ i18n: ctx.i18n, locale })
  }
}

/**
 * Remembers the chosen language for visitors (and for the next sign-in).
 */
export function rememberLocale(ctx: HttpContext, locale: SupportedLocale) {
  ctx.response.plainCookie(LOCALE_COOKIE, locale, {
    maxAge: '1 year',
    httpOnly: false,
    sameSite: 'lax',
    encode: false,
  })
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: I18n
  }
}
