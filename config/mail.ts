import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'
import { storedMailTransport } from '#mails/transports/stored_mail_transport'

/**
 * SMTP when SMTP_HOST is set; otherwise mails are kept in the database and
 * shown at /dev/mailbox (outside production).
 */
export const smtpConfigured = Boolean(env.get('SMTP_HOST'))

const username = env.get('SMTP_USERNAME')

const mailConfig = defineConfig({
  default: smtpConfigured ? 'smtp' : 'stored',

  from: {
    address: env.get('MAIL_FROM_ADDRESS', 'hello@parley.local'),
    name: env.get('MAIL_FROM_NAME', 'Parley'),
  },

  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 587),
      secure: env.get('SMTP_SECURE', false),
      auth: username
        ? { type: 'login', user: username, pass: env.get('SMTP_PASSWORD', '') }
        : undefined,
      // A local relay without a certificate is common in small deployments.
      ignoreTLS: !env.get('SMTP_SECURE', false) && !username,
    }),
    stored: storedMailTransport(),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
