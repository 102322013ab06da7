import vine from '@vinejs/vine'
import { contactTopics } from '#models/contact_message'
import { emailField } from '#validators/rules'

export const contactValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(100),
  email: emailField(),
  topic: vine.enum(contactTopics),
  message: vine.string().trim().minLength(10).maxLength(5000),
})
