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
