import type { SchemaHealthCheck } from '../check.js';
import { display, inScope, makeFinding, notExtensionMember, qualify, scopeParam } from '../catalog.js';

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  rows: number;
}

export const unloggedTable: SchemaHealthCheck = {
  id: 'unlogged-table',
  severity: 'warning',
  doc: 'An UNLOGGED table is emptied after a crash and is not copied to replicas: fine for a cache, data loss for anything else.',
  async run(ctx) {
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, c.relname AS table, GREATEST(c.reltuples, 0)::float8 AS rows
         FROM pg_catalog.pg_class c
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND c.relpersistence = 'u' AND ${inScope()} AND ${notExtensionMember()}
        ORDER BY 1, 2`,
      [scopeParam(ctx)],
    );
    return rows.map((r) =>
      makeFinding(this, ctx, {
        schema: r.schema,
        table: r.table,
        message: `Table ${display(r.schema, r.table)} is UNLOGGED: it is truncated after a crash and never reaches streaming replicas or backups taken from them.`,
        fix: {
          description: 'If the data matters, make it logged (rewrites the table and writes it all to WAL).',
          text: `ALTER TABLE ${qualify(r.schema, r.table)} SET LOGGED;`,
        },
        data: { estimatedRows: Number(r.rows) },
      }),
    );
  },
};
