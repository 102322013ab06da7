import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'

/**
 * A DateTime as the current database stores it, for raw comparisons in
 * where clauses (Lucid converts DateTime only on model columns).
 */
export function dbDateTime(value: DateTime = DateTime.now()) {
  return value.toFormat(db.connection().dialect.dateTimeFormat)
}
