import type { SchemaHealthCheck } from '../check.js';
import { columnsOfType, display, makeFinding, qualify, quoteIdent } from '../catalog.js';

export const jsonColumn: SchemaHealthCheck = {
  id: 'json-column',
  severity: 'notice',
  doc: 'A `json` column is re-parsed on every access and cannot be indexed with GIN or compared for equality; `jsonb` can.',
  async run(ctx) {
    const columns = await columnsOfType(ctx, ['json']);
    return columns.map((c) =>
      makeFinding(this, ctx, {
        schema: c.schema,
        table: c.table,
        columns: [c.column],
        message: `Column ${display(c.schema, c.table)}.${c.column} is json: it is parsed again on every read and has no equality or GIN index support; jsonb does.`,
        fix: {
          description:
            'Convert to jsonb (rewrites the table under an ACCESS EXCLUSIVE lock; on large tables add a new column and backfill instead). jsonb drops duplicate keys and key order.',
          text: `ALTER TABLE ${qualify(c.schema, c.table)} ALTER COLUMN ${quoteIdent(c.column)} TYPE jsonb USING ${quoteIdent(c.column)}::jsonb;`,
        },
        data: { column: c.column, type: c.type },
      }),
    );
  },
};
