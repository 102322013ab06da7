import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import User from '#models/user'
import { parleyConfig } from '#config/parley'

/**
 * The demo admin and player (never in production). Existing accounts are
 * left as they are, so running the seeders again changes nothing.
 */
export default class DemoUserSeeder extends BaseSeeder {
  static environment = ['development', 'test']

  async run() {
    const now = DateTime.now()
    for (const account of parleyConfig.demoAccounts) {
      const existing = await User.findByEmail(account.email)
      if (existing) continue
      await User.create({
        email: account.email,
        password: account.password,
        displayName: account.displayName,
        role: account.role,
        locale: 'en',
        timeZone: 'UTC',
        emailVerifiedAt: now,
        termsVersion: parleyConfig.legal.termsVersion,
        termsAcceptedAt: now,
        privacyVersion: parleyConfig.legal.privacyVersion,
        privacyAcceptedAt: now,
      })
    }
  }
}
