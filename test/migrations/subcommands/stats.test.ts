import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../../src/errors.js';
import { withClient } from '../../../src/postgres/index.js';
import { parseStats, STATS_FORMAT, type TableStats } from '../../../src/migrations/subcommands/stats.js';
import { scratchDatabase, sharedPostgres } from '../../helpers/postgres.js';
import { project, runMigrationsMode } from './helpers.js';

/** A "production" database: a big table, a tiny one, a partitioned one. */
const PRODUCTION = `
CREATE TABLE events (id bigint PRIMARY KEY, kind int NOT NULL, payload text);
INSERT INTO events SELECT g, g % 7, repeat('x', 40) FROM generate_series(1, 30000) g;
CREATE TABLE countries (code text PRIMARY KEY, rate int);
INSERT INTO countries VALUES ('fr', 1), ('de', 2), ('it', 3);
CREATE TABLE audit_log (at date NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE audit_log_2024 PARTITION OF audit_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE audit_log_2025 PARTITION OF audit_log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO audit_log SELECT date '2024-06-01' + (g % 400), 'n' FROM generate_series(1, 2000) g;
ANALYZE;
`;

async function productionDatabase() {
  const db = await scratchDatabase('stats_production');
  await withClient(db.url, (c) => c.query(PRODUCTION));
  return db;
}

test('stats writes row estimates and sizes per table through a read-only session', async () => {
  const db = await productionDatabase();
  const p = project({});
  try {
    const { report } = await runMigrationsMode(p.dir, ['stats'], { 'database-url': db.url, output: 'prod/stats.json' });
    const stats = JSON.parse(readFileSync(path.join(p.dir, 'prod/stats.json'), 'utf8')) as TableStats;
    assert.equal(stats.format, STATS_FORMAT);
    assert.equal(stats.database, db.name);
    const rows = Object.fromEntries(stats.tables.map((t) => [`${t.schema}.${t.table}`, t.rows]));
    assert.deepEqual(rows, {
      'public.audit_log': 2000,
      'public.audit_log_2024': 1070, // June 1 to December 31: 214 of every 400 days
      'public.audit_log_2025': 930,
      'public.countries': 3,
      'public.events': 30000,
    });
    const events = stats.tables.find((t) => t.table === 'events')!;
    assert.ok(events.tableBytes > 1_000_000, `events is ${events.tableBytes} bytes`);
    assert.ok(events.indexBytes > 0);
    assert.equal(
      stats.tables.find((t) => t.table === 'audit_log')!.tableBytes,
      stats.tables.filter((t) => t.table.startsWith('audit_log_')).reduce((n, t) => n + t.tableBytes, 0),
    );
    assert.equal(stats.tables.find((t) => t.table === 'audit_log_2024')!.partitionOf, 'public.audit_log');
    // Totals count a partitioned table once, through its parent.
    assert.deepEqual(report.details?.slice(0, 2), ['Tables: 3 (and 2 partitions)', 'Total rows: 32,003']);
    assert.equal(report.details?.[4], '  public.events: 30,000 rows, ' + report.tables[0].rows[0][2]);
    assert.match(
      report.details!.at(-2)!,
      /^Written: prod\/stats\.json \(read-only session: \d+ statements, no lock beyond ACCESS SHARE, no transaction id\)$/,
    );
    assert.deepEqual(report.artifacts, [{ kind: 'stats', path: 'prod/stats.json' }]);
    // The session checked itself before closing (it throws otherwise): only ACCESS SHARE locks, no transaction id.
    assert.ok(report.metrics.readOnlyStatements > 0);
  } finally {
    p.remove();
  }
});

