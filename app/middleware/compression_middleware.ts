import compression from 'compression'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * gzip/brotli for HTML, JSON, JS and CSS (the `compression` package wraps
 * Node's response, so static files and pages alike are covered). Event
 * streams stay uncompressed so every push reaches the browser at once.
 */
const compress = compression({
  threshold: 1024,
  filter: (request, response) => {
    const type = String(response.getHeader('Content-Type') ?? '')
    if (type.startsWith('text/event-stream')) return false
    return compression.filter(request, response)
  },
})

export default class CompressionMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    await new Promise<void>((resolve, reject) => {
      compress(ctx.request.request as any, ctx.response.response as any, (error?: unknown) =>
        error ? reject(error) : resolve()
      )
    })
    return next()
  }
}
