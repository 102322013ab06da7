import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import User from '#models/user'
import { parleyConfig } from '#config/parley'

/**
 * The password every factory user gets (hashed by the model on save).
 */
export const FACTORY_PASSWORD = 'violet-harbour-kettle-42'

let sequence = 0

export const UserFactory = factory
  .define(User, ({ faker }) => {
    sequence += 1
    const now = DateTime.now()
    return {
      email: `${faker.internet.username().toLowerCase().replace(/[^a-z0-9]/g, '')}.${sequence}.${faker.string.alphanumeric(6).toLowerCase()}@example.com`,
      password: FACTORY_PASSWORD,
      displayName: faker.person.fullName().slice(0, 60),
      avatarUrl: null,
      role: 'player' as const,
      locale: 'en',
      timeZone: 'UTC',
      emailVerifiedAt: now,
      termsVersion: parleyConfig.legal.termsVersion,
      termsAcceptedAt: now,
      privacyVersion: parleyConfig.legal.privacyVersion,
      privacyAcceptedAt: now,
    }
  })
  .state('unverified', (user) => {
    user.emailVerifiedAt = null
  })
  .state('admin', (user) => {
    user.role = 'admin'
  })
  .state('editor', (user) => {
    user.role = 'editor'
  })
  .state('russian', (user) => {
    user.locale = 'ru'
    user.timeZone = 'Europe/Moscow'
  })
  .state('oauthOnly', (user) => {
    user.password = null
  })
  .build()
