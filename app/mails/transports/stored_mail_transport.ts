import { MailResponse } from '@adonisjs/mail'
import type { MailManagerTransportFactory, MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'

type Address = string | { address: string; name?: string }

function formatAddress(recipient: Address) {
  return typeof recipient === 'string' ? recipient : recipient.address
}

/**
 * Keeps outgoing mail in the database instead of sending it, so a fresh
 * install without SMTP can still finish sign-up: the dev mailbox page
 * (/dev/mailbox) lists and previews what was "sent".
 */
export class StoredMailTransport implements MailTransportContract {
  async send(message: NodeMailerMessage): Promise<MailResponse<{ id: number }>> {
    const { default: StoredMail } = await import('#models/stored_mail')
    const to = (message.to ?? []).map((recipient) => formatAddress(recipient as Address))
    const from = message.from ? formatAddress(message.from as Address) : ''

    const stored = await StoredMail.create({
      fromAddress: from,
      toAddresses: to.join(', '),
      subject: String(message.subject ?? ''),
      html: typeof message.html === 'string' ? message.html : null,
      text: typeof message.text === 'string' ? message.text : null,
    })

    const messageId = `<stored-${stored.id}@parley.local>`
    return new MailResponse(messageId, { from, to }, { id: stored.id })
  }
}

export function storedMailTransport(): MailManagerTransportFactory {
  return () => new StoredMailTransport()
}
