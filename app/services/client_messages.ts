import { createHash } from 'node:crypto'
import i18nManager from '@adonisjs/i18n/services/main'
import type { SupportedLocale } from '#config/i18n'

/**
 * Translation files the browser needs; server-only ones (mail, validator)
 * stay on the server.
 */
const CLIENT_NAMESPACES = ['ui', 'marketing', 'auth', 'settings', 'errors', 'play', 'catalog', 'profile', 'leaderboards', 'league', 'coop']

type ClientMessages = { version: string; messages: Record<string, string> }
const cache = new Map<string, ClientMessages>()

/**
 * ICU messages of one locale for the pages, with English filling any gap,
 * and a version that changes when any message does (the client caches them).
 */
export function clientMessages(locale: SupportedLocale): ClientMessages {
  const cached = cache.get(locale)
  if (cached) return cached

  const pick = (source: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(source).filter(([key]) => CLIENT_NAMESPACES.includes(key.split('.')[0]))
    )
  const messages = { ...pick(i18nManager.getTranslationsFor('en')), ...pick(i18nManager.getTranslationsFor(locale)) }
  const version = createHash('sha1').update(JSON.stringify(messages)).digest('hex').slice(0, 12)

  const entry = { version, messages }
  cache.set(locale, entry)
  return entry
}
