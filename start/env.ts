/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Every variable the app reads is declared and validated here; `.env.example`
| documents them. Nothing is required: with no environment at all the app
| runs in its embedded mode (SQLite file, cookie sessions, stored mails).
| Setting DB_CONNECTION=pg and REDIS_HOST switches to the scaled mode.
|
*/

import { Env } from '@adonisjs/core/env'
import { appKeyFromEnvOrDataDir, oneOf } from '#start/env_rules'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: oneOf(['development', 'production', 'test'] as const, 'development'),
  TZ: Env.schema.string.optional(),
  HOST: Env.schema.string.optional({ format: 'host' }),
  PORT: Env.schema.number.optional(),
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  APP_NAME: Env.schema.string.optional(),
  TRUST_PROXY: Env.schema.string.optional(),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),

  /**
   * Secret for cookies, signed URLs and encryption. When unset it is
   * generated once and kept in DATA_DIR, so a fresh machine needs no setup.
   */
  APP_KEY: appKeyFromEnvOrDataDir,

  /**
   * Folder for the embedded database, stored mails and uploads.
   */
  DATA_DIR: Env.schema.string.optional(),

  /**
   * Where uploads go: the local disk in DATA_DIR (the only disk so far).
   */
  DRIVE_DISK: oneOf(['fs'] as const, 'fs'),

  /*
  |----------------------------------------------------------
  | Database
  |----------------------------------------------------------
  */
  DB_CONNECTION: oneOf(['sqlite', 'pg'] as const, 'sqlite'),
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),
  DB_FILE: Env.schema.string.optional(),

  /*
  |----------------------------------------------------------
  | Redis (optional: enables the Redis limiter store, later the
  | queue and the Transmit transport)
  |----------------------------------------------------------
  */
  REDIS_HOST: Env.schema.string.optional({ format: 'host' }),
  REDIS_PORT: Env.schema.number.optional(),
  REDIS_PASSWORD: Env.schema.string.optional(),
  REDIS_DB: Env.schema.number.optional(),

  SESSION_DRIVER: oneOf(['cookie', 'memory'] as const, 'cookie'),
  LIMITER_STORE: Env.schema.enum.optional(['memory', 'database', 'redis'] as const),
  QUEUE_DRIVER: Env.schema.enum.optional(['redis', 'database', 'sync'] as const),
  QUEUE_WORKER_IN_WEB: Env.schema.boolean.optional(),
  QUEUE_CONCURRENCY: Env.schema.number.optional(),
  LEADERBOARD_STORE: Env.schema.enum.optional(['sql', 'redis'] as const),

  /*
  |----------------------------------------------------------
  | Co-op hub (the WebSocket rooms inside every web process)
  |----------------------------------------------------------
  */
  COOP_TICK_RATE: Env.schema.number.optional(),
  COOP_MAX_ROOMS: Env.schema.number.optional(),
  COOP_NODE_ID: Env.schema.string.optional(),
  COOP_PUBLIC_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  COOP_ALLOWED_ORIGINS: Env.schema.string.optional(),
  COOP_WEBHOOK_SECRET: Env.schema.string.optional(),
  COOP_DIRECTORY: Env.schema.enum.optional(['memory', 'redis'] as const),

  /*
  |----------------------------------------------------------
  | Readiness (GET /health/ready): heap thresholds in MB
  |----------------------------------------------------------
  */
  HEALTH_HEAP_WARN_MB: Env.schema.number.optional(),
  HEALTH_HEAP_FAIL_MB: Env.schema.number.optional(),

  /*
  |----------------------------------------------------------
  | Mail: SMTP when SMTP_HOST is set, otherwise mails are stored
  | in the database and shown at /dev/mailbox (not in production)
  |----------------------------------------------------------
  */
  SMTP_HOST: Env.schema.string.optional({ format: 'host' }),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),
  SMTP_SECURE: Env.schema.boolean.optional(),
  MAIL_FROM_ADDRESS: Env.schema.string.optional({ format: 'email' }),
  MAIL_FROM_NAME: Env.schema.string.optional(),
  ADMIN_EMAIL: Env.schema.string.optional({ format: 'email' }),

  /*
  |----------------------------------------------------------
  | OAuth. A provider is offered only when its client id is set.
  | The *_URL variables point the drivers at another server
  | (tests use a local OAuth server).
  |----------------------------------------------------------
  */
  GITHUB_CLIENT_ID: Env.schema.string.optional(),
  GITHUB_CLIENT_SECRET: Env.schema.string.optional(),
  GITHUB_AUTHORIZE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  GITHUB_ACCESS_TOKEN_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  GITHUB_USER_INFO_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  GITHUB_USER_EMAIL_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  GOOGLE_CLIENT_ID: Env.schema.string.optional(),
  GOOGLE_CLIENT_SECRET: Env.schema.string.optional(),
  GOOGLE_AUTHORIZE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  GOOGLE_ACCESS_TOKEN_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  GOOGLE_USER_INFO_URL: Env.schema.string.optional({ format: 'url', tld: false }),
})
