import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * An uploaded avatar is kept as a Drive key (the URL depends on the disk);
 * avatar_url stays for pictures a sign-in provider hosts.
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('avatar_key', 200).nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('avatar_key')
    })
  }
}
