import type { Finding } from '../../report/types.js';
import type { SchemaHealthCheck } from '../check.js';
import { columnList, display, inScope, makeFinding, qualify, quoteIdent, scopeParam } from '../catalog.js';

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  name: string;
  columns: string[];
  ref_table: string;
  signature: string;
  validated: boolean;
}

export const duplicateForeignKey: SchemaHealthCheck = {
  id: 'duplicate-foreign-key',
  severity: 'warning',
  doc: 'Two foreign keys on the same columns to the same referenced columns: every insert and every delete on the parent is checked twice.',
  async run(ctx) {
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, c.relname AS table, k.conname AS name, k.convalidated AS validated,
              rn.nspname || '.' || rc.relname AS ref_table,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
              k.conrelid::text || ':' || k.conkey::text || ':' || k.confrelid::text || ':' || k.confkey::text AS signature
         FROM pg_catalog.pg_constraint k
         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
         JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE k.contype = 'f' AND NOT c.relispartition AND k.conparentid = 0 AND ${inScope()}
        ORDER BY 1, 2, k.convalidated DESC, k.oid`,
      [scopeParam(ctx)],
    );
    // The validated, then the oldest, constraint is the one kept.
    const first = new Map<string, Row>();
    const findings: Finding[] = [];
    for (const r of rows) {
      const kept = first.get(r.signature);
      if (!kept) {
        first.set(r.signature, r);
        continue;
      }
      findings.push(
        makeFinding(this, ctx, {
          schema: r.schema,
          table: r.table,
          columns: r.columns,
          subject: [r.name],
          message: `Foreign key ${r.name} on ${display(r.schema, r.table)} ${columnList(r.columns)} → ${r.ref_table} repeats ${kept.name}: every write is checked twice.`,
          fix: {
            description: `Drop the repeat; ${kept.name} enforces the same rule.`,
            text: `ALTER TABLE ${qualify(r.schema, r.table)} DROP CONSTRAINT ${quoteIdent(r.name)};`,
          },
          data: { constraint: r.name, duplicateOf: kept.name, referencedTable: r.ref_table },
        }),
      );
    }
    return findings;
  },
};
