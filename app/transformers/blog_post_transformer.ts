import type BlogPost from '#models/blog_post'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { marked } from 'marked'

/**
 * A blog post for lists (no body) and, with `withBody`, for its own page.
 */
export default class BlogPostTransformer extends BaseTransformer<BlogPost> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'slug', 'locale', 'title', 'excerpt', 'authorName']),
      publishedAt: this.resource.publishedAt?.toISO() ?? null,
      readingMinutes: Math.max(1, Math.round(this.resource.body.split(/\s+/).length / 200)),
    }
  }

  async withBody() {
    return {
      ...this.toObject(),
      html: await marked.parse(this.resource.body),
    }
  }
}
