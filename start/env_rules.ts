/*
|--------------------------------------------------------------------------
| Custom environment rules
|--------------------------------------------------------------------------
|
| Small validators used by start/env.ts, kept apart so that file stays a
| readable list of variables.
|
*/

import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Secret } from '@adonisjs/core/helpers'

const APP_ROOT = fileURLToPath(new URL('../', import.meta.url))

/**
 * Absolute path of the data folder (DATA_DIR, default "storage" in the app root).
 */
export function resolveDataDir(value = process.env.DATA_DIR) {
  return resolveInApp(value && value.length > 0 ? value : 'storage')
}

/** A path from the environment: relative ones are in the app root, wherever the process was started. */
export function resolveInApp(path: string) {
  return isAbsolute(path) ? path : join(APP_ROOT, path)
}

/**
 * An enum variable with a default, and a message listing the allowed values.
 */
export function oneOf<const T extends readonly string[]>(choices: T, fallback: T[number]) {
  return (key: string, value?: string): T[number] => {
    if (value === undefined || value === '') return fallback
    if (!choices.includes(value)) {
      throw new Error(
        `Invalid value "${value}" for environment variable "${key}": use one of ${choices.join(', ')}`
      )
    }
    return value as T[number]
  }
}

/**
 * APP_KEY from the environment, else a key generated once and kept in the
 * data folder (chmod 600) so restarts keep sessions and signed links valid.
 */
export function appKeyFromEnvOrDataDir(key: string, value?: string): Secret<string> {
  if (value !== undefined && value !== '') {
    if (value.length < 16) {
      throw new Error(`Environment variable "${key}" must be at least 16 characters long`)
    }
    return new Secret(value)
  }

  const dataDir = resolveDataDir()
  const file = join(dataDir, process.env.NODE_ENV === 'test' ? 'app_key.test' : 'app_key')
  if (existsSync(file)) {
    return new Secret(readFileSync(file, 'utf8').trim())
  }
  mkdirSync(dataDir, { recursive: true })
  const generated = randomBytes(32).toString('base64url')
  writeFileSync(file, generated, { mode: 0o600 })
  return new Secret(generated)
}
