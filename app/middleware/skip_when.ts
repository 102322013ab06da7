import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

type Middleware = { handle(ctx: HttpContext, next: NextFn): unknown }
type MiddlewareClass = abstract new (...args: any[]) => Middleware

/**
 * A package's middleware that sits out the requests `skip` picks. The
 * wrapped one comes from the container, as it would in the kernel, once per
 * process.
 */
export function skipWhen(skip: (ctx: HttpContext) => boolean, middleware: MiddlewareClass) {
  let instance: Promise<Middleware> | undefined
  return class SkippingMiddleware {
    async handle(ctx: HttpContext, next: NextFn) {
      if (skip(ctx)) return next()
      instance ??= app.container.make(middleware as any) as Promise<Middleware>
      return (await instance).handle(ctx, next)
    }
  }
}
