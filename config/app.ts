import type { IncomingMessage, ServerResponse } from 'node:http'
import env from '#start/env'
import { defineConfig } from '@adonisjs/core/http'
import proxyAddr from 'proxy-addr'
import { resolveDataDir } from '#start/env_rules'

/**
 * Secret for cookies, signed URLs and encryption (see start/env_rules.ts).
 */
export const appKey = env.get('APP_KEY')

/**
 * Public base URL, used for links in mails, OAuth callbacks and SEO tags.
 */
export const appUrl = (
  env.get('APP_URL') ?? `http://${env.get('HOST') ?? 'localhost'}:${env.get('PORT') ?? 3333}`
).replace(/\/+$/, '')

/**
 * Cookies are marked Secure and HSTS is sent only when the public URL is HTTPS,
 * so a plain-HTTP local run still works.
 */
export const servedOverHttps = appUrl.startsWith('https://')

/**
 * Folder holding the embedded database, stored mails and uploads.
 */
export const dataDir = resolveDataDir(env.get('DATA_DIR'))

export const http = defineConfig({
  generateRequestId: true,

  /**
   * Which proxies may tell us the client's address (X-Forwarded-For): rate
   * limits and logs key on it. Loopback by default; behind a load balancer
   * set TRUST_PROXY to its addresses or subnets ("10.0.0.0/8,loopback").
   */
  trustProxy: proxyAddr.compile(
    (env.get('TRUST_PROXY') ?? 'loopback')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean)
  ),
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,

  /**
   * Undecodable URLs never reach middleware: answer them translated and in
   * the usual shapes (see app/services/bad_url_response.ts).
   */
  onBadUrl(request: IncomingMessage, response: ServerResponse) {
    import('#services/bad_url_response')
      .then(({ respondToBadUrl }) => respondToBadUrl(request, response))
      .catch(() => {
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        response.end('Bad Request')
      })
  },

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: servedOverHttps,
    sameSite: 'lax',
  },
})
