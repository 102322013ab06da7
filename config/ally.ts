import env from '#start/env'
import { appUrl } from '#config/app'
import { defineConfig, services } from '@adonisjs/ally'

/**
 * Providers offered on the log-in and sign-up pages: those with a client id.
 */
export const enabledOAuthProviders = (['github', 'google'] as const).filter((provider) =>
  Boolean(env.get(provider === 'github' ? 'GITHUB_CLIENT_ID' : 'GOOGLE_CLIENT_ID'))
)

/**
 * Endpoint overrides let tests (and GitHub Enterprise) use another server.
 */
function endpoint(value: string | undefined) {
  return value ? value : undefined
}

const allyConfig = defineConfig({
  github: services.github({
    clientId: env.get('GITHUB_CLIENT_ID', ''),
    clientSecret: env.get('GITHUB_CLIENT_SECRET', ''),
    callbackUrl: `${appUrl}/auth/github/callback`,
    scopes: ['read:user', 'user:email'],
    allowSignup: true,
    authorizeUrl: endpoint(env.get('GITHUB_AUTHORIZE_URL')),
    accessTokenUrl: endpoint(env.get('GITHUB_ACCESS_TOKEN_URL')),
    userInfoUrl: endpoint(env.get('GITHUB_USER_INFO_URL')),
    userEmailUrl: endpoint(env.get('GITHUB_USER_EMAIL_URL')),
  }),
  google: services.google({
    clientId: env.get('GOOGLE_CLIENT_ID', ''),
    clientSecret: env.get('GOOGLE_CLIENT_SECRET', ''),
    callbackUrl: `${appUrl}/auth/google/callback`,
    scopes: ['openid', 'userinfo.email', 'userinfo.profile'],
    prompt: 'select_account',
    authorizeUrl: endpoint(env.get('GOOGLE_AUTHORIZE_URL')),
    accessTokenUrl: endpoint(env.get('GOOGLE_ACCESS_TOKEN_URL')),
    userInfoUrl: endpoint(env.get('GOOGLE_USER_INFO_URL')),
  }),
})

export default allyConfig

declare module '@adonisjs/ally/types' {
  interface SocialProviders extends InferSocialProviders<typeof allyConfig> {}
}
