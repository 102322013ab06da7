import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import UserTransformer from '#transformers/user_transformer'
import { clientMessages } from '#services/client_messages'
import { headerProgress } from '#queries/player_progress'
import { isSupportedLocale } from '#services/locale'
import { enabledOAuthProviders } from '#config/ally'
import { appUrl } from '#config/app'
import app from '@adonisjs/core/services/app'

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  /**
   * Props every page receives. Error pages may render before the session
   * and auth middleware ran, so every context property is optional here.
   */
  async share(ctx: HttpContext) {
    const { auth, i18n } = ctx as Partial<HttpContext>
    const locale = i18n && isSupportedLocale(i18n.locale) ? i18n.locale : 'en'
    const translations = clientMessages(locale)

    return {
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      user: ctx.inertia.always(auth?.user ? UserTransformer.transform(auth.user) : undefined),
      /** XP, level and streak for the header (then kept live over SSE). */
      progress: ctx.inertia.always(auth?.user ? await headerProgress(auth.user) : null),
      locale: ctx.inertia.always(locale),
      /**
       * Lets plain HTML forms work before (or without) JavaScript.
       */
      csrfToken: ctx.inertia.always((ctx.request as Partial<typeof ctx.request>).csrfToken ?? ''),
      /**
       * Cached by the client until the messages change (key carries the version).
       */
      messages: ctx.inertia.once(() => translations.messages, {
        key: `messages.${locale}.${translations.version}`,
      }),
      site: ctx.inertia.always({
        url: appUrl,
        oauthProviders: [...enabledOAuthProviders],
        devMailbox: !app.inProduction,
        path: ctx.request.url(),
      }),
    }
  }

  /**
   * One-time notices shown as toasts (page.flash on the client).
   */
  flash(ctx: HttpContext) {
    const { session } = ctx as Partial<HttpContext>
    return {
      success: session?.flashMessages.get('success') as string | undefined,
      error: session?.flashMessages.get('error') as string | undefined,
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
