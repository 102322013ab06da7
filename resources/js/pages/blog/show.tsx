import { Link } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { StructuredData } from '~/components/structured_data'
import { useI18n } from '~/lib/i18n'

type Post = {
  id: number
  slug: string
  locale: string
  title: string
  excerpt: string
  authorName: string
  publishedAt: string | null
  readingMinutes: number
  html: string
}

type PageProps = InertiaProps<{ post: Post; translations: string[] }>

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Русский' }

export default function BlogShow({ post, translations }: PageProps) {
  const { t, formatDate } = useI18n()
  const structuredData = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    'headline': post.title,
    'description': post.excerpt,
    'datePublished': post.publishedAt,
    'inLanguage': post.locale,
    'author': { '@type': 'Person', 'name': post.authorName },
  }
  const others = translations.filter((locale) => locale !== post.locale)

  return (
    <>
      <Seo title={post.title} description={post.excerpt} type="article" />
      <StructuredData id="post-ld" data={structuredData} />
      <article className="container narrow section" lang={post.locale}>
        <p>
          <Link href="/blog">← {t('marketing.blog.back')}</Link>
        </p>
        <h1>{post.title}</h1>
        <p className="meta-line">
          {t('marketing.blog.by', { author: post.authorName })}
          {post.publishedAt ? (
            <>
              {' · '}
              <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
            </>
          ) : null}
          {' · '}
          {t('marketing.blog.minutes', { count: post.readingMinutes })}
        </p>
        {others.length > 0 ? (
          <p className="small muted">
            {t('marketing.blog.also_in')} {others.map((locale) => LANGUAGE_NAMES[locale] ?? locale).join(', ')}
          </p>
        ) : null}
        <div className="prose" dangerouslySetInnerHTML={{ __html: post.html }} />
      </article>
    </>
  )
}
