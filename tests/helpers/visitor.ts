import type { ApiClient, ApiRequest, ApiResponse } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import { CookieClient } from '@adonisjs/core/http'
import { Encryption } from '@adonisjs/core/encryption'

/**
 * Name of the session cookie (config/session.ts). With the cookie store the
 * session data lives in a second, encrypted cookie named after the session id.
 */
export const SESSION_COOKIE = 'parley-session'
export const REMEMBER_COOKIE = 'remember_web'
export const XSRF_COOKIE = 'XSRF-TOKEN'
export const LOCALE_COOKIE = 'parley-locale'

export type SetCookie = {
  name: string
  value: string
  attributes: Record<string, string | true>
  raw: string
}

/**
 * Parses one Set-Cookie header line (values are URL-decoded, as a browser
 * stores them).
 */
export function parseSetCookie(line: string): SetCookie {
  const [pair, ...parts] = line.split(';')
  const index = pair.indexOf('=')
  const name = pair.slice(0, index).trim()
  let value = pair.slice(index + 1).trim()
  try {
    value = decodeURIComponent(value)
  } catch {
    // keep the raw value
  }
  const attributes: Record<string, string | true> = {}
  for (const part of parts) {
    const [key, ...rest] = part.split('=')
    attributes[key.trim().toLowerCase()] = rest.length > 0 ? rest.join('=').trim() : true
  }
  return { name, value, attributes, raw: line }
}

export function setCookiesOf(response: ApiResponse): SetCookie[] {
  const header = response.headers()['set-cookie'] as string | string[] | undefined
  if (!header) return []
  return (Array.isArray(header) ? header : [header]).map(parseSetCookie)
}

function isDeletion(cookie: SetCookie) {
  const maxAge = cookie.attributes['max-age']
  if (typeof maxAge === 'string' && Number(maxAge) <= 0) return true
  const expires = cookie.attributes['expires']
  if (typeof expires === 'string' && new Date(expires).getTime() <= Date.now()) return true
  return cookie.value === ''
}

/**
 * Reads cookies the way the japa plugin does (signed, encrypted, plain).
 */
const cookieClient = new CookieClient(await app.container.make(Encryption))
function cookies() {
  return cookieClient
}

type VisitorOptions = {
  /** Sets the language cookie, as the language switch does. */
  locale?: 'en' | 'ru'
  /** Sent as Accept-Language on every request. */
  acceptLanguage?: string
}

type RequestOptions = {
  /** Send the XSRF header (default: true for POST/PUT/PATCH/DELETE). */
  csrf?: boolean
}

/**
 * A browser-like client: keeps the cookies the server sets (session,
 * XSRF-TOKEN, remember-me, language, UTM) and sends them back, echoes the
 * XSRF cookie in the X-XSRF-TOKEN header like Inertia's axios does, and
 * never follows redirects on its own, so every hop can be inspected.
 *
 * It talks to the real cookie session store (the embedded default), so it
 * does not depend on the memory store the Japa session plugin assumes.
 */
export class Visitor {
  jar = new Map<string, string>()
  headers: Record<string, string> = {}
  lastResponse?: ApiResponse

