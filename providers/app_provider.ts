import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Application-wide wiring that has no better home: the API serializer on
 * HttpContext and the locale-aware helpers.
 */
export default class AppProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    await import('#services/api_serializer')
  }
}
