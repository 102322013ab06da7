import { Link } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'

type PageProps = InertiaProps<{
  mail: {
    id: number
    from: string
    to: string
    subject: string
    html: string | null
    text: string | null
    createdAt: string
    links: string[]
  }
}>

/**
 * One stored mail: its links (clickable), the HTML in a sandboxed frame and
 * the plain-text part.
 */
export default function StoredMailPage({ mail }: PageProps) {
  return (
    <>
      <Seo title={mail.subject} description="A stored development mail." noindex />
      <section className="container section">
        <p>
          <Link href="/dev/mailbox">← Dev mailbox</Link>
        </p>
        <h1>{mail.subject}</h1>
        <p className="muted">
          From {mail.from} to {mail.to}
        </p>
        {mail.links.length > 0 ? (
          <div className="card settings-section">
            <h2>Links in this mail</h2>
            <ul>
              {mail.links.map((link) => (
                <li key={link}>
                  <a href={link} className="mail-link">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {mail.html ? <iframe className="mail-frame" title="HTML version" sandbox="" srcDoc={mail.html} /> : null}
        {mail.text ? (
          <details className="card settings-section">
            <summary>Plain-text version</summary>
            <pre>{mail.text}</pre>
          </details>
        ) : null}
      </section>
    </>
  )
}
