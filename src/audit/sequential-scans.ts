import { fingerprint } from '../report/fingerprint.js';
import type { Finding } from '../report/types.js';
import type { Queryable } from '../schema-health/check.js';
import { display, inScope } from '../schema-health/catalog.js';

export const SEQUENTIAL_SCAN_RULE = 'table-read-by-sequential-scans';

export interface SequentialScanTable {
  schema: string;
  table: string;
  rows: number;
  seqScans: number;
  idxScans: number;
  seqRowsRead: number;
  /** Share of scans that used an index (0..1). */
  indexScanShare: number;
}

/** Large tables mostly read by sequential scans (pghero's rule: ≥ 10,000 rows, < 95% index scans). */
export async function findSequentialScanTables(
  db: Queryable,
  schemas: string[] | null,
  opts: { minRows: number; minIndexScanShare: number },
): Promise<{ tables: SequentialScanTable[]; findings: Finding[] }> {
  const { rows } = await db.query<Record<string, string>>(
    `SELECT n.nspname AS schema, s.relname AS table, r.rows::bigint::text AS rows, s.seq_scan::text AS seq_scans,
            coalesce(s.idx_scan, 0)::text AS idx_scans, s.seq_tup_read::text AS seq_rows_read
       FROM pg_catalog.pg_stat_user_tables s
       JOIN pg_catalog.pg_namespace n ON n.nspname = s.schemaname
       JOIN pg_catalog.pg_class c ON c.oid = s.relid
       -- reltuples once analyzed: the live-tuple counter can count rows twice around an ANALYZE.
       CROSS JOIN LATERAL (SELECT CASE WHEN c.reltuples >= 0 THEN c.reltuples ELSE s.n_live_tup END AS rows) r
      WHERE r.rows >= $2 AND s.seq_scan > 0 AND ${inScope()}
        AND coalesce(s.idx_scan, 0)::float8 / (s.seq_scan + coalesce(s.idx_scan, 0)) < $3
      ORDER BY s.seq_tup_read DESC, 1, 2`,
    [schemas, opts.minRows, opts.minIndexScanShare],
  );
  const tables = rows.map((r) => {
    const seqScans = Number(r.seq_scans);
    const idxScans = Number(r.idx_scans);
    return {
      schema: r.schema,
      table: r.table,
      rows: Number(r.rows),
      seqScans,
      idxScans,
      seqRowsRead: Number(r.seq_rows_read),
      indexScanShare: idxScans / (seqScans + idxScans),
    };
  });
  const findings = tables.map((t): Finding => ({
    rule: SEQUENTIAL_SCAN_RULE,
    severity: 'warning',
    message: `Table ${display(t.schema, t.table)} (${t.rows.toLocaleString('en-US')} rows) is read by sequential scans ${(100 - t.indexScanShare * 100).toFixed(1)}% of the time (${t.seqScans.toLocaleString('en-US')} sequential scans, ${t.seqRowsRead.toLocaleString('en-US')} rows read): a query filters on columns without an index.`,
    fingerprint: fingerprint(SEQUENTIAL_SCAN_RULE, display(t.schema, t.table)),
    fix: {
      description:
        'Find the statements behind it (the slow statements below, or pg_stat_statements) and index the columns they filter on; the index suggestions in this report are proven with EXPLAIN.',
    },
    data: { ...t, indexScanShare: Number(t.indexScanShare.toFixed(4)) },
  }));
  return { tables, findings };
}
