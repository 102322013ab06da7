import type { HttpContext } from '@adonisjs/core/http'
import { isSupportedLocale, rememberLocale } from '#services/locale'

export default class LocaleController {
  /**
   * Switches the interface language: a cookie for everyone, and the
   * account setting for signed-in users. Returns to the same page.
   */
  async update({ request, response, auth }: HttpContext) {
    const locale = request.input('locale')
    const redirect = request.input('redirect')

    if (isSupportedLocale(locale)) {
      rememberLocale({ request, response } as HttpContext, locale)
      const user = auth.user
      if (user && user.locale !== locale) {
        user.locale = locale
        await user.save()
      }
    }

    const safeRedirect =
      typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/'
    return response.redirect(safeRedirect)
  }
}
