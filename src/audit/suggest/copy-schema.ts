/**
 * A scratch copy of the tables a statement reads: the same columns and indexes, no data of the
 * user's. Rows are synthesized instead, at most `maxRows` per table, spread so each column has
 * the number of distinct values and NULLs production's statistics show (pg_stats, where the
 * role may read it); without them the planner's own default is assumed (0.5% of rows per value).
 */
import type { Queryable } from '../../schema-health/check.js';
import { qualify, quoteIdent } from '../../schema-health/catalog.js';

export interface ColumnCopy {
  name: string;
  type: string;
  unique: boolean;
  /** From pg_stats: > 0 distinct count, < 0 share of rows; null when unknown. */
  nDistinct: number | null;
  nullFrac: number | null;
}

export interface TableCopy {
  schema: string;
  table: string;
  rows: number;
  columns: ColumnCopy[];
  indexes: string[];
  /** True when pg_stats rows were readable for at least one column. */
  productionStatistics: boolean;
}

export async function readTableCopy(db: Queryable, schema: string, table: string): Promise<TableCopy | undefined> {
  const rel = await db.query<{ oid: string; rows: number }>(
    `SELECT c.oid::text AS oid, GREATEST(c.reltuples, 0)::float8 AS rows
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`,
    [schema, table],
  );
  if (rel.rows.length === 0) return undefined;
  const oid = rel.rows[0].oid;
  const cols = await db.query<{
    name: string;
    type: string;
    unique: boolean;
    n_distinct: number | null;
    null_frac: number | null;
  }>(
    `SELECT a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
            EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = a.attrelid AND i.indisunique
                       AND i.indnkeyatts = 1 AND i.indkey[0] = a.attnum AND i.indpred IS NULL) AS unique,
            s.n_distinct::float8 AS n_distinct, s.null_frac::float8 AS null_frac
       FROM pg_catalog.pg_attribute a
       LEFT JOIN pg_catalog.pg_stats s ON s.schemaname = $2 AND s.tablename = $3 AND s.attname = a.attname AND NOT s.inherited
      WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [oid, schema, table],
  );
  const idx = await db.query<{ def: string }>(
    `SELECT pg_catalog.pg_get_indexdef(i.indexrelid) AS def FROM pg_catalog.pg_index i
      WHERE i.indrelid = $1::oid AND i.indisvalid ORDER BY i.indexrelid`,
    [oid],
  );
  return {
    schema,
    table,
    rows: rel.rows[0].rows,
    columns: cols.rows.map((c) => ({
      name: c.name,
      type: c.type,
      unique: c.unique,
      nDistinct: c.n_distinct,
      nullFrac: c.null_frac,
    })),
    indexes: idx.rows.map((r) => r.def),
    productionStatistics: cols.rows.some((c) => c.n_distinct !== null),
  };
}

/** Value expression over `k` (a function of the row number g) for a column type; null when we cannot make one. */
function valueExpression(type: string, k: string): string | null {
  if (/^(smallint|integer|bigint|numeric|real|double precision|money)\b/.test(type)) return `${k}::${type}`;
  if (/^(text|character varying|character|citext|name)\b/.test(type)) return `('v' || ${k})::${type}`;
  if (type === 'boolean') return `(${k} = 0)`;
  if (/^(timestamp|date)\b/.test(type)) return `(timestamptz '2026-01-01' - ${k} * interval '1 minute')::${type}`;
  if (type === 'uuid') return `md5(${k}::text)::uuid`;
  if (type === 'json' || type === 'jsonb') return `jsonb_build_object('k', ${k})::${type}`;
  return null;
}

/** Statements that build the copy on a scratch database, rows included. */
export function copyStatements(copy: TableCopy, maxRows: number): string[] {
  const rows = Math.max(1, Math.min(Math.round(copy.rows), maxRows));
  const target = qualify(copy.schema, copy.table);
  const columnDefs: string[] = [];
  const values: string[] = [];
  for (const c of copy.columns) {
    const distinct = c.unique
      ? `${rows}`
      : c.nDistinct === null
        ? `${Math.max(1, Math.min(rows, 200))}`
        : c.nDistinct > 0
          ? `${Math.max(1, Math.min(rows, Math.round(c.nDistinct)))}`
          : `${Math.max(1, Math.round(-c.nDistinct * rows))}`;
    const expr = valueExpression(c.type, c.unique ? 'g' : `(g % ${distinct})`);
    columnDefs.push(`${quoteIdent(c.name)} ${expr ? c.type : 'text'}`);
    if (!expr) {
      values.push('NULL');
    } else if (c.nullFrac && c.nullFrac > 0) {
      values.push(`CASE WHEN (g * 7919) % 1000 < ${Math.round(c.nullFrac * 1000)} THEN NULL ELSE ${expr} END`);
    } else {
      values.push(expr);
    }
  }
  return [
    `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(copy.schema)}`,
    `CREATE TABLE ${target} (${columnDefs.join(', ')})`,
    `INSERT INTO ${target} SELECT ${values.join(', ')} FROM generate_series(1, ${rows}) AS g`,
  ];
}
