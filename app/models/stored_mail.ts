import { StoredMailSchema } from '#database/schema'

/**
 * An outgoing mail kept in the database when no SMTP server is configured.
 */
export default class StoredMail extends StoredMailSchema {}