test('a stats file is refreshed in place, but another file at that path is never overwritten', async () => {
  const db = await productionDatabase();
  const p = project({
    'stats.json': '{"format":"backend-gate-table-stats/1","generatedAt":"old","tables":[]}\n',
    'notes.json': '{"mine":true}\n',
  });
  try {
    await runMigrationsMode(p.dir, ['stats'], { 'database-url': db.url });
    const refreshed = JSON.parse(readFileSync(path.join(p.dir, 'stats.json'), 'utf8')) as TableStats;
    assert.notEqual(refreshed.generatedAt, 'old');
    assert.equal(refreshed.tables.length, 5);
    await assert.rejects(
      runMigrationsMode(p.dir, ['stats'], { 'database-url': db.url, output: 'notes.json' }),
      (e: unknown) =>
        e instanceof ConfigurationError && /'notes\.json' exists and is not a backend-gate stats file/.test(e.message),
    );
    assert.equal(readFileSync(path.join(p.dir, 'notes.json'), 'utf8'), '{"mine":true}\n');
    await assert.rejects(
      runMigrationsMode(p.dir, ['stats'], {}),
      /migrations stats needs the database to measure: --database-url URL/,
    );
  } finally {
    p.remove();
  }
});

test('a broken stats file is a ConfigurationError naming it', () => {
  assert.throws(
    () => parseStats('{', 'stats.json'),
    (e: unknown) => e instanceof ConfigurationError && e.file === 'stats.json' && /not valid JSON/.test(e.message),
  );
  assert.throws(() => parseStats('{"tables":[]}', 'stats.json'), /not a backend-gate stats file/);
  assert.throws(
    () => parseStats(`{"format":"${STATS_FORMAT}","tables":[{"schema":"public","table":"t"}]}`, 'stats.json'),
    /tables\[0\] needs "schema" and "table" \(strings\) and "rows" \(a number\)/,
  );
});

test('migrations.stats: the mode ranks lock findings by production size and downgrades those on tiny tables', async () => {
  const db = await productionDatabase();
  const base = `CREATE TABLE events (id bigint PRIMARY KEY, kind int NOT NULL, payload text);
CREATE TABLE countries (code text PRIMARY KEY, rate int);
`;
  const pr = `SET lock_timeout = '2s';
ALTER TABLE countries ALTER COLUMN rate TYPE bigint;
CREATE INDEX events_kind_idx ON events (kind);
`;
  const p = project({
    'migrations/001_init.sql': base,
    'migrations/002_pr.sql': pr,
    '.backend-gate.yml': 'migrations:\n  base-version: 1\n  stats: stats.json\n',
  });
  try {
    await runMigrationsMode(p.dir, ['stats'], { 'database-url': db.url });
    const server = await sharedPostgres();
    const { report } = await runMigrationsMode(p.dir, [], { 'database-url': server.adminUrl });
    const sized = report.findings.filter((f) => f.data?.estimatedBlockMs !== undefined);
    assert.ok(sized.length >= 2, `findings: ${report.findings.map((f) => f.rule).join(', ')}`);
    // The index build on 30,000 rows ranks above the rewrite of 3 rows.
    assert.equal(sized[0].rule, 'require-concurrent-index-creation');
    assert.equal(sized[0].severity, 'warning');
    assert.equal(sized[0].data?.tableRows, 30000);
    assert.equal(sized[0].data?.estimatedBlockMs, 23); // 30,000 × 0.75 µs
    assert.match(sized[0].message, /At the size in stats\.json \(public\.events: 30,000 rows, /);
    const retype = report.findings.find((f) => f.rule === 'changing-column-type')!;
    assert.equal(retype.severity, 'notice');
    assert.equal(retype.data?.severityBeforeTableSize, 'warning');
    assert.equal(retype.data?.tableRows, 3);
    assert.ok(report.findings.indexOf(retype) > report.findings.indexOf(sized[0]));
    assert.ok(report.tables.some((t) => t.title === 'Lock findings at production size (stats.json)'));
    assert.equal(report.metrics['lock-findings-downgraded'], sized.filter((f) => f.data?.tableRows === 3).length);
  } finally {
    p.remove();
  }
});
