import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { marked } from 'marked'

type LegalDocument = 'terms' | 'privacy'

const cache = new Map<string, { html: string }>()

/**
 * Terms and privacy texts are Markdown files per language
 * (resources/content/<locale>/<name>.md), rendered once and cached.
 */
export async function renderLegalDocument(name: LegalDocument, locale: string) {
  const cacheKey = `${name}:${locale}`
  const cached = cache.get(cacheKey)
  if (cached && app.inProduction) return cached

  const markdown = await readFile(app.makePath('resources/content', locale, `${name}.md`), 'utf8').catch(() =>
    readFile(app.makePath('resources/content', 'en', `${name}.md`), 'utf8')
  )
  const document = { html: await marked.parse(markdown) }
  cache.set(cacheKey, document)
  return document
}