  constructor(
    public client: ApiClient,
    options: VisitorOptions = {}
  ) {
    if (options.locale) this.jar.set(LOCALE_COOKIE, options.locale)
    if (options.acceptLanguage) this.headers['accept-language'] = options.acceptLanguage
  }

  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, options: RequestOptions = {}): ApiRequest {
    const request = this.client.request(url, method).redirects(0)
    const sendCsrf = options.csrf ?? method !== 'GET'
    for (const [name, value] of Object.entries(this.headers)) request.header(name, value)

    request.setup(() => {
      // Runs after the session plugin's hook, which puts a random session
      // id of its memory store in the jar: use our cookies instead.
      request.cookiesJar = {}
      for (const [name, value] of this.jar) request.cookiesJar[name] = { name, value }
      const xsrf = this.jar.get(XSRF_COOKIE)
      if (sendCsrf && xsrf) request.header('X-XSRF-TOKEN', xsrf)
    })
    request.teardown((response) => {
      this.absorb(response)
    })
    return request
  }

  get(url: string, options?: RequestOptions) {
    return this.request('GET', url, options)
  }
  post(url: string, options?: RequestOptions) {
    return this.request('POST', url, options)
  }
  put(url: string, options?: RequestOptions) {
    return this.request('PUT', url, options)
  }
  delete(url: string, options?: RequestOptions) {
    return this.request('DELETE', url, options)
  }

  /**
   * An Inertia visit: the page object as JSON.
   */
  inertia(url: string) {
    return this.get(url).withInertia()
  }

  /**
   * Follows a redirect response like a browser (GET, with our cookies).
   */
  follow(response: ApiResponse, options: { inertia?: boolean } = {}) {
    const location = response.header('location')
    if (!location) throw new Error(`Expected a redirect, got ${response.status()}`)
    const target = toPath(location)
    const request = this.get(target)
    return options.inertia === false ? request : request.withInertia()
  }

  /**
   * Opens a page first, as a browser would before submitting a form: the
   * server starts a session and sets the XSRF-TOKEN cookie.
   */
  async prime(url = '/robots.txt') {
    if (!this.jar.has(XSRF_COOKIE)) await this.get(url)
    return this
  }

  absorb(response: ApiResponse) {
    this.lastResponse = response
    for (const cookie of setCookiesOf(response)) {
      if (isDeletion(cookie)) this.jar.delete(cookie.name)
      else this.jar.set(cookie.name, cookie.value)
    }
  }

  /**
   * The session id (unsigned) of this visitor, if any.
   */
  sessionId(): string | null {
    const signed = this.jar.get(SESSION_COOKIE)
    if (!signed) return null
    const id = cookies().parse(SESSION_COOKIE, signed)
    return typeof id === 'string' ? id : null
  }

  /**
   * The decrypted session data the visitor carries.
   */
  session(): Record<string, any> {
    const id = this.sessionId()
    if (!id) return {}
    const encrypted = this.jar.get(id)
    if (!encrypted) return {}
    const values = cookies().parse(id, encrypted)
    return values && typeof values === 'object' ? values : {}
  }

  /**
   * Flash messages waiting for the next request.
   */
  flash(): Record<string, any> {
    return this.session().__flash__ ?? {}
  }

  /**
   * Field errors flashed by a failed form submission.
   */
  fieldErrors(): Record<string, string[]> {
    return this.flash().inputErrorsBag ?? {}
  }

  forgetCookie(name: string) {
    this.jar.delete(name)
  }

  /**
   * Drops the session cookies, as when the session expires or the browser
   * is restarted; other cookies (remember-me, language) stay.
   */
  dropSession() {
    const id = this.sessionId()
    if (id) this.jar.delete(id)
    this.jar.delete(SESSION_COOKIE)
  }

  /**
   * Logs in through the real form.
   */
  async login(email: string, password: string, options: { remember?: boolean } = {}) {
    await this.prime()
    const response = await this.post('/login').form({ email, password, ...(options.remember ? { remember: 'true' } : {}) })
    if (response.status() !== 302 || this.session().auth_web === undefined) {
      throw new Error(`Login of ${email} failed: ${response.status()} ${response.header('location')}`)
    }
    return response
  }

  /**
   * Who the server thinks this visitor is (via the shared `user` prop).
   */
  async currentUser(): Promise<Record<string, any> | null> {
    const response = await this.inertia('/about')
    return response.body().props.user ?? null
  }
}

/**
 * Path and query of an absolute or relative URL.
 */
export function toPath(url: string) {
  const parsed = new URL(url, 'http://localhost')
  return `${parsed.pathname}${parsed.search}`
}

/**
 * An absolute URL of the app under test, as browsers send in Referer.
 */
export function pageUrl(path: string) {
  const host = process.env.HOST ?? 'localhost'
  return `http://${host}:${process.env.PORT}${path}`
}

/**
 * A visitor signed in as `user` (created by UserFactory) through the real form.
 */
export async function signedInVisitor(client: ApiClient, user: { email: string }, options: { remember?: boolean } = {}) {
  const { FACTORY_PASSWORD } = await import('#database/factories/user_factory')
  const visitor = new Visitor(client)
  await visitor.login(user.email, FACTORY_PASSWORD, options)
  return visitor
}
