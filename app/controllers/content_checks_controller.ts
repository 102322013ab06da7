import type { HttpContext } from '@adonisjs/core/http'
import { errors as lucidErrors } from '@adonisjs/lucid'
import i18nManager from '@adonisjs/i18n/services/main'
import { editContent } from '#abilities/main'
import { contentCheckValidator } from '#validators/content_check'
import contentLibrary from '#services/content_library'
import { describeVerdict } from '#services/verdict_messages'
import { check } from '#language/check'
import { ContentError } from '#language/compile'
import { isSupportedLocale } from '#services/locale'

/**
 * The checker preview for editors: the full verdict, trace included.
 */
export default class ContentChecksController {
  async store({ request, response, bouncer, i18n }: HttpContext) {
    await bouncer.authorize(editContent)
    const payload = await request.validateUsing(contentCheckValidator)

    let level
    try {
      level = await contentLibrary.level(payload.game, payload.level)
    } catch (error) {
      // Content an editor broke is their answer, not a server fault.
      if (!(error instanceof ContentError)) throw error
      return response.unprocessableEntity({
        errors: error.problems.map((problem) => ({ message: i18n.t('language.errors.content', { problems: problem }) })),
      })
    }
    if (!level) throw new lucidErrors.E_ROW_NOT_FOUND()

    const uiLocale = payload.locale ?? (isSupportedLocale(i18n.locale) ? i18n.locale : 'en')
    const voice = payload.alternatives !== undefined
    const verdict = check(payload.alternatives ?? payload.utterance ?? '', level, {
      uiLocale,
      dictionary: await contentLibrary.dictionary(),
      inputMode: voice ? 'voice' : 'text',
    })
    return describeVerdict(verdict, i18n.locale === uiLocale ? i18n : i18nManager.locale(uiLocale))
  }
}
