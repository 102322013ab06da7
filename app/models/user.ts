import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { DbRememberMeTokensProvider } from '@adonisjs/auth/session'
import type { AccessToken } from '@adonisjs/auth/access_tokens'
import { beforeSave, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import OauthIdentity from '#models/oauth_identity'
import { parleyConfig } from '#config/parley'
import { AccessTokensProvider } from '#services/access_tokens_provider'

export const userRoles = ['player', 'editor', 'admin'] as const
export type UserRole = (typeof userRoles)[number]

const AuthFinder = withAuthFinder(hash, {
  uids: ['email'],
  passwordColumnName: 'password',
})

export default class User extends compose(UserSchema, AuthFinder) {
  declare role: UserRole

  currentAccessToken?: AccessToken

  static rememberMeTokens = DbRememberMeTokensProvider.forModel(User)

  static accessTokens = AccessTokensProvider.forModel(User, {
    prefix: 'prl_',
    expiresIn: parleyConfig.auth.apiTokenExpiresIn,
  })

  @hasMany(() => OauthIdentity)
  declare oauthIdentities: HasMany<typeof OauthIdentity>

  /**
   * Emails are compared case-insensitively: store them lowercased.
   */
  @beforeSave()
  static lowercaseEmails(user: User) {
    if (user.$dirty.email) user.email = User.normaliseEmail(user.email)
    if (user.$dirty.pendingEmail && user.pendingEmail) {
      user.pendingEmail = User.normaliseEmail(user.pendingEmail)
    }
  }

  static normaliseEmail(email: string) {
    return email.trim().toLowerCase()
  }

  static findByEmail(email: string) {
    return User.findBy('email', User.normaliseEmail(email))
  }

  get isVerified() {
    return this.emailVerifiedAt !== null
  }

  get hasPassword() {
    return this.password !== null
  }

  get initials() {
    const words = this.displayName.trim().split(/\s+/).filter(Boolean)
    const letters = words.length > 1 ? words[0][0] + words[1][0] : (words[0] ?? this.email).slice(0, 2)
    return letters.toUpperCase()
  }
}
