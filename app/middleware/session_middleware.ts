import SessionMiddleware from '@adonisjs/session/session_middleware'
import { skipWhen } from '#middleware/skip_when'
import { isStatelessRequest } from '#services/stateless_request'

/** The session, for browser requests (bearer-token API calls and health checks have none). */
export default skipWhen(isStatelessRequest, SessionMiddleware)
