/**
 * `backend-gate migrations stats --database-url URL [--output stats.json]`: row estimates and
 * sizes per table of a live database, read in the audit's read-only session, written as the
 * stats file `migrations.stats` names. The session checks itself before it closes: a lock other
 * than ACCESS SHARE or an assigned transaction id would mean something wrote.
 */
import path from 'node:path';
import { openReadOnlySession } from '../../audit/session.js';
import { ConfigurationError } from '../../errors.js';
import { flagString } from '../../modes.js';
import { emptyReport, type Report } from '../../report/types.js';
import { formatBytes } from '../../schema-health/catalog.js';
import type { SubcommandContext } from './index.js';
import { readTableSizes, STATS_FORMAT, topLevelTables, writeStatsFile, type TableStats } from './stats.js';

/** Tables listed in the report's details (all of them are in the file). */
const LARGEST_SHOWN = 10;

export async function runStatsSubcommand({ ctx, flags, raw, settings, shown }: SubcommandContext): Promise<Report> {
  const url = settings.databaseUrl;
  if (!url) {
    throw new ConfigurationError(
      'migrations stats needs the database to measure: --database-url URL (production or a replica; only catalog and statistics reads are run).',
    );
  }
  const output = path.resolve(settings.workingDirectory, flagString(flags, 'output') ?? raw.stats ?? 'stats.json');
  const session = await openReadOnlySession(url, ctx.redactor);
  let stats: TableStats;
  let proof;
  try {
    const tables = await ctx.log.group('Read table sizes (read-only)', () => readTableSizes(session.db));
    stats = {
      format: STATS_FORMAT,
      generatedAt: new Date().toISOString(),
      database: session.server.database,
      serverVersion: session.server.version,
      tables,
    };
  } finally {
    proof = await session.close();
  }
  if (proof.strongerLocks.length > 0 || proof.transactionIdAssigned) {
    // Our own guarantee failed: a bug, not the user's mistake.
    throw new Error(
      `the stats session was not read-only (locks: ${proof.strongerLocks.map((l) => `${l.mode} on ${l.relation}`).join(', ') || 'none'}; transaction id assigned: ${proof.transactionIdAssigned})`,
    );
  }
  await writeStatsFile(output, stats, shown(output));
  return statsReport(stats, shown(output), proof.statements);
}

function statsReport(stats: TableStats, file: string, statements: number): Report {
  const top = topLevelTables(stats.tables);
  const totalRows = top.reduce((n, t) => n + t.rows, 0);
  const totalBytes = top.reduce((n, t) => n + t.tableBytes, 0);
  const report = emptyReport(
    'migrations',
    `Table sizes of ${stats.database} (PostgreSQL ${stats.serverVersion}): ${top.length} tables, ${totalRows.toLocaleString('en-US')} rows → ${file}`,
  );
  const largest = [...top].sort((a, b) => b.rows - a.rows || b.tableBytes - a.tableBytes);
  report.metrics = { tables: top.length, totalRows, tableBytes: totalBytes, readOnlyStatements: statements };
  report.tables.push({
    title: 'Table sizes',
    columns: ['Table', 'Rows (estimate)', 'Table size', 'Index size'],
    rows: [...stats.tables]
      .sort((a, b) => b.rows - a.rows)
      .map((t) => [
        `${t.schema}.${t.table}${t.partitionOf ? ` (partition of ${t.partitionOf})` : ''}`,
        t.rows,
        formatBytes(t.tableBytes),
        formatBytes(t.indexBytes),
      ]),
  });
  report.artifacts.push({ kind: 'stats', path: file });
  report.details = [
    `Tables: ${top.length}${top.length < stats.tables.length ? ` (and ${stats.tables.length - top.length} partitions)` : ''}`,
    `Total rows: ${totalRows.toLocaleString('en-US')}`,
    `Total size: ${formatBytes(totalBytes)}`,
    `LARGEST TABLES (${Math.min(LARGEST_SHOWN, largest.length)} of ${largest.length})`,
    ...largest
      .slice(0, LARGEST_SHOWN)
      .map((t) => `  ${t.schema}.${t.table}: ${t.rows.toLocaleString('en-US')} rows, ${formatBytes(t.tableBytes)}`),
    `Written: ${file} (read-only session: ${statements} statements, no lock beyond ACCESS SHARE, no transaction id)`,
    'Use it: migrations.stats in .backend-gate.yml (or --stats) ranks lock findings by the time they block at these sizes.',
  ];
  return report;
}
