import { fingerprint } from '../report/fingerprint.js';
import type { Finding } from '../report/types.js';
import type { Queryable } from '../schema-health/check.js';
import { display, formatBytes, inScope, qualify } from '../schema-health/catalog.js';

export const TABLE_BLOAT_RULE = 'table-bloat';

export interface BloatedTable {
  schema: string;
  table: string;
  liveRows: number;
  deadRows: number;
  /** dead / (live + dead). */
  deadShare: number;
  tableBytes: number;
  /** tableBytes × deadShare: space vacuum would make reusable. */
  estimatedWasteBytes: number;
  lastVacuum: string | null;
}

/**
 * Bloat estimated from the dead-row counters (pg_stat_user_tables), which a role with only
 * pg_read_all_stats can read; column-statistics based estimates need SELECT on every column.
 * A table is reported when dead rows are at least `minDeadShare` of it and at least `minDeadRows`.
 */
export async function findBloatedTables(
  db: Queryable,
  schemas: string[] | null,
  opts: { minDeadShare: number; minDeadRows: number },
): Promise<{ tables: BloatedTable[]; findings: Finding[] }> {
  const { rows } = await db.query<Record<string, string | null>>(
    `SELECT n.nspname AS schema, s.relname AS table, s.n_live_tup::text AS live, s.n_dead_tup::text AS dead,
            pg_catalog.pg_table_size(s.relid)::text AS bytes,
            GREATEST(s.last_vacuum, s.last_autovacuum)::text AS last_vacuum
       FROM pg_catalog.pg_stat_user_tables s
       JOIN pg_catalog.pg_namespace n ON n.nspname = s.schemaname
      WHERE s.n_dead_tup >= $2 AND ${inScope()}
        AND s.n_dead_tup::float8 / NULLIF(s.n_live_tup + s.n_dead_tup, 0) >= $3
      ORDER BY s.n_dead_tup DESC, 1, 2`,
    [schemas, opts.minDeadRows, opts.minDeadShare],
  );
  const tables = rows.map((r): BloatedTable => {
    const liveRows = Number(r.live);
    const deadRows = Number(r.dead);
    const deadShare = deadRows / (liveRows + deadRows);
    const tableBytes = Number(r.bytes);
    return {
      schema: String(r.schema),
      table: String(r.table),
      liveRows,
      deadRows,
      deadShare,
      tableBytes,
      estimatedWasteBytes: Math.round(tableBytes * deadShare),
      lastVacuum: r.last_vacuum,
    };
  });
  const findings = tables.map((t): Finding => ({
    rule: TABLE_BLOAT_RULE,
    severity: 'warning',
    message: `Table ${display(t.schema, t.table)} is ${(t.deadShare * 100).toFixed(0)}% dead rows (${t.deadRows.toLocaleString('en-US')} dead, ${t.liveRows.toLocaleString('en-US')} live; about ${formatBytes(t.estimatedWasteBytes)} of ${formatBytes(t.tableBytes)}), last vacuumed ${t.lastVacuum ? t.lastVacuum.slice(0, 16) : 'never'}: scans read the dead rows too.`,
    fingerprint: fingerprint(TABLE_BLOAT_RULE, display(t.schema, t.table)),
    fix: {
      description:
        'Vacuum it (no exclusive lock), and tune autovacuum for it if this recurs; to give the space back to the OS, pg_repack or VACUUM FULL (ACCESS EXCLUSIVE lock) in a quiet window.',
      text: `VACUUM (ANALYZE) ${qualify(t.schema, t.table)};\nALTER TABLE ${qualify(t.schema, t.table)} SET (autovacuum_vacuum_scale_factor = 0.05);`,
    },
    data: { ...t, deadShare: Number(t.deadShare.toFixed(4)) },
  }));
  return { tables, findings };
}
