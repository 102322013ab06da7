import { randomUUID } from 'node:crypto'
import { OAuth2Server } from 'oauth2-mock-server'

export type GithubProfile = { id: number; login: string; name: string | null; email: string | null; avatar_url?: string }
export type GithubEmail = { email: string; primary: boolean; verified: boolean }
export type GoogleProfile = { sub: string; name: string; email: string; email_verified: boolean; picture?: string }

/**
 * Two real OAuth 2 servers on loopback (oauth2-mock-server) standing in for
 * GitHub (:3398) and Google (:3399), at the URLs in .env.test. Tests set
 * the profile the next login returns, or make the next authorization fail.
 */
export class OAuthProviders {
  github = new OAuth2Server()
  google = new OAuth2Server()
  githubProfile: GithubProfile = { id: 1, login: 'octo', name: 'Octo', email: 'octo@example.com' }
  githubEmails: GithubEmail[] = []
  googleProfile: GoogleProfile = { sub: 'g-1', name: 'Gina', email: 'gina@example.com', email_verified: true }

  async start() {
    await this.github.issuer.keys.generate('RS256')
    await this.google.issuer.keys.generate('RS256')

    // GitHub's authorize endpoint does not take response_type (Ally sends none);
    // the generic server refuses that, so answer like GitHub does: with a code.
    this.github.service.on('beforeAuthorizeRedirect', (redirect: { url: URL }, request: { url?: string }) => {
      const query = new URL(request.url ?? '/', 'http://localhost').searchParams
      if (!query.has('response_type') && redirect.url.searchParams.get('error') === 'unsupported_response_type') {
        redirect.url.searchParams.delete('error')
        redirect.url.searchParams.delete('error_description')
        redirect.url.searchParams.set('code', randomUUID())
      }
    })
    // GitHub's token endpoint does not take grant_type either: add it and let
    // the real token endpoint of this server issue the token.
    this.github.service.addRoute('POST', '/github/token', async (request, response) => {
      const form = new URLSearchParams({ ...(request.body as Record<string, string>), grant_type: 'authorization_code' })
      const upstream = await fetch(`${this.github.issuer.url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      })
      response.writeHead(upstream.status, { 'Content-Type': 'application/json' })
      response.end(await upstream.text())
    })
    this.github.service.on('beforeUserinfo', (response: { body: unknown }) => {
      response.body = this.githubProfile
    })
    // GitHub lists addresses separately when the profile has none public.
    this.github.service.addRoute('GET', '/user/emails', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(this.githubEmails))
    })
    this.google.service.on('beforeUserinfo', (response: { body: unknown }) => {
      response.body = this.googleProfile
    })

    await this.github.start(3398, '127.0.0.1')
    await this.google.start(3399, '127.0.0.1')
    return this
  }

  /**
   * The next authorization of `provider` ends as if the user pressed "Cancel".
   */
  denyNextAuthorization(provider: 'github' | 'google') {
    this[provider].service.once('beforeAuthorizeRedirect', (redirect: { url: URL }) => {
      redirect.url.searchParams.delete('code')
      redirect.url.searchParams.set('error', 'access_denied')
    })
  }

  async stop() {
    await Promise.allSettled([this.github.stop(), this.google.stop()])
  }
}
