import hash from '@adonisjs/core/services/hash'
import { errors as vineErrors } from '@vinejs/vine'
import User from '#models/user'

/**
 * The user owning this email and password, else null. Takes as long when
 * the account does not exist or has no password (OAuth-only), so timing
 * does not reveal which addresses have accounts.
 */
export async function findUserByCredentials(email: string, password: string): Promise<User | null> {
  const user = await User.findByEmail(email)
  if (!user || !user.password) {
    await hash.make(password)
    return null
  }
  return (await hash.verify(user.password, password)) ? user : null
}

/**
 * True when `password` is the user's current one. Users without a password
 * (OAuth-only) pass: they re-authenticated with their provider to get here.
 */
export async function confirmsCurrentPassword(user: User, password: string | undefined) {
  if (!user.password) return true
  if (!password) return false
  return hash.verify(user.password, password)
}

/**
 * Fails like a validation error on `field`: forms show it under the field,
 * the API answers 422 with the field named.
 */
export function fieldError(field: string, message: string, rule = 'credentials'): never {
  throw new vineErrors.E_VALIDATION_ERROR([{ field, message, rule }])
}
