import vine from '@vinejs/vine'
import { dictionary } from '@zxcvbn-ts/language-common'
import type { FieldContext } from '@vinejs/vine/types'

/**
 * ~49k passwords that leak lists show people reuse most (zxcvbn-ts corpus).
 */
const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()))

export const notCommonPasswordRule = vine.createRule((value: unknown, _options: undefined, field: FieldContext) => {
  if (typeof value !== 'string') return
  if (commonPasswords.has(value.toLowerCase())) {
    field.report('The {{ field }} is too common', 'notCommonPassword', field)
  }
})

/**
 * An IANA time zone name the runtime knows (e.g. "Europe/Moscow").
 */
export function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return value.length <= 64
  } catch {
    return false
  }
}

export const timeZoneRule = vine.createRule((value: unknown, _options: undefined, field: FieldContext) => {
  if (typeof value !== 'string') return
  if (!isTimeZone(value)) {
    field.report('The {{ field }} must be a valid time zone', 'timeZone', field)
  }
})

/**
 * Removes NUL characters: PostgreSQL cannot store them in text columns, and
 * no real name or message contains one. Use it before length checks.
 */
export const withoutNulCharactersRule = vine.createRule((value: unknown, _options: undefined, field: FieldContext) => {
  if (typeof value === 'string' && value.includes('\u0000')) {
    field.mutate(value.replaceAll('\u0000', ''), field)
  }
})

/**
 * Free text stored as it is typed (names, messages, labels).
 */
export const textField = () => vine.string().use(withoutNulCharactersRule()).trim()

/**
 * Shared field builders, so every form checks emails and passwords alike.
 */
export const emailField = () => vine.string().trim().toLowerCase().email().maxLength(254)
export const newPasswordField = () => vine.string().minLength(8).maxLength(128).use(notCommonPasswordRule())
export const timeZoneField = () => vine.string().trim().use(timeZoneRule())
export const displayNameField = () => textField().minLength(2).maxLength(60)
