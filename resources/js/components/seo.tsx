import { Head, usePage } from '@inertiajs/react'

type SeoProps = {
  title: string
  description: string
  /** Pages that must stay out of search results (forms, settings, errors). */
  noindex?: boolean
  type?: 'website' | 'article'
  image?: string
}

/**
 * Title, description, canonical URL and Open Graph tags for a page.
 * Rendered on the server, so crawlers and link previews see them.
 */
export function Seo({ title, description, noindex, type = 'website', image }: SeoProps) {
  const { props } = usePage()
  const site = props.site
  const path = site.path.split('?')[0]
  const url = `${site.url}${path}`
  const ogImage = image ?? `${site.url}/og-image.png`
  const ogLocale = props.locale === 'ru' ? 'ru_RU' : 'en_US'

  return (
    <Head title={title}>
      <meta head-key="description" name="description" content={description} />
      <link head-key="canonical" rel="canonical" href={url} />
      {noindex ? <meta head-key="robots" name="robots" content="noindex, nofollow" /> : null}
      <meta head-key="og:title" property="og:title" content={title} />
      <meta head-key="og:description" property="og:description" content={description} />
      <meta head-key="og:type" property="og:type" content={type} />
      <meta head-key="og:url" property="og:url" content={url} />
      <meta head-key="og:site_name" property="og:site_name" content="Parley" />
      <meta head-key="og:locale" property="og:locale" content={ogLocale} />
      <meta head-key="og:image" property="og:image" content={ogImage} />
      {image ? null : <meta head-key="og:image:width" property="og:image:width" content="1200" />}
      {image ? null : <meta head-key="og:image:height" property="og:image:height" content="630" />}
      <meta head-key="twitter:card" name="twitter:card" content="summary_large_image" />
    </Head>
  )
}
