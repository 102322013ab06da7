import type { HttpContext } from '@adonisjs/core/http'
import { enabledOAuthProviders } from '#config/ally'
import { resolveOAuthUser } from '#actions/auth/resolve_oauth_user'
import { signIn, takeIntendedUrl } from '#services/auth_session'
import { recordAuthEvent } from '#services/auth_events'
import { isSupportedLocale } from '#services/locale'
import type { OAuthProvider } from '#models/oauth_identity'

function providerOrNull(value: unknown): OAuthProvider | null {
  return (enabledOAuthProviders as readonly string[]).includes(String(value)) ? (value as OAuthProvider) : null
}

export default class OAuthController {
  /**
   * Off to the provider. The page we came from is where errors come back to.
   */
  async redirect({ ally, params, session, request, response, auth }: HttpContext) {
    const provider = providerOrNull(params.provider)
    if (!provider) return response.notFound()

    const from = request.input('from') === 'signup' ? '/signup' : '/login'
    session.put('redirect.previousUrl', auth.user ? '/settings' : from)
    return ally.use(provider).redirect()
  }

  async callback(ctx: HttpContext) {
    const { ally, params, response, session, i18n, auth } = ctx
    const provider = providerOrNull(params.provider)
    if (!provider) return response.notFound()

    const driver = ally.use(provider)
    const back = auth.user ? '/settings' : '/login'

    if (driver.accessDenied()) {
      session.flash('error', i18n.t('auth.oauth.denied'))
      return response.redirect(back)
    }
    if (driver.stateMisMatch() || driver.hasError()) {
      ctx.logger.warn({ provider, error: driver.getError(), stateMismatch: driver.stateMisMatch() }, 'oauth callback refused')
      session.flash('error', i18n.t('auth.oauth.failed'))
      return response.redirect(back)
    }

    let profile
    try {
      profile = await driver.user()
    } catch (error) {
      ctx.logger.warn({ err: error, provider }, 'oauth profile fetch failed')
      session.flash('error', i18n.t('auth.oauth.failed'))
      return response.redirect(back)
    }

    const result = await resolveOAuthUser(
      {
        provider,
        providerUserId: String(profile.id),
        email: profile.email ?? null,
        emailVerified: profile.emailVerificationState === 'verified',
        name: profile.name ?? profile.nickName ?? null,
        avatarUrl: profile.avatarUrl?.startsWith('https://') ? profile.avatarUrl : null,
      },
      { currentUser: auth.user ?? null, locale: isSupportedLocale(i18n.locale) ? i18n.locale : 'en' }
    )

    if (!('user' in result)) {
      session.flash('error', i18n.t(`auth.oauth.${result.outcome}`, { provider: i18n.t(`auth.oauth.providers.${provider}`) }))
      return response.redirect(back)
    }

    if (result.outcome === 'linked' || result.outcome === 'created') {
      await recordAuthEvent(ctx, result.outcome === 'created' ? 'signed_up' : 'oauth_linked', result.user, { provider })
    }

    if (auth.user) {
      session.flash('success', i18n.t('auth.oauth.linked', { provider: i18n.t(`auth.oauth.providers.${provider}`) }))
      return response.redirect('/settings')
    }

    await signIn(ctx, result.user, { remember: true, method: provider })
    if (result.outcome === 'created') {
      session.flash('success', i18n.t('auth.oauth.welcome', { name: result.user.displayName }))
    }
    return response.redirect(takeIntendedUrl(ctx))
  }
}
