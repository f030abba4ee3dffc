/**
 * Table sizes of a live database, as a stats file (`backend-gate migrations stats --database-url
 * URL --output stats.json`): planner row estimates and on-disk sizes per table, read through the
 * audit's read-only session (catalog and statistics reads only, no table scan). The file lets
 * the migrations mode judge lock findings by the size the tables have in production.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { Queryable } from '../../schema-health/check.js';
import { inScope } from '../../schema-health/catalog.js';

/** Written in every stats file: a file without it is not ours and is never overwritten. */
export const STATS_FORMAT = 'backend-gate-table-stats/1';

export interface TableSize {
  schema: string;
  table: string;
  /** Planner estimate (pg_class.reltuples), else the live-row counter; partitioned tables sum their partitions. */
  rows: number;
  /** Heap + TOAST bytes (pg_table_size). */
  tableBytes: number;
  indexBytes: number;
  /** For a partition: its partitioned table (`public.events`), whose totals already include it. */
  partitionOf?: string;
}

export interface TableStats {
  format: typeof STATS_FORMAT;
  generatedAt: string;
  database?: string;
  serverVersion?: string;
  tables: TableSize[];
}

/**
 * Partitioned tables are sized as the sum of their leaf partitions (a lock on the parent
 * reaches all of them); partitions themselves are listed too, so either name matches.
 */
const TABLE_SIZES_SQL = `
WITH sized AS (
  SELECT c.oid, n.nspname AS schema, c.relname AS table, c.relkind,
         (SELECT pn.nspname || '.' || pc.relname FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
           WHERE c.relispartition AND i.inhrelid = c.oid) AS partition_of,
         CASE WHEN c.reltuples >= 0 THEN c.reltuples ELSE coalesce(s.n_live_tup, 0) END AS rows,
         pg_catalog.pg_table_size(c.oid) AS table_bytes,
         pg_catalog.pg_indexes_size(c.oid) AS index_bytes
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
   WHERE c.relkind IN ('r', 'p', 'm') AND ${inScope()}
)
SELECT p.schema, p.table, p.partition_of,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.rows, 0) ELSE p.rows END)::bigint::text AS rows,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.table_bytes, 0) ELSE p.table_bytes END)::text AS table_bytes,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.index_bytes, 0) ELSE p.index_bytes END)::text AS index_bytes
  FROM sized p
  LEFT JOIN LATERAL (
    SELECT sum(l.rows) AS rows, sum(l.table_bytes) AS table_bytes, sum(l.index_bytes) AS index_bytes
      FROM pg_catalog.pg_partition_tree(p.oid) t JOIN sized l ON l.oid = t.relid
     WHERE t.isleaf AND p.relkind = 'p'
  ) leaf ON true
 ORDER BY 1, 2`;

export async function readTableSizes(db: Queryable): Promise<TableSize[]> {
  const { rows } = await db.query<{
    schema: string;
    table: string;
    rows: string;
    table_bytes: string;
    index_bytes: string;
    partition_of: string | null;
  }>(TABLE_SIZES_SQL, [null]);
  return rows.map((r) => ({
    schema: r.schema,
    table: r.table,
    rows: Number(r.rows),
    tableBytes: Number(r.table_bytes),
    indexBytes: Number(r.index_bytes),
    ...(r.partition_of ? { partitionOf: r.partition_of } : {}),
  }));
}

/** Tables that are not partitions: what totals add up (a partitioned table already sums its partitions). */
export function topLevelTables(tables: TableSize[]): TableSize[] {
  return tables.filter((t) => !t.partitionOf);
}

/** Reads and checks a stats file; every problem is a ConfigurationError naming the file. */
export async function readStatsFile(file: string, shown = file): Promise<TableStats> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigurationError(
      `stats file '${shown}' cannot be read. Write one with 'backend-gate migrations stats --database-url URL --output ${shown}', or remove migrations.stats from the config.`,
    );
  }
  return parseStats(text, shown);
}

export function parseStats(text: string, shown: string): TableStats {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(`stats file is not valid JSON: ${errorMessage(e)}.`, { file: shown });
  }
  const d = data as Partial<TableStats> | null;
  if (!d || typeof d !== 'object' || d.format !== STATS_FORMAT || !Array.isArray(d.tables)) {
    throw new ConfigurationError(
      `not a backend-gate stats file (expected "format": "${STATS_FORMAT}" and a "tables" list). Write it with 'backend-gate migrations stats'.`,
      { file: shown },
    );
  }
  d.tables.forEach((t, i) => {
    const ok =
      t &&
      typeof t.schema === 'string' &&
      typeof t.table === 'string' &&
      Number.isFinite(t.rows) &&
      Number.isFinite(t.tableBytes ?? 0) &&
      Number.isFinite(t.indexBytes ?? 0);
    if (!ok) {
      throw new ConfigurationError(
        `tables[${i}] needs "schema" and "table" (strings) and "rows" (a number); "tableBytes" and "indexBytes" are numbers when present.`,
        { file: shown },
      );
    }
  });
  return {
    ...d,
    tables: d.tables.map((t) => ({ ...t, tableBytes: t.tableBytes ?? 0, indexBytes: t.indexBytes ?? 0 })),
  } as TableStats;
}

/**
 * Writes the stats file. It is a snapshot meant to be refreshed, so an older stats file is
 * replaced; any other file at that path is left alone.
 */
export async function writeStatsFile(file: string, stats: TableStats, shown = file): Promise<void> {
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing !== undefined) {
    let ours = false;
    try {
      ours = (JSON.parse(existing) as { format?: unknown }).format === STATS_FORMAT;
    } catch {
      ours = false;
    }
    if (!ours) {
      throw new ConfigurationError(
        `'${shown}' exists and is not a backend-gate stats file; nothing was overwritten. Pass another --output.`,
      );
    }
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(stats, null, 2)}\n`);
}

/** The stats file named by --stats or migrations.stats, resolved against the working directory. */
export function statsPath(value: string | undefined, workingDirectory: string): string | undefined {
  return value ? path.resolve(workingDirectory, value) : undefined;
}
