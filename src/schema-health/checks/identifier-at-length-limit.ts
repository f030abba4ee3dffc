import type { SchemaHealthCheck } from '../check.js';
import { inScope, makeFinding, notExtensionMember, scopeParam } from '../catalog.js';

/** NAMEDATALEN - 1: PostgreSQL silently truncates longer identifiers to this many bytes. */
export const MAX_IDENTIFIER_BYTES = 63;

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  kind: string;
  name: string;
}

export const identifierAtLengthLimit: SchemaHealthCheck = {
  id: 'identifier-at-length-limit',
  severity: 'warning',
  doc: 'A name exactly 63 bytes long was most likely cut by PostgreSQL (it truncates silently): code and migrations that use the full name miss it, and two long names can collide.',
  async run(ctx) {
    const { rows } = await ctx.db.query<Row>(
      `SELECT * FROM (
         SELECT n.nspname AS schema, c.relname AS table,
                CASE c.relkind WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                               WHEN 'm' THEN 'materialized view' ELSE 'table' END AS kind, c.relname AS name
           FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ${inScope()} AND ${notExtensionMember()}
         UNION ALL
         SELECT n.nspname, t.relname, 'index', c.relname
           FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
           JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
          WHERE ${inScope()} AND ${notExtensionMember('t')}
         UNION ALL
         SELECT n.nspname, c.relname, 'column', a.attname
           FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped AND ${inScope()} AND ${notExtensionMember()}
         UNION ALL
         SELECT n.nspname, c.relname, 'constraint', k.conname
           FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE ${inScope()}
       ) names
       WHERE octet_length(name) >= ${MAX_IDENTIFIER_BYTES}
       ORDER BY 1, 2, 3, 4`,
      [scopeParam(ctx)],
    );
    return rows.map((r) =>
      makeFinding(this, ctx, {
        schema: r.schema,
        table: r.table,
        subject: [r.kind, r.name],
        message: `The ${r.kind} name ${r.name} on ${r.schema}.${r.table} is ${MAX_IDENTIFIER_BYTES} bytes, the most PostgreSQL keeps: a longer name was probably cut short silently.`,
        fix: {
          description: `Rename it to a name shorter than ${MAX_IDENTIFIER_BYTES} bytes that every migration and query uses as written.`,
        },
        data: { kind: r.kind, name: r.name, bytes: Buffer.byteLength(r.name) },
      }),
    );
  },
};
