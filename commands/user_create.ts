import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import vine from '@vinejs/vine'
import { emailField, newPasswordField } from '#validators/rules'
import { parleyConfig } from '#config/parley'

const userInput = vine.create({
  email: emailField(),
  password: newPasswordField(),
})

/**
 * Creates an account from the command line (first admin of a new install).
 */
export default class UserCreate extends BaseCommand {
  static commandName = 'user:create'
  static description = 'Create a user account'
  static help = [
    '{{ binaryName }} user:create admin@example.com --admin --verified',
    'Without --password a strong password is generated and printed once.',
  ]

  static options: CommandOptions = {
    startApp: true,
  }

  @args.string({ description: 'Email address of the new account' })
  declare email: string

  @flags.string({ description: 'Password (at least 8 characters, not a common one)' })
  declare password?: string

  @flags.boolean({ description: 'Give the account the admin role' })
  declare admin: boolean

  @flags.boolean({ description: 'Mark the email address as confirmed' })
  declare verified: boolean

  @flags.string({ description: 'Display name (defaults to the part of the email before @)' })
  declare name?: string

  async run() {
    const { default: User } = await import('#models/user')
    const generated = this.password === undefined
    const password = this.password ?? randomBytes(12).toString('base64url')

    const [error, payload] = await userInput.tryValidate({ email: this.email, password })
    if (error) {
      for (const message of error.messages) this.logger.error(`${message.field}: ${message.message}`)
      this.exitCode = 1
      return
    }

    if (await User.findByEmail(payload.email)) {
      this.logger.error(`An account with the email ${payload.email} already exists`)
      this.exitCode = 1
      return
    }

    const now = DateTime.now()
    const user = await User.create({
      email: payload.email,
      password: payload.password,
      displayName: (this.name ?? payload.email.split('@')[0]).slice(0, 60),
      role: this.admin ? 'admin' : 'player',
      emailVerifiedAt: this.verified ? now : null,
      termsVersion: parleyConfig.legal.termsVersion,
      termsAcceptedAt: now,
      privacyVersion: parleyConfig.legal.privacyVersion,
      privacyAcceptedAt: now,
    })

    this.logger.success(`Created ${user.role} ${user.email} (id ${user.id})`)
    if (generated) this.logger.info(`Password: ${password}`)
  }
}
