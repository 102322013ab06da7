import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type { I18n } from '@adonisjs/i18n'
import { isSupportedLocale } from '#services/locale'
import { appUrl } from '#config/app'

/**
 * Base for our mails: written in the recipient's language, with an HTML
 * view and a plain-text twin rendered from the same strings.
 */
export abstract class LocalizedMail extends BaseMail {
  protected abstract view: string
  protected abstract subjectKey: string

  constructor(
    protected recipient: { email: string; displayName?: string | null; locale?: string | null },
    protected data: Record<string, unknown> = {}
  ) {
    super()
  }

  /**
   * More template state computed in the recipient's language.
   */
  protected localizedState(_i18n: I18n): Record<string, unknown> {
    return {}
  }

  get locale() {
    return isSupportedLocale(this.recipient.locale) ? this.recipient.locale : 'en'
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const state = {
      ...this.data,
      ...this.localizedState(i18n),
      i18n,
      locale: this.locale,
      appUrl,
      name: this.recipient.displayName ?? this.recipient.email,
    }
    this.message.to(this.recipient.email)
    this.message.subject(i18n.t(this.subjectKey, state as Record<string, any>))
    this.message.header('Content-Language', this.locale)
    this.message.htmlView(`emails/${this.view}`, state)
    this.message.textView(`emails/${this.view}_text`, state)
  }
}
