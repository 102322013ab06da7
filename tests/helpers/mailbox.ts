import StoredMail from '#models/stored_mail'
import { toPath } from '#tests/helpers/visitor'

/**
 * Mails go out in the background (mail.sendLater) and, without SMTP, are
 * kept in the stored_mails table. These helpers poll that table briefly.
 */

function addressedTo(to: string) {
  return StoredMail.query().whereILike('to_addresses', `%${to.toLowerCase()}%`).orderBy('id', 'asc')
}

export async function mailsTo(to: string) {
  const mails = await addressedTo(to)
  // LIKE is only a pre-filter: compare the exact address list.
  return mails.filter((mail) =>
    mail.toAddresses
      .split(',')
      .map((address) => address.trim().toLowerCase())
      .includes(to.toLowerCase())
  )
}

/**
 * The first mail to `to` (matching `subject` when given), waiting up to
 * `timeoutMs` for the background sender.
 */
export async function waitForMail(
  to: string,
  options: { subject?: string | RegExp; timeoutMs?: number; count?: number } = {}
): Promise<StoredMail> {
  const mails = await waitForMails(to, { ...options, count: options.count ?? 1 })
  return mails[mails.length - 1]
}

export async function waitForMails(
  to: string,
  options: { subject?: string | RegExp; timeoutMs?: number; count?: number } = {}
): Promise<StoredMail[]> {
  const deadline = Date.now() + (options.timeoutMs ?? 5000)
  const count = options.count ?? 1
  for (;;) {
    const matching = (await mailsTo(to)).filter((mail) =>
      options.subject === undefined
        ? true
        : typeof options.subject === 'string'
          ? mail.subject === options.subject
          : options.subject.test(mail.subject)
    )
    if (matching.length >= count) return matching
    if (Date.now() > deadline) {
      throw new Error(
        `Expected ${count} mail(s) to ${to}${options.subject ? ` with subject ${options.subject}` : ''}, found ${matching.length}`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/**
 * Waits a little and asserts nothing was sent to `to`.
 */
export async function expectNoMail(to: string, waitMs = 400) {
  await new Promise((resolve) => setTimeout(resolve, waitMs))
  const mails = await mailsTo(to)
  if (mails.length > 0) {
    throw new Error(`Expected no mail to ${to}, found: ${mails.map((mail) => mail.subject).join(' | ')}`)
  }
}

/**
 * Every link (href) in the HTML part, entities decoded.
 */
export function linksIn(mail: StoredMail): string[] {
  const html = mail.html ?? ''
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))
}

/**
 * The path and query of the first link whose path matches `pattern`, also
 * checked to be present in the plain-text part.
 */
export function linkIn(mail: StoredMail, pattern: RegExp): string {
  const link = linksIn(mail).find((href) => pattern.test(new URL(href, 'http://localhost').pathname))
  if (!link) throw new Error(`No link matching ${pattern} in mail "${mail.subject}": ${linksIn(mail).join(', ')}`)
  return toPath(link)
}

/**
 * Waits for background mails of earlier requests to land, so they do not
 * leak into the next test after the tables are emptied.
 */
export async function settleMails(ms = 100) {
  await new Promise((resolve) => setTimeout(resolve, ms))
}
