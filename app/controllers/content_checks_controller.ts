import type { HttpContext } from '@adonisjs/core/http'
import { errors as lucidErrors } from '@adonisjs/lucid'
import { editContent } from '#abilities/main'
import { contentCheckValidator } from '#validators/content_check'
import contentLibrary from '#services/content_library'
import { check } from '#language/check'
import { isSupportedLocale } from '#services/locale'

/**
 * The checker preview for editors: the full verdict, trace included.
 */
export default class ContentChecksController {
  async store({ request, bouncer, i18n }: HttpContext) {
    await bouncer.authorize(editContent)
    const payload = await request.validateUsing(contentCheckValidator)
    const level = await contentLibrary.level(payload.game, payload.level)
    if (!level) throw new lucidErrors.E_ROW_NOT_FOUND()

    const locale = payload.locale ?? (isSupportedLocale(i18n.locale) ? i18n.locale : 'en')
    return check(payload.alternatives?.length ? payload.alternatives : payload.utterance, level, {
      uiLocale: locale,
      dictionary: await contentLibrary.dictionary(),
      inputMode: payload.alternatives?.length ? 'voice' : 'text',
    })
  }
}
