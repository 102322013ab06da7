/**
 * Boots a production build of the app like bin/console.js (the `console` environment: no
 * HTTP server, no queue worker), for the bench's helper scripts. Returns the app and a
 * function resolving a path inside the build.
 */

import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export async function bootApp(buildDir) {
  const { APP_ROOT, IMPORTER } = await import(pathToFileURL(join(resolve(buildDir), 'bin', 'app_root.js')).href)
  await import('reflect-metadata')
  const { Ignitor } = await import('@adonisjs/core')

  const app = new Ignitor(APP_ROOT, { importer: IMPORTER }).createApp('console')
  app.booting(async () => {
    await import(new URL('start/env.js', APP_ROOT).href)
  })
  await app.init()
  await app.boot()
  await app.start(async () => {})
  return { app, inBuild: (path) => new URL(path, APP_ROOT).href }
}
