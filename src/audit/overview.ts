import type { Queryable } from '../schema-health/check.js';
import { inScope } from '../schema-health/catalog.js';

export interface DatabaseOverview {
  tables: number;
  /** Planner estimates (reltuples), or the live-tuple counter where the table was never analyzed or vacuumed. */
  totalRows: number;
  tableBytes: number;
  indexBytes: number;
  /** When statistics counters were last reset (null: since the server started keeping them). */
  statsReset: string | null;
}

export async function readOverview(db: Queryable, schemas: string[] | null): Promise<DatabaseOverview> {
  const { rows } = await db.query<{
    tables: string;
    rows: string;
    table_bytes: string;
    index_bytes: string;
    stats_reset: string | null;
  }>(
    `SELECT count(*)::text AS tables,
            coalesce(sum(CASE WHEN c.reltuples >= 0 THEN c.reltuples ELSE coalesce(s.n_live_tup, 0) END), 0)::bigint::text AS rows,
            coalesce(sum(pg_catalog.pg_table_size(c.oid)), 0)::text AS table_bytes,
            coalesce(sum(pg_catalog.pg_indexes_size(c.oid)), 0)::text AS index_bytes,
            (SELECT stats_reset::text FROM pg_catalog.pg_stat_database WHERE datname = current_database()) AS stats_reset
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${inScope()}`,
    [schemas],
  );
  const r = rows[0];
  return {
    tables: Number(r.tables),
    totalRows: Number(r.rows),
    tableBytes: Number(r.table_bytes),
    indexBytes: Number(r.index_bytes),
    statsReset: r.stats_reset,
  };
}
