import { AuthEventSchema } from '#database/schema'

export const authEventNames = [
  'signed_up',
  'signed_in',
  'sign_in_failed',
  'signed_out',
  'signed_out_other_sessions',
  'email_verified',
  'email_change_requested',
  'email_changed',
  'password_changed',
  'password_reset_requested',
  'password_reset',
  'oauth_linked',
  'api_token_created',
  'api_token_revoked',
] as const
export type AuthEventName = (typeof authEventNames)[number]

/**
 * A security-relevant account event. Never holds secrets.
 */
export default class AuthEvent extends AuthEventSchema {
  declare event: AuthEventName
}
