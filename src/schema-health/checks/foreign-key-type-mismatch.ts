import type { SchemaHealthCheck } from '../check.js';
import { display, inScope, makeFinding, qualify, quoteIdent, scopeParam } from '../catalog.js';

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  name: string;
  columns: string[];
  types: string[];
  ref_table: string;
  ref_columns: string[];
  ref_types: string[];
}

export const foreignKeyTypeMismatch: SchemaHealthCheck = {
  id: 'foreign-key-type-mismatch',
  severity: 'warning',
  doc: 'A foreign key column whose type differs from the referenced column (int → bigint, varchar(50) → text): joins need casts, and the narrower side overflows first.',
  async run(ctx) {
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, c.relname AS table, k.conname AS name,
              rn.nspname || '.' || rc.relname AS ref_table,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
              ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS types,
              ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord) AS ref_columns,
              ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord) AS ref_types
         FROM pg_catalog.pg_constraint k
         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
         JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE k.contype = 'f' AND NOT c.relispartition AND ${inScope()}
        ORDER BY 1, 2, 3`,
      [scopeParam(ctx)],
    );
    return rows.flatMap((r) => {
      const mismatched = r.columns.map((_, k) => k).filter((k) => r.types[k] !== r.ref_types[k]);
      if (mismatched.length === 0) return [];
      const pairs = mismatched.map((k) => `${r.columns[k]} ${r.types[k]} → ${r.ref_columns[k]} ${r.ref_types[k]}`);
      return [
        makeFinding(this, ctx, {
          schema: r.schema,
          table: r.table,
          columns: mismatched.map((k) => r.columns[k]),
          subject: [r.name],
          message: `Foreign key ${r.name} on ${display(r.schema, r.table)} has a column type that differs from ${r.ref_table}: ${pairs.join(', ')}.`,
          fix: {
            description:
              'Give the referencing column the referenced column\u2019s type (rewrites the table when the storage changes).',
            text: mismatched
              .map(
                (k) =>
                  `ALTER TABLE ${qualify(r.schema, r.table)} ALTER COLUMN ${quoteIdent(r.columns[k])} TYPE ${r.ref_types[k]};`,
              )
              .join('\n'),
          },
          data: {
            constraint: r.name,
            referencedTable: r.ref_table,
            types: mismatched.map((k) => r.types[k]),
            referencedColumns: mismatched.map((k) => r.ref_columns[k]),
            referencedTypes: mismatched.map((k) => r.ref_types[k]),
          },
        }),
      ];
    });
  },
};
