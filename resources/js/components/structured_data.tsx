import { Head } from '@inertiajs/react'

/**
 * JSON-LD for search engines. A data block, so CSP does not apply; "<" is
 * escaped so the JSON can never close the script element.
 */
export function StructuredData({ id, data }: { id: string; data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return (
    <Head>
      <script head-key={id} type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
    </Head>
  )
}
