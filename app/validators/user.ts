import vine from '@vinejs/vine'
import { supportedLocales } from '#config/i18n'
import { displayNameField, emailField, newPasswordField, textField, timeZoneField } from '#validators/rules'

const utmField = () => textField().maxLength(100).optional()

/**
 * Sign-up form: consent to the Terms and the Privacy policy is required.
 */
export const signUpValidator = vine.create({
  displayName: displayNameField(),
  email: emailField().unique({ table: 'users', column: 'email' }),
  password: newPasswordField(),
  acceptTerms: vine.accepted(),
  timeZone: timeZoneField().optional(),
  utmSource: utmField(),
  utmMedium: utmField(),
  utmCampaign: utmField(),
})

export const loginValidator = vine.create({
  email: emailField(),
  password: vine.string().maxLength(128),
  remember: vine.boolean().optional(),
})

export const forgotPasswordValidator = vine.create({
  email: emailField(),
})

export const resetPasswordValidator = vine.create({
  token: vine.string().trim().maxLength(200),
  password: newPasswordField().confirmed({ confirmationField: 'passwordConfirmation' }),
})

export const updateProfileValidator = vine.create({
  displayName: displayNameField(),
})

/**
 * Pictures only, recognised by content (not the name), up to 2 MB. No SVG:
 * it can carry scripts.
 */
export const updateAvatarValidator = vine.create({
  avatar: vine.file({ size: '2mb', extnames: ['jpg', 'jpeg', 'png', 'webp', 'gif'] }),
})

export const updatePreferencesValidator = vine.create({
  locale: vine.enum(supportedLocales),
  timeZone: timeZoneField(),
  voiceInput: vine.boolean(),
  voiceOutput: vine.boolean(),
  notifyProductEmail: vine.boolean(),
  notifyStreakEmail: vine.boolean(),
  notifyWeeklyEmail: vine.boolean(),
  notifyInApp: vine.boolean(),
  profilePublic: vine.boolean(),
  showOnLeaderboards: vine.boolean(),
  /** Optional for API clients that predate leagues: absent leaves it as it is. */
  joinLeagues: vine.boolean().optional(),
})

/**
 * Changing the address needs the current password (when the account has one).
 */
export const updateEmailValidator = vine.create({
  email: emailField(),
  currentPassword: vine.string().maxLength(128).optional(),
})

export const updatePasswordValidator = vine.create({
  currentPassword: vine.string().maxLength(128).optional(),
  password: newPasswordField().confirmed({ confirmationField: 'passwordConfirmation' }),
})

export const createTokenValidator = vine.create({
  name: textField().minLength(1).maxLength(60),
})

export const apiTokenValidator = vine.create({
  email: emailField(),
  password: vine.string().maxLength(128),
  name: textField().maxLength(60).optional(),
})
