/*
|--------------------------------------------------------------------------
| Shared by the three entrypoints (server, console, test)
|--------------------------------------------------------------------------
|
| Relative imports are resolved from the application root so that the
| framework can import files such as "./start/routes.js" by path.
|
*/

/**
 * Timestamps are stored without a zone on SQLite: keep the process in UTC
 * unless told otherwise, so stored times never shift between runs.
 */
process.env.TZ = process.env.TZ || 'UTC'

/**
 * Unset means development (start/env.ts agrees). Production deployments
 * set NODE_ENV=production, which hides the dev mailbox and demo accounts.
 */
process.env.NODE_ENV = process.env.NODE_ENV || 'development'

export const APP_ROOT = new URL('../', import.meta.url)

export function IMPORTER(filePath: string) {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}
