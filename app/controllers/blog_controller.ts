import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/lucid'
import BlogPost from '#models/blog_post'
import BlogPostTransformer from '#transformers/blog_post_transformer'

export default class BlogController {
  /**
   * Published posts in the reader's language, newest first.
   */
  async index({ inertia, i18n, request }: HttpContext) {
    const page = Math.max(1, Number.parseInt(String(request.input('page', 1)), 10) || 1)
    const posts = await BlogPost.query()
      .withScopes((scopes) => scopes.published())
      .where('locale', i18n.locale)
      .orderBy('published_at', 'desc')
      .paginate(page, 10)

    return inertia.render('blog/index', {
      posts: BlogPostTransformer.transform(posts.all()),
      pagination: { currentPage: posts.currentPage, lastPage: posts.lastPage, total: posts.total },
    })
  }

  /**
   * One post in the reader's language, else in any language it exists in.
   */
  async show({ inertia, i18n, params }: HttpContext) {
    const candidates = await BlogPost.query()
      .withScopes((scopes) => scopes.published())
      .where('slug', params.slug)
    const post =
      candidates.find((candidate) => candidate.locale === i18n.locale) ??
      candidates.find((candidate) => candidate.locale === 'en') ??
      candidates[0]
    if (!post) throw new errors.E_ROW_NOT_FOUND()

    return inertia.render('blog/show', {
      post: BlogPostTransformer.transform(post).useVariant('withBody'),
      translations: candidates.map((candidate) => candidate.locale),
    })
  }
}
