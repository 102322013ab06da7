import type { NextFn } from '@adonisjs/core/types/http'
import { type HttpContext, RequestValidator } from '@adonisjs/core/http'
import { localeFromRequest, useLocale } from '#services/locale'

/**
 * Runs for every request (404s included) and picks the language from the
 * cookie or Accept-Language. The signed-in user's own setting is applied
 * later by UserLocaleMiddleware, once auth has run.
 */
export default class DetectUserLocaleMiddleware {
  static {
    RequestValidator.messagesProvider = (ctx) => ctx.i18n.createMessagesProvider()
  }

  async handle(ctx: HttpContext, next: NextFn) {
    useLocale(ctx, localeFromRequest(ctx))
    return next()
  }
}
