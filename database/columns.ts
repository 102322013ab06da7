import { column } from '@adonisjs/lucid/orm'

/**
 * SQLite stores booleans as 0/1 and returns them as numbers; PostgreSQL
 * returns real booleans. Models see `true`/`false` on both.
 */
export function booleanColumn(options: Parameters<typeof column>[0] = {}) {
  return column({
    ...options,
    consume: (value: unknown) => (value === null || value === undefined ? value : Boolean(value)),
  })
}
