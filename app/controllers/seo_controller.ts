import type { HttpContext } from '@adonisjs/core/http'
import BlogPost from '#models/blog_post'
import { appUrl } from '#config/app'

const STATIC_PAGES = ['/', '/games', '/about', '/faq', '/pricing', '/blog', '/contact', '/terms', '/privacy', '/signup', '/login']

function escapeXml(value: string) {
  return value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)
}

export default class SeoController {
  /**
   * Public pages and published posts for search engines.
   */
  async sitemap({ response }: HttpContext) {
    const posts = await BlogPost.query()
      .withScopes((scopes) => scopes.published())
      .select('slug', 'updated_at', 'published_at')
    const slugs = new Map<string, string | null>()
    for (const post of posts) {
      const modified = (post.updatedAt ?? post.publishedAt)?.toISODate() ?? null
      const previous = slugs.get(post.slug)
      if (!previous || (modified && modified > previous)) slugs.set(post.slug, modified)
    }

    const urls = [
      ...STATIC_PAGES.map((path) => ({ loc: `${appUrl}${path}`, lastmod: null as string | null })),
      ...[...slugs].map(([slug, lastmod]) => ({ loc: `${appUrl}/blog/${slug}`, lastmod })),
    ]
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      urls
        .map(
          (url) =>
            `  <url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>`
        )
        .join('\n') +
      '\n</urlset>\n'

    response.header('Content-Type', 'application/xml; charset=utf-8')
    return body
  }

  async robots({ response }: HttpContext) {
    response.header('Content-Type', 'text/plain; charset=utf-8')
    return [
      'User-agent: *',
      'Allow: /',
      'Disallow: /settings',
      'Disallow: /api/',
      'Disallow: /dev/',
      'Disallow: /reset-password/',
      'Disallow: /email/',
      `Sitemap: ${appUrl}/sitemap.xml`,
      '',
    ].join('\n')
  }
}
