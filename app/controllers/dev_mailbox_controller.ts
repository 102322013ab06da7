import type { HttpContext } from '@adonisjs/core/http'
import StoredMail from '#models/stored_mail'

/**
 * Mails kept instead of sent when no SMTP server is configured. Registered
 * outside production only (see start/routes.ts).
 */
export default class DevMailboxController {
  async index({ inertia }: HttpContext) {
    const mails = await StoredMail.query().orderBy('id', 'desc').limit(100)
    return inertia.render('dev/mailbox', {
      mails: mails.map((mail) => ({
        id: mail.id,
        to: mail.toAddresses,
        subject: mail.subject,
        createdAt: mail.createdAt.toISO()!,
      })),
    })
  }

  async show({ inertia, params }: HttpContext) {
    const mail = await StoredMail.findOrFail(params.id)
    const links = [...new Set([...(mail.html ?? '').matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&')))]
    return inertia.render('dev/mail', {
      mail: {
        id: mail.id,
        from: mail.fromAddress,
        to: mail.toAddresses,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        createdAt: mail.createdAt.toISO()!,
        links,
      },
    })
  }

  async clear({ response }: HttpContext) {
    await StoredMail.query().delete()
    return response.redirect('/dev/mailbox')
  }
}
