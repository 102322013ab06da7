import type { NextFn } from '@adonisjs/core/types/http'
import type { HttpContext } from '@adonisjs/core/http'
import { isSupportedLocale, useLocale } from '#services/locale'

/**
 * A signed-in user's language setting beats the cookie and the browser.
 */
export default class UserLocaleMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const locale = ctx.auth.user?.locale
    if (isSupportedLocale(locale) && locale !== ctx.i18n.locale) {
      useLocale(ctx, locale)
    }
    return next()
  }
}
