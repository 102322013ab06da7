import { Link, router } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { useI18n } from '~/lib/i18n'

type PageProps = InertiaProps<{ mails: { id: number; to: string; subject: string; createdAt: string }[] }>

/**
 * Development only: mails the app would have sent (no SMTP configured).
 */
export default function Mailbox({ mails }: PageProps) {
  const { formatDate } = useI18n()
  return (
    <>
      <Seo title="Dev mailbox" description="Mails stored instead of sent in development." noindex />
      <section className="container section">
        <h1>Dev mailbox</h1>
        <p className="muted">
          No SMTP server is configured, so mails are kept here instead of being sent. This page does not exist in production.
        </p>
        {mails.length === 0 ? (
          <p>No mails yet.</p>
        ) : (
          <>
            <table className="mail-table">
              <thead>
                <tr>
                  <th scope="col">Subject</th>
                  <th scope="col">To</th>
                  <th scope="col">Sent</th>
                </tr>
              </thead>
              <tbody>
                {mails.map((mail) => (
                  <tr key={mail.id}>
                    <td>
                      <Link href={`/dev/mailbox/${mail.id}`}>{mail.subject}</Link>
                    </td>
                    <td>{mail.to}</td>
                    <td>
                      <time dateTime={mail.createdAt}>
                        {formatDate(mail.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                      </time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="hero-actions">
              <button type="button" className="button button-danger" onClick={() => router.delete('/dev/mailbox')}>
                Empty the mailbox
              </button>
            </p>
          </>
        )}
      </section>
    </>
  )
}
