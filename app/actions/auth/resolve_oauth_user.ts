import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import OauthIdentity, { type OAuthProvider } from '#models/oauth_identity'
import { registerUser } from '#actions/auth/register_user'
import type { SupportedLocale } from '#config/i18n'

export type OAuthProfile = {
  provider: OAuthProvider
  providerUserId: string
  email: string | null
  emailVerified: boolean
  name: string | null
  avatarUrl: string | null
}

export type ResolveOAuthResult =
  | { outcome: 'signed_in' | 'linked' | 'created'; user: User }
  | { outcome: 'email_unverified' | 'no_email' | 'linked_elsewhere' }

/**
 * Finds the Parley account behind a provider login:
 * 1. an identity already linked to it;
 * 2. else, when someone is signed in, link to them;
 * 3. else an account with the same address — linked only when the provider
 *    verified that address (otherwise anyone could claim it);
 * 4. else a new account (consent is given on the sign-up page's OAuth button).
 */
export async function resolveOAuthUser(
  profile: OAuthProfile,
  context: { currentUser: User | null; locale: SupportedLocale; timeZone?: string }
): Promise<ResolveOAuthResult> {
  const existing = await OauthIdentity.query()
    .where('provider', profile.provider)
    .where('provider_user_id', profile.providerUserId)
    .preload('user')
    .first()

  if (existing) {
    if (context.currentUser && context.currentUser.id !== existing.userId) {
      return { outcome: 'linked_elsewhere' }
    }
    return { outcome: 'signed_in', user: existing.user }
  }

  if (context.currentUser) {
    await linkIdentity(context.currentUser, profile)
    return { outcome: 'linked', user: context.currentUser }
  }

  if (!profile.email) return { outcome: 'no_email' }

  const owner = await User.findByEmail(profile.email)
  if (owner) {
    if (!profile.emailVerified) return { outcome: 'email_unverified' }
    await db.transaction(async (trx) => {
      await linkIdentity(owner, profile, trx)
      // The provider vouched for the address: that confirms it here too.
      if (!owner.emailVerifiedAt) {
        owner.useTransaction(trx)
        owner.emailVerifiedAt = DateTime.now()
        await owner.save()
      }
    })
    return { outcome: 'linked', user: owner }
  }

  const user = await registerUser({
    displayName: (profile.name ?? profile.email.split('@')[0]).slice(0, 60),
    email: profile.email,
    password: null,
    locale: context.locale,
    timeZone: context.timeZone,
    emailVerified: profile.emailVerified,
    avatarUrl: profile.avatarUrl,
  })
  await linkIdentity(user, profile)
  return { outcome: 'created', user }
}

async function linkIdentity(user: User, profile: OAuthProfile, trx?: TransactionClientContract) {
  await OauthIdentity.updateOrCreate(
    { userId: user.id, provider: profile.provider },
    { providerUserId: profile.providerUserId, email: profile.email },
    trx ? { client: trx } : undefined
  )
}
