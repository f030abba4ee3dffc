import type { SchemaHealthCheck } from '../check.js';
import {
  columnList,
  display,
  INDEX_KEY_COLUMNS,
  INDEX_WITH_TABLE,
  inScope,
  makeFinding,
  notExtensionMember,
  scopeParam,
} from '../catalog.js';

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  name: string;
  columns: string[];
  array_columns: string[];
  leading_boolean: string | null;
  predicate: string | null;
}

export const btreeIndexOnArrayOrBoolean: SchemaHealthCheck = {
  id: 'btree-index-on-array-or-boolean',
  severity: 'warning',
  doc: 'A btree index on an array column cannot answer @> / && lookups (GIN can) and fails on long arrays; one led by a boolean splits the table in two halves.',
  async run(ctx) {
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name,
              ${INDEX_KEY_COLUMNS} AS columns,
              ARRAY(SELECT a.attname::text FROM unnest(i.indkey[0:i.indnkeyatts - 1]) AS u(attnum)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum
                      JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
                     WHERE ty.typcategory = 'A') AS array_columns,
              (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[0] AND a.atttypid = 'bool'::regtype) AS leading_boolean,
              pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate
         FROM ${INDEX_WITH_TABLE}
         JOIN pg_catalog.pg_am am ON am.oid = ic.relam AND am.amname = 'btree'
        WHERE NOT t.relispartition AND ${inScope()} AND ${notExtensionMember('t')}
        ORDER BY 1, 2, 3`,
      [scopeParam(ctx)],
    );
    return rows.flatMap((r) => {
      if (r.array_columns.length === 0 && !r.leading_boolean) return [];
      const onArray = r.array_columns.length > 0;
      const what = onArray
        ? `array column${r.array_columns.length > 1 ? 's' : ''} ${r.array_columns.join(', ')}: it only serves whole-array equality, not @> or && (a GIN index does), and rejects arrays too large for a btree entry`
        : `boolean column ${r.leading_boolean} first: a boolean has two values, so the index rarely beats a scan; a partial index (WHERE ${r.leading_boolean}) on the rare value is smaller and faster`;
      return [
        makeFinding(this, ctx, {
          schema: r.schema,
          table: r.table,
          columns: r.columns,
          subject: [r.name],
          message: `Btree index ${display(r.schema, r.name)} on ${display(r.schema, r.table)} ${columnList(r.columns)} has ${what}.`,
          fix: {
            description: onArray
              ? `Replace it: CREATE INDEX CONCURRENTLY … USING gin (${r.array_columns[0]}), then DROP INDEX CONCURRENTLY ${r.name}.`
              : `Replace it with a partial index on the rarer value, e.g. CREATE INDEX CONCURRENTLY … (${r.columns.slice(1).join(', ') || 'id'}) WHERE ${r.leading_boolean}.`,
          },
          data: {
            index: r.name,
            arrayColumns: r.array_columns,
            booleanColumn: r.leading_boolean,
            predicate: r.predicate,
          },
        }),
      ];
    });
  },
};
