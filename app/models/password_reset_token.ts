import { PasswordResetTokenSchema } from '#database/schema'

/**
 * A single-use, expiring password reset token (only its SHA-256 is stored).
 */
export default class PasswordResetToken extends PasswordResetTokenSchema {}
