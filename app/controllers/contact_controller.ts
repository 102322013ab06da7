import type { HttpContext } from '@adonisjs/core/http'
import { contactValidator } from '#validators/contact'
import { submitContactMessage } from '#actions/contact/submit_contact_message'
import { contactTopics } from '#models/contact_message'

export default class ContactController {
  async create({ inertia }: HttpContext) {
    return inertia.render('contact', { topics: [...contactTopics] })
  }

  async store({ request, response, session, i18n, auth }: HttpContext) {
    const payload = await request.validateUsing(contactValidator)
    await submitContactMessage({
      ...payload,
      locale: i18n.locale,
      userId: auth.user?.id ?? null,
      ip: request.ip(),
    })
    session.flash('success', i18n.t('marketing.contact.sent', { email: payload.email }))
    return response.redirect('/contact')
  }
}
