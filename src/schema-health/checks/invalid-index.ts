import type { SchemaHealthCheck } from '../check.js';
import {
  columnList,
  display,
  formatBytes,
  INDEX_KEY_COLUMNS,
  INDEX_WITH_TABLE,
  inScope,
  makeFinding,
  notExtensionMember,
  qualify,
  scopeParam,
} from '../catalog.js';

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  name: string;
  columns: string[];
  definition: string;
  bytes: string;
}

export const invalidIndex: SchemaHealthCheck = {
  id: 'invalid-index',
  severity: 'error',
  doc: 'An INVALID index (left by a failed CREATE INDEX CONCURRENTLY) is never used for reads but still maintained on every write.',
  async run(ctx) {
    // Indexes being built right now are invalid until the build ends; they are not leftovers.
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name,
              ${INDEX_KEY_COLUMNS} AS columns,
              pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
              pg_catalog.pg_relation_size(i.indexrelid) AS bytes
         FROM ${INDEX_WITH_TABLE}
        WHERE NOT i.indisvalid AND ${inScope()} AND ${notExtensionMember('t')}
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid)
        ORDER BY 1, 2, 3`,
      [scopeParam(ctx)],
    );
    return rows.map((r) =>
      makeFinding(this, ctx, {
        schema: r.schema,
        table: r.table,
        columns: r.columns,
        subject: [r.name],
        message: `Index ${display(r.schema, r.name)} on ${display(r.schema, r.table)} ${columnList(r.columns)} is INVALID (a failed concurrent build): queries cannot use it, yet every write still updates it.`,
        fix: {
          description:
            'Drop the leftover and build it again concurrently (each statement outside a transaction block).',
          text:
            `DROP INDEX CONCURRENTLY IF EXISTS ${qualify(r.schema, r.name)};\n` +
            `${r.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY IF NOT EXISTS ')};`,
        },
        data: { index: r.name, bytes: Number(r.bytes), size: formatBytes(Number(r.bytes)) },
      }),
    );
  },
};
