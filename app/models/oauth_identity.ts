import { OauthIdentitySchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

export const oauthProviders = ['github', 'google'] as const
export type OAuthProvider = (typeof oauthProviders)[number]

/**
 * An account at an OAuth provider, linked to one of our users.
 */
export default class OauthIdentity extends OauthIdentitySchema {
  declare provider: OAuthProvider

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
