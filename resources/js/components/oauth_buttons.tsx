import { usePage } from '@inertiajs/react'
import { useI18n } from '~/lib/i18n'

/**
 * "Continue with GitHub/Google": plain links (a full-page redirect to the
 * provider), shown only for providers configured on this server.
 */
export function OAuthButtons({ from }: { from: 'login' | 'signup' }) {
  const { t } = useI18n()
  const { props } = usePage()
  const providers = props.site.oauthProviders
  if (providers.length === 0) return null

  return (
    <>
      <div className="oauth-buttons">
        {providers.map((provider) => (
          <a key={provider} className="button button-block" href={`/auth/${provider}/redirect?from=${from}`}>
            {t('auth.oauth.continue_with', { provider: t(`auth.oauth.providers.${provider}`) })}
          </a>
        ))}
      </div>
      {from === 'signup' ? <p className="field-hint">{t('auth.oauth.consent_note')}</p> : null}
      <p className="divider">{t('auth.signup.or')}</p>
    </>
  )
}
