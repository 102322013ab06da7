import { Link } from '@inertiajs/react'
import type { Data } from '@generated/data'
import { useI18n } from '~/lib/i18n'

/**
 * A post in a list: title, date, reading time and excerpt.
 */
export function PostCard({ post, headingLevel = 2 }: { post: Data.BlogPost; headingLevel?: 2 | 3 }) {
  const { t, formatDate } = useI18n()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card post-card">
      <Heading>
        <Link href={`/blog/${post.slug}`}>{post.title}</Link>
      </Heading>
      <p className="meta-line">
        {post.publishedAt ? <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time> : null}
        {' · '}
        {t('marketing.blog.minutes', { count: post.readingMinutes })}
      </p>
      <p>{post.excerpt}</p>
    </article>
  )
}
