import vine from '@vinejs/vine'
import { contactTopics } from '#models/contact_message'
import { emailField, textField } from '#validators/rules'

export const contactValidator = vine.create({
  name: textField().minLength(2).maxLength(100),
  email: emailField(),
  topic: vine.enum(contactTopics),
  message: textField().minLength(10).maxLength(5000),
})
