import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'
import { servedOverHttps } from '#config/app'

/**
 * Vite's dev server injects <style> tags without a nonce, so inline styles are
 * allowed only outside production (see the Shield docs on Vite and CSP).
 */
const styleSrc = app.inProduction ? [`'self'`, '@nonce'] : [`'self'`, `'unsafe-inline'`]

const shieldConfig = defineConfig({
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`, '@viteUrl'],
      scriptSrc: [`'self'`, '@nonce', '@viteUrl'],
      styleSrc,
      // Avatars from GitHub or Google are https images on their hosts.
      imgSrc: [`'self'`, 'data:', 'blob:', 'https:'],
      fontSrc: [`'self'`, 'data:'],
      connectSrc: [`'self'`, app.inProduction ? '' : 'ws:'].filter(Boolean),
      mediaSrc: [`'self'`, 'blob:'],
      objectSrc: [`'none'`],
      baseUri: [`'self'`],
      formAction: [`'self'`],
      frameAncestors: [`'none'`],
    },
    reportOnly: false,
  },

  csrf: {
    enabled: true,
    /**
     * CSRF abuses the cookies a browser adds on its own. An /api request
     * carrying a bearer token, or neither a session nor a remember-me cookie, has no such
     * ambient credentials (and POST /api/auth/tokens trades a password for a
     * token): it cannot be forged cross-site, so it needs no CSRF token and
     * gets the proper 401 when it is not authenticated.
     */
    exceptRoutes: (ctx) => {
      const url = ctx.request.url()
      if (!url.startsWith('/api/')) return false
      if (url === '/api/auth/tokens') return true
      if (/^Bearer\s+\S+/i.test(ctx.request.header('authorization') ?? '')) return true
      return !/(?:^|;\s*)(?:parley-session|remember_web)=/.test(ctx.request.header('cookie') ?? '')
    },
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },

  xFrame: {
    enabled: true,
    action: 'DENY',
  },

  hsts: {
    enabled: servedOverHttps,
    maxAge: '180 days',
    includeSubDomains: true,
  },

  contentTypeSniffing: {
    enabled: true,
  },
})

export default shieldConfig
