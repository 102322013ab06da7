import { ContactMessageSchema } from '#database/schema'

export const contactTopics = ['question', 'feedback', 'bug', 'partnership', 'privacy'] as const
export type ContactTopic = (typeof contactTopics)[number]

/**
 * A message sent through the contact form.
 */
export default class ContactMessage extends ContactMessageSchema {
  declare topic: ContactTopic
}
