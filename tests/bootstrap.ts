import { assert } from '@japa/assert'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import { apiClient } from '@japa/api-client'
import { browserClient } from '@japa/browser-client'
import testUtils from '@adonisjs/core/services/test_utils'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'
import { chromium } from 'playwright'
import limiter from '@adonisjs/limiter/services/main'
import { jobsSettled, startQueueWorker, stopQueueWorker } from '#services/queue_worker'
import { rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { startCoopHub, stopCoopHub } from '#realtime/main'
import { TEST_HUB_SETTINGS } from '#tests/support/coop_hub'

/**
 * Debian's Chromium (Playwright's own browser download is not available).
 */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium'

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  inertiaApiClient(app),
  browserClient({
    runInSuites: ['browser'],
    launcher: (config) =>
      chromium.launch({
        ...config,
        executablePath: CHROMIUM_PATH,
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      }),
  }),
  sessionBrowserClient(app),
  authBrowserClient(app),
]

/**
 * The test database (its own SQLite file, or the PG database from the env)
 * is migrated once and rolled back at the end.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    () => testUtils.db().migrate(),
    // The queue is worked in this process, as on the embedded default, once its tables exist.
    async () => {
      await startQueueWorker(app)
      return () => stopQueueWorker()
    },
  ],
  teardown: [],
}

/**
 * The run's own SQLite file (see config/database.ts) goes away with it,
 * after the migrations were rolled back and connections closed.
 */
const sqliteFile: string | undefined = app.config.get('database.connections.sqlite.connection.filename')
if (sqliteFile) {
  process.once('exit', () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true })
  })
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional'].includes(suite.name)) {
    // Every test starts with fresh rate limits: the whole suite comes from
    // one IP address and would otherwise trip the per-IP limits.
    // With Redis the limiter's clear() flushes the database, queued award
    // jobs included: they are let finish first.
    suite.onGroup((group) =>
      group.each.setup(async () => {
        await jobsSettled()
        await limiter.clear()
      })
    )
    // The co-op hub on the test server, with short windows so reconnection and idle tests run in seconds.
    return suite.setup(async () => {
      const close = await testUtils.httpServer().start()
      const server = await app.container.make('server')
      startCoopHub(server.getNodeServer() as Server, TEST_HUB_SETTINGS)
      return async () => {
        await stopCoopHub()
        await close()
      }
    })
  }
}
