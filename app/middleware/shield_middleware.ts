import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import { skipWhen } from '#middleware/skip_when'
import { isStatelessRequest } from '#services/stateless_request'

/**
 * CSRF, CSP and HSTS for browser requests. Bearer-token API calls cannot be
 * forged cross-site and answer JSON; SecurityHeadersMiddleware still gives
 * them nosniff, frame and a fallback CSP.
 */
export default skipWhen(isStatelessRequest, ShieldMiddleware)
