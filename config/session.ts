import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/session'
import { servedOverHttps } from '#config/app'

const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'parley-session',
  clearWithBrowser: false,

  /**
   * Idle lifetime of a session; "remember me" keeps users signed in longer
   * through its own token.
   */
  age: '2h',

  cookie: {
    path: '/',
    httpOnly: true,
    secure: servedOverHttps,
    sameSite: 'lax',
  },

  store: env.get('SESSION_DRIVER'),

  stores: {
    cookie: stores.cookie(),
  },
})

export default sessionConfig
