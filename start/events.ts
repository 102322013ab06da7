/*
|--------------------------------------------------------------------------
| Event listeners
|--------------------------------------------------------------------------
*/

import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'

emitter.on('i18n:missing:translation', (event) => {
  logger.warn({ key: event.identifier, locale: event.locale }, 'missing translation')
})

/**
 * Mails go out in the background; a failure there must not pass silently.
 */
emitter.on('queued:mail:error', (event) => {
  logger.error({ err: event.error, mailer: event.mailerName }, 'sending a queued mail failed')
})
