import type { HttpContext } from '@adonisjs/core/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'
import { skipWhen } from '#middleware/skip_when'

/** Paths no file in public/ can have. */
const DYNAMIC_PREFIXES = ['/api/', '/health/', '/__transmit/']

/**
 * Files from public/, looked up for every GET (an fs.stat) except on the
 * app's own dynamic paths.
 */
export default skipWhen(
  (ctx: HttpContext) => DYNAMIC_PREFIXES.some((prefix) => ctx.request.url().startsWith(prefix)),
  StaticMiddleware
)
