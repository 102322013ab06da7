import type { IncomingMessage, ServerResponse } from 'node:http'
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
}

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * A URL that cannot be decoded (`/blog/%E0%A4%A`) is refused by the HTTP
 * server before any middleware or the exception handler runs. Answer it
 * like every other error: the /api JSON shape or a small page, translated
 * from the language cookie or Accept-Language.
 */
export async function respondToBadUrl(request: IncomingMessage, response: ServerResponse) {
  const { default: i18nManager } = await import('@adonisjs/i18n/services/main')
  const cookieLocale = /(?:^|;\s*)parley-locale=(en|ru)(?:;|$)/.exec(request.headers.cookie ?? '')?.[1]
  const locale =
    cookieLocale ?? i18nManager.getSupportedLocaleFor(String(request.headers['accept-language'] ?? '')) ?? 'en'
  const i18n = i18nManager.locale(locale)
  const message = i18n.t('errors.bad_request')

  if ((request.url ?? '').startsWith('/api/')) {
    response.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' })
    response.end(JSON.stringify({ errors: [{ message }] }))
    return
  }

  const title = i18n.t('errors.page.title_other')
  response.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' })
  response.end(
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Parley</title></head>` +
      `<body style="font-family:system-ui,sans-serif;background:#fbf8f1;color:#1d2521;text-align:center;padding:72px 20px">` +
      `<p style="font-size:4rem;font-weight:800;color:#1f6f5c;margin:0">400</p><h1>${escapeHtml(title)}</h1>` +
      `<p>${escapeHtml(message)}</p><p><a href="/" style="color:#1f6f5c">${escapeHtml(i18n.t('errors.page.home'))}</a></p></body></html>`
  )
}
