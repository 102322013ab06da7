import { AccessToken, DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import type { Secret } from '@adonisjs/core/helpers'
import type { LucidModel } from '@adonisjs/lucid/types/model'

/** How stale `last_used_at` may get: settings shows it to the minute. */
const LAST_USED_RESOLUTION_MS = 60_000

/**
 * The stock provider, except in two points of `verify`: it writes
 * `last_used_at` only when the stored time is over a minute old (the stock
 * one writes it on every request: a write transaction per API call), and
 * only after the secret matched (the stock one writes it for a wrong secret too).
 */
export class AccessTokensProvider<TokenableModel extends LucidModel> extends DbAccessTokensProvider<TokenableModel> {
  static forModel<TokenableModel extends LucidModel>(
    model: ConstructorParameters<typeof DbAccessTokensProvider<TokenableModel>>[0]['tokenableModel'],
    options: Omit<ConstructorParameters<typeof DbAccessTokensProvider<TokenableModel>>[0], 'tokenableModel'> = {}
  ) {
    return new AccessTokensProvider<TokenableModel>({ tokenableModel: model, ...options })
  }

  async verify(tokenValue: Secret<string>) {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    if (!decoded) return null
    const db = await this.getDb()
    const row = await db.query().from(this.table).where({ id: decoded.identifier, type: this.type }).limit(1).first()
    if (!row) return null

    const token = this.dbRowToAccessToken(row)
    if (!token.verify(decoded.secret) || token.isExpired()) return null

    const now = new Date()
    const lastUsed = token.lastUsedAt ? new Date(token.lastUsedAt).getTime() : Number.NaN
    if (!(now.getTime() - lastUsed < LAST_USED_RESOLUTION_MS)) {
      await db.from(this.table).where({ id: row.id, type: row.type }).update({ last_used_at: now })
      token.lastUsedAt = now
    }
    return token
  }
}
