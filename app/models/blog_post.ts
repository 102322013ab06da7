import { BlogPostSchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'
import { dbDateTime } from '#services/db_time'

export type BlogPostStatus = 'draft' | 'published'

/**
 * A news or blog article in one language; translations share the slug.
 */
export default class BlogPost extends BlogPostSchema {
  declare status: BlogPostStatus

  static published = scope((query) => {
    query.where('status', 'published').where('published_at', '<=', dbDateTime())
  })
}
