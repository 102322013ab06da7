import { readFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import app from '@adonisjs/core/services/app'
import BlogPost from '#models/blog_post'

type SeedPost = {
  slug: string
  locale: string
  title: string
  excerpt: string
  body: string
  authorName: string
  publishedAt: string
}

/**
 * The launch posts (database/content/blog_posts.json), keyed by slug
 * and language: running it again updates them in place.
 */
export default class BlogPostSeeder extends BaseSeeder {
  async run() {
    const posts: SeedPost[] = JSON.parse(
      await readFile(app.makePath('database/content/blog_posts.json'), 'utf8')
    )
    for (const post of posts) {
      await BlogPost.updateOrCreate(
        { slug: post.slug, locale: post.locale },
        {
          title: post.title,
          excerpt: post.excerpt,
          body: post.body,
          authorName: post.authorName,
          status: 'published',
          publishedAt: DateTime.fromISO(post.publishedAt),
        }
      )
    }
  }
}
