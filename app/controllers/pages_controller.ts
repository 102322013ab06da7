import type { HttpContext } from '@adonisjs/core/http'
import { parleyConfig } from '#config/parley'
import { renderLegalDocument } from '#services/legal_documents'
import BlogPost from '#models/blog_post'
import BlogPostTransformer from '#transformers/blog_post_transformer'

/**
 * The public marketing pages. Copy lives in resources/lang (marketing.json)
 * and resources/content (legal texts).
 */
export default class PagesController {
  async home({ inertia, i18n }: HttpContext) {
    const latestPosts = await BlogPost.query()
      .withScopes((scopes) => scopes.published())
      .where('locale', i18n.locale)
      .orderBy('published_at', 'desc')
      .limit(3)
    return inertia.render('home', { latestPosts: BlogPostTransformer.transform(latestPosts) })
  }

  async about({ inertia }: HttpContext) {
    return inertia.render('about', {})
  }

  async faq({ inertia }: HttpContext) {
    return inertia.render('faq', {})
  }

  async pricing({ inertia }: HttpContext) {
    return inertia.render('pricing', {
      plans: parleyConfig.plans.map((plan) => ({ ...plan })),
    })
  }

  async terms({ inertia, i18n }: HttpContext) {
    const document = await renderLegalDocument('terms', i18n.locale)
    return inertia.render('legal', {
      document: 'terms',
      html: document.html,
      version: parleyConfig.legal.termsVersion,
    })
  }

  async privacy({ inertia, i18n }: HttpContext) {
    const document = await renderLegalDocument('privacy', i18n.locale)
    return inertia.render('legal', {
      document: 'privacy',
      html: document.html,
      version: parleyConfig.legal.privacyVersion,
    })
  }
}
