import type { AccessToken } from '@adonisjs/auth/access_tokens'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * An API token as listed in settings: never its secret.
 */
export default class AccessTokenTransformer extends BaseTransformer<AccessToken> {
  toObject() {
    return {
      id: String(this.resource.identifier),
      name: this.resource.name ?? '',
      createdAt: this.resource.createdAt.toISOString(),
      lastUsedAt: this.resource.lastUsedAt?.toISOString() ?? null,
      expiresAt: this.resource.expiresAt?.toISOString() ?? null,
    }
  }
}
