import app from '@adonisjs/core/services/app'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import TranslatedException from '#exceptions/translated_exception'

type ApiError = { message: string; field?: string; rule?: string }

const SECRET_INPUT_FIELDS = new Set(['password', 'passwordConfirmation', 'password_confirmation', 'currentPassword', '_csrf'])

/**
 * Translation key of the message shown for an HTTP status.
 */
function messageKeyFor(status: number, code?: string) {
  if (code === 'E_BAD_CSRF_TOKEN') return 'errors.csrf'
  switch (status) {
    case 400:
      return 'errors.bad_request'
    case 401:
      return 'errors.unauthorized'
    case 403:
      return 'errors.forbidden'
    case 404:
      return 'errors.not_found'
    case 405:
      return 'errors.method_not_allowed'
    case 413:
      return 'errors.payload_too_large'
    case 415:
      return 'errors.unsupported_media_type'
    case 429:
      return 'errors.too_many_requests'
    default:
      return status >= 500 ? 'errors.server_error' : 'errors.bad_request'
  }
}

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction

  /**
   * Translated error pages for every status, in development too; 5xx keep
   * the detailed debug page outside production.
   */
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '400..499': (error, ctx) => this.renderErrorPage(error.status, ctx, error.code),
    ...(app.inProduction
      ? { '500..599': (error, ctx) => this.renderErrorPage(error.status, ctx, error.code) }
      : {}),
  }

  async handle(error: unknown, ctx: HttpContext) {
    if (ctx.request.url().startsWith('/api/')) {
      return this.renderApiError(error, ctx)
    }

    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      return this.renderThrottledPage(error, ctx)
    }

    const result = await super.handle(error, ctx)
    this.forgetFlashedSecrets(ctx)
    return result
  }

  /**
   * A refused form is sent back with its input flashed to the session, and
   * the packages only leave out `password` and `password_confirmation`: our
   * camelCase password fields must not be kept in the session either.
   */
  protected forgetFlashedSecrets(ctx: HttpContext) {
    const session = (ctx as Partial<HttpContext>).session
    const input = session?.responseFlashMessages.get('input')
    if (!session || !input || typeof input !== 'object') return
    const kept = Object.fromEntries(Object.entries(input).filter(([key]) => !SECRET_INPUT_FIELDS.has(key)))
    session.responseFlashMessages.set('input', kept)
  }

  /**
   * Every /api error has one shape: `{ errors: [{ message, field?, rule? }] }`,
   * with the message in the request's language.
   */
  protected async renderApiError(error: unknown, ctx: HttpContext) {
    const httpError = this.toHttpError(error)
    const status = httpError.status >= 400 && httpError.status < 600 ? httpError.status : 500

    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      this.applyThrottleHeaders(error, ctx)
    }

    let errors: ApiError[]
    if (httpError.code === 'E_VALIDATION_ERROR' && Array.isArray((httpError as any).messages)) {
      errors = (httpError as any).messages.map((message: ApiError) => ({
        message: message.message,
        field: message.field,
        rule: message.rule,
      }))
    } else {
      errors = [{ message: this.translatedMessage(status, ctx, httpError.code, error) }]
    }

    return ctx.response.status(status).send({ errors })
  }

  /**
   * Inertia forms get the message as a toast and stay on their page; other
   * browsers get the 429 page. Both carry Retry-After.
   */
  protected async renderThrottledPage(error: InstanceType<typeof limiterErrors.E_TOO_MANY_REQUESTS>, ctx: HttpContext) {
    this.applyThrottleHeaders(error, ctx)
    const message = this.translatedMessage(429, ctx, undefined, error)
    if (ctx.request.header('x-inertia') && 'session' in ctx && ctx.session) {
      ctx.session.flash('error', message)
      return ctx.response.redirect().back()
    }
    // Unlike status page renderers, handle() must send what it renders.
    return ctx.response.send(await this.renderErrorPage(429, ctx, undefined, message))
  }

  /**
   * JSON clients of page routes get the /api error shape too, translated;
   * server errors keep the detailed debug output outside production.
   */
  async renderErrorAsJSON(error: Parameters<ExceptionHandler['renderErrorAsJSON']>[0], ctx: HttpContext) {
    if (error.status >= 500 && this.isDebuggingEnabled(ctx)) return super.renderErrorAsJSON(error, ctx)
    ctx.response
      .status(error.status)
      .send({ errors: [{ message: this.translatedMessage(error.status, ctx, error.code, error) }] })
  }

  protected applyThrottleHeaders(error: InstanceType<typeof limiterErrors.E_TOO_MANY_REQUESTS>, ctx: HttpContext) {
    for (const [name, value] of Object.entries(error.getDefaultHeaders())) {
      ctx.response.header(name, value)
    }
  }

  protected translatedMessage(status: number, ctx: HttpContext, code?: string, error?: unknown) {
    const i18n = (ctx as Partial<HttpContext>).i18n
    const seconds =
      error instanceof limiterErrors.E_TOO_MANY_REQUESTS ? error.response.availableIn : undefined
    // Our own exceptions name their message; the rest get the status's.
    const own = error instanceof TranslatedException ? error : undefined
    const key = own?.translationKey ?? messageKeyFor(status, code)
    return i18n ? i18n.t(key, { seconds: seconds ?? 60, ...own?.translationParams }) : key
  }

  protected async renderErrorPage(status: number, ctx: HttpContext, code?: string, message?: string) {
    ctx.response.status(status)
    return ctx.inertia.render('errors/show', {
      status,
      message: message ?? this.translatedMessage(status, ctx, code),
    })
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}
