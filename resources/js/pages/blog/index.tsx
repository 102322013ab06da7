import { Link } from '@inertiajs/react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { PostCard } from '~/components/post_card'
import { useI18n } from '~/lib/i18n'

type PageProps = InertiaProps<{
  posts: Data.BlogPost[]
  pagination: { currentPage: number; lastPage: number; total: number }
}>

export default function BlogIndex({ posts, pagination }: PageProps) {
  const { t } = useI18n()
  return (
    <>
      <Seo title={t('marketing.blog.title')} description={t('marketing.blog.meta')} />
      <header className="container narrow page-header">
        <h1>{t('marketing.blog.title')}</h1>
        <p className="lead">{t('marketing.blog.lead')}</p>
      </header>
      <section className="container narrow">
        {posts.length === 0 ? <p>{t('marketing.blog.empty')}</p> : null}
        <div className="post-list">
          {posts.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </div>
        {pagination.lastPage > 1 ? (
          <nav className="pagination" aria-label={t('marketing.blog.page', { current: pagination.currentPage, last: pagination.lastPage })}>
            {pagination.currentPage > 1 ? (
              <Link href={`/blog?page=${pagination.currentPage - 1}`} rel="prev" className="button">
                {t('ui.actions.previous')}
              </Link>
            ) : (
              <span />
            )}
            <span className="muted">{t('marketing.blog.page', { current: pagination.currentPage, last: pagination.lastPage })}</span>
            {pagination.currentPage < pagination.lastPage ? (
              <Link href={`/blog?page=${pagination.currentPage + 1}`} rel="next" className="button">
                {t('ui.actions.next')}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </>
  )
}
