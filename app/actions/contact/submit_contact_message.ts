import mail from '@adonisjs/mail/services/main'
import ContactMessage, { type ContactTopic } from '#models/contact_message'
import User from '#models/user'
import ContactConfirmationNotification from '#mails/contact_confirmation_notification'
import ContactReceivedNotification from '#mails/contact_received_notification'
import env from '#start/env'

export type ContactInput = {
  name: string
  email: string
  topic: ContactTopic
  message: string
  locale: string
  userId: number | null
  ip: string | null
}

/**
 * Stores the message first (nothing is lost if mail fails), then confirms
 * to the sender and notifies the team: ADMIN_EMAIL, or every admin.
 */
export async function submitContactMessage(input: ContactInput) {
  const contact = await ContactMessage.create(input)

  await mail.sendLater(
    new ContactConfirmationNotification(
      { email: input.email, displayName: input.name, locale: input.locale },
      { topic: input.topic, message: input.message }
    )
  )

  const adminEmail = env.get('ADMIN_EMAIL')
  const admins = adminEmail
    ? [{ email: adminEmail, displayName: 'Parley team', locale: 'en' }]
    : await User.query().where('role', 'admin').select('email', 'display_name', 'locale')

  for (const admin of admins) {
    await mail.sendLater(
      new ContactReceivedNotification(
        { email: admin.email, displayName: admin.displayName, locale: admin.locale },
        {
          replyTo: input.email,
          senderName: input.name,
          senderEmail: input.email,
          topic: input.topic,
          message: input.message,
          contactId: contact.id,
        }
      )
    )
  }
  return contact
}
