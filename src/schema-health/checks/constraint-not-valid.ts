import type { SchemaHealthCheck } from '../check.js';
import { display, inScope, makeFinding, qualify, quoteIdent, scopeParam } from '../catalog.js';

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  name: string;
  kind: string;
  columns: string[] | null;
  definition: string;
}

export const constraintNotValid: SchemaHealthCheck = {
  id: 'constraint-not-valid',
  severity: 'warning',
  doc: 'A CHECK or FOREIGN KEY constraint left NOT VALID: existing rows were never checked, and the planner cannot rely on it.',
  async run(ctx) {
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, c.relname AS table, k.conname AS name,
              CASE k.contype WHEN 'f' THEN 'foreign key' WHEN 'c' THEN 'check' ELSE 'not null' END AS kind,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
              pg_catalog.pg_get_constraintdef(k.oid, true) AS definition
         FROM pg_catalog.pg_constraint k
         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT k.convalidated AND ${inScope()}
        ORDER BY 1, 2, 3`,
      [scopeParam(ctx)],
    );
    return rows.map((r) =>
      makeFinding(this, ctx, {
        schema: r.schema,
        table: r.table,
        columns: r.columns ?? [],
        subject: [r.name],
        message: `The ${r.kind} constraint ${r.name} on ${display(r.schema, r.table)} is NOT VALID: rows that existed before it was added were never checked.`,
        fix: {
          description:
            'Validate it; VALIDATE CONSTRAINT takes only a SHARE UPDATE EXCLUSIVE lock, so reads and writes go on.',
          text: `ALTER TABLE ${qualify(r.schema, r.table)} VALIDATE CONSTRAINT ${quoteIdent(r.name)};`,
        },
        data: { constraint: r.name, kind: r.kind, definition: r.definition },
      }),
    );
  },
};
