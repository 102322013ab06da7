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

/**
 * JSON stored as text on SQLite and as json on PostgreSQL; models always
 * see the parsed value.
 */
export function jsonColumn(options: Parameters<typeof column>[0] = {}) {
  return column({
    ...options,
    prepare: (value: unknown) => (value === null || value === undefined ? value : JSON.stringify(value)),
    consume: (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value),
  })
}
