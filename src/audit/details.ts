/**
 * The report's details lines, in the layout of the seed tool's `--analyze` output:
 * `=== Database Analysis Report ===`, `Tables: N`, `Total rows: …`, `MISSING INDEXES (k found):`
 * with table.column and a recommendation, then `SUGGESTED MIGRATIONS:` numbered.
 */
import type { Finding } from '../report/types.js';
import { formatBytes } from '../schema-health/catalog.js';
import type { DatabaseOverview } from './overview.js';
import type { StatementsResult } from './statements.js';
import { shortQuery } from './statements.js';
import type { UnusedIndex } from './unused-indexes.js';
import type { SequentialScanTable } from './sequential-scans.js';
import type { BloatedTable } from './bloat.js';

export const FOREIGN_KEY_WITHOUT_INDEX_RULE = 'foreign-key-without-index';

/** A missing index, from a foreign key without one or from a slow statement proven by EXPLAIN. */
export interface MissingIndex {
  schema: string;
  table: string;
  columns: string[];
  /** "foreign key to users.id", "847.0 ms avg query time, cost 1,693 → 8 (-99.5%)". */
  reason: string;
}

export interface AuditDetailsInput {
  server: { version: string; database: string };
  overview: DatabaseOverview;
  missingIndexes: MissingIndex[];
  unusedIndexes: UnusedIndex[];
  sequentialScans: SequentialScanTable[];
  bloatedTables: BloatedTable[];
  statements: StatementsResult;
  slowStatementMs: number;
  /** Schema-health findings other than missing indexes. */
  health: Finding[];
}

export function missingIndexFromFinding(f: Finding): MissingIndex | undefined {
  const d = f.data ?? {};
  const table = typeof d.table === 'string' ? d.table : undefined;
  const columns = Array.isArray(d.columns) ? d.columns.map(String) : undefined;
  if (!table || !columns) return undefined;
  const schema = typeof d.schema === 'string' ? d.schema : 'public';
  const ref = d.referencedTable ?? d.references ?? d.parentTable;
  return {
    schema,
    table,
    columns,
    reason: ref ? `foreign key to ${String(ref)} has no index` : 'foreign key has no index',
  };
}

const n = (v: number) => v.toLocaleString('en-US');

export function renderAuditDetails(input: AuditDetailsInput): string[] {
  const { overview } = input;
  const name = (schema: string, table: string) => (schema === 'public' ? table : `${schema}.${table}`);
  const lines = [
    '=== Database Analysis Report ===',
    `Database: ${input.server.database} (PostgreSQL ${input.server.version}, read-only session)`,
    `Tables: ${n(overview.tables)}`,
    `Total rows: ${n(overview.totalRows)}`,
    `Size: ${formatBytes(overview.tableBytes)} in tables, ${formatBytes(overview.indexBytes)} in indexes`,
    '',
    `MISSING INDEXES (${input.missingIndexes.length} found):`,
    ...input.missingIndexes.map(
      (m) => `  ${name(m.schema, m.table)}.${m.columns.join(', ')} - ${m.reason}, ADD INDEX recommended`,
    ),
    '',
    `UNUSED INDEXES (${input.unusedIndexes.length} found${overview.statsReset ? `, since ${overview.statsReset.slice(0, 10)}` : ''}):`,
    ...input.unusedIndexes.map((u) => `  ${name(u.schema, u.table)}.${u.index} - 0 scans, ${formatBytes(u.bytes)}`),
    '',
    `SEQUENTIAL SCANS (${input.sequentialScans.length} found):`,
    ...input.sequentialScans.map(
      (t) =>
        `  ${name(t.schema, t.table)} - ${n(t.rows)} rows, ${((1 - t.indexScanShare) * 100).toFixed(1)}% of scans sequential (${n(t.seqRowsRead)} rows read)`,
    ),
    '',
    `TABLE BLOAT (${input.bloatedTables.length} found):`,
    ...input.bloatedTables.map(
      (t) =>
        `  ${name(t.schema, t.table)} - ${(t.deadShare * 100).toFixed(0)}% dead rows, about ${formatBytes(t.estimatedWasteBytes)} reclaimable by VACUUM`,
    ),
    '',
  ];
  if (input.statements.available) {
    const slow = input.statements.statements
      .filter((s) => s.meanMs >= input.slowStatementMs)
      .sort((a, b) => b.meanMs - a.meanMs);
    lines.push(
      `SLOW STATEMENTS (${slow.length} at or above ${input.slowStatementMs} ms avg):`,
      ...slow.map(
        (s) =>
          `  ${s.meanMs.toFixed(1)}ms avg, ${n(s.calls)} calls, ${(s.totalMs / 1000).toFixed(1)}s total - ${shortQuery(s.query, 100)}`,
      ),
    );
  } else {
    lines.push('SLOW STATEMENTS: not available', `  ${input.statements.reason}`);
  }
  lines.push(
    '',
    `SCHEMA HEALTH (${input.health.length} found):`,
    ...input.health.map((f) => `  [${f.severity}] ${f.rule}: ${f.message}`),
    '',
  );
  const migrations = [
    ...input.missingIndexes.map((m) => `Add index on ${name(m.schema, m.table)}(${m.columns.join(', ')})`),
    ...input.unusedIndexes.map((u) => `Drop unused index ${name(u.schema, u.index)} (${formatBytes(u.bytes)})`),
    ...input.bloatedTables.map((t) => `Vacuum ${name(t.schema, t.table)} and tune its autovacuum`),
  ];
  lines.push(
    'SUGGESTED MIGRATIONS:',
    ...(migrations.length ? migrations.map((m, i) => `  ${i + 1}. ${m}`) : ['  none']),
  );
  return lines;
}
