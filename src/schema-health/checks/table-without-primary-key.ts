import type { SchemaHealthCheck } from '../check.js';
import { display, inScope, makeFinding, notExtensionMember, scopeParam } from '../catalog.js';

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  rows: number;
  has_unique_not_null: boolean;
}

export const tableWithoutPrimaryKey: SchemaHealthCheck = {
  id: 'table-without-primary-key',
  severity: 'warning',
  doc: 'A table without a primary key: rows cannot be addressed reliably, and logical replication cannot replicate its updates and deletes.',
  async run(ctx) {
    // Partitions inherit their parent's key, so only the parent is judged.
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, c.relname AS table, GREATEST(c.reltuples, 0)::float8 AS rows,
              EXISTS (SELECT 1 FROM pg_catalog.pg_index u
                       WHERE u.indrelid = c.oid AND u.indisunique AND u.indisvalid AND u.indpred IS NULL AND u.indexprs IS NULL
                         AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                                          WHERE a.attrelid = c.oid AND a.attnum = ANY(u.indkey) AND NOT a.attnotnull)) AS has_unique_not_null
         FROM pg_catalog.pg_class c
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${inScope()} AND ${notExtensionMember()}
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p')
        ORDER BY 1, 2`,
      [scopeParam(ctx)],
    );
    return rows.map((r) =>
      makeFinding(this, ctx, {
        schema: r.schema,
        table: r.table,
        message: `Table ${display(r.schema, r.table)} has no primary key${r.has_unique_not_null ? ' (it has a unique NOT NULL index that could become one)' : ''}.`,
        fix: {
          description: r.has_unique_not_null
            ? 'Promote the unique index: ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX <index>.'
            : 'Add a key column, e.g. ALTER TABLE … ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY (rewrites the table; plan it for a quiet moment).',
        },
        data: { estimatedRows: Number(r.rows), hasUniqueNotNullIndex: r.has_unique_not_null },
      }),
    );
  },
};
