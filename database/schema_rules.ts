import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/**
 * Rules for the schema classes `migration:run` writes to database/schema.ts.
 */
export default {
  types: {
    json: {
      tsType: 'any',
      decorators: [{ name: '@jsonColumn' }],
      imports: [{ source: '#database/columns', namedImports: ['jsonColumn'] }],
    },
    jsonb: {
      tsType: 'any',
      decorators: [{ name: '@jsonColumn' }],
      imports: [{ source: '#database/columns', namedImports: ['jsonColumn'] }],
    },
    boolean: {
      tsType: 'boolean',
      decorators: [{ name: '@booleanColumn' }],
      imports: [{ source: '#database/columns', namedImports: ['booleanColumn'] }],
    },
  },
} satisfies SchemaRules
