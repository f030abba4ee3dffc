import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyReport, type Finding, type Report } from '../../../src/report/types.js';
import { STATS_FORMAT, type TableStats } from '../../../src/migrations/subcommands/stats.js';
import { applyTableSizes, estimateBlockMs, formatDuration } from '../../../src/migrations/subcommands/table-sizes.js';

const STATS: TableStats = {
  format: STATS_FORMAT,
  generatedAt: '2024-01-15T00:00:00Z',
  tables: [
    { schema: 'public', table: 'events', rows: 50_000_000, tableBytes: 12 * 1024 ** 3, indexBytes: 3 * 1024 ** 3 },
    { schema: 'public', table: 'orders', rows: 2_000_000, tableBytes: 180 * 1024 ** 2, indexBytes: 40 * 1024 ** 2 },
    { schema: 'public', table: 'countries', rows: 250, tableBytes: 16384, indexBytes: 16384 },
    { schema: 'billing', table: 'invoices', rows: 300_000, tableBytes: 40 * 1024 ** 2, indexBytes: 9 * 1024 ** 2 },
  ],
};

function finding(rule: string, severity: Finding['severity'], line: number, data: Record<string, unknown>): Finding {
  return {
    rule,
    severity,
    message: `${rule} on line ${line}.`,
    location: { file: 'migrations/002_pr.sql', line },
    fingerprint: `${rule}:${line}`,
    data,
  };
}

function report(findings: Finding[]): Report {
  const r = emptyReport('migrations', 'test');
  r.findings = findings;
  r.metrics = { applied: 2 };
  return r;
}

test('lock findings are ranked by the estimated block time at production size, in their own slots', () => {
  const input = report([
    finding('migration-modified', 'warning', 1, {}),
    finding('constraint-missing-not-valid', 'warning', 3, { lock: 'ACCESS EXCLUSIVE', table: 'orders' }),
    finding('prefer-text-field', 'warning', 4, { table: 'events' }),
    finding('require-concurrent-index-creation', 'warning', 5, { lock: 'SHARE', table: 'events' }),
    finding('table-rewrite', 'warning', 7, { table: 'billing.invoices', durationMs: 3 }),
  ]);
  const out = applyTableSizes(input, STATS, { source: 'stats.json' });
  assert.deepEqual(
    out.findings.map((f) => f.rule),
    [
      'migration-modified',
      'require-concurrent-index-creation', // 50M rows × 0.75 µs = 37.5 s
      'prefer-text-field', // not a lock finding: keeps its slot
      'table-rewrite', // 300k rows × 1.75 µs = 0.5 s, but 40 MB at ~51 MB/s = 0.8 s
      'constraint-missing-not-valid', // 2M rows × 0.18 µs = 0.36 s
    ],
  );
  const index = out.findings[1];
  assert.equal(index.data?.estimatedBlockMs, 37_500);
  assert.equal(index.data?.tableRows, 50_000_000);
  assert.equal(index.data?.lockWork, 'index-build');
  assert.equal(index.severity, 'warning');
  assert.match(
    index.message,
    /At the size in stats\.json \(public\.events: 50,000,000 rows, 12\.0 GB\) it would block writes for about 38 s \(estimate\)\.$/,
  );
  const rewrite = out.findings[3];
  assert.equal(rewrite.data?.estimatedBlockMs, Math.round(estimateBlockMs('rewrite', STATS.tables[3])));
  assert.ok(Number(rewrite.data?.estimatedBlockMs) > 700 && Number(rewrite.data?.estimatedBlockMs) < 900);
  assert.match(rewrite.message, /block reads and writes/);
  assert.equal(out.findings[4].data?.estimatedBlockMs, 360);
  // The untouched finding is the same object; the input report is not changed.
  assert.equal(out.findings[2], input.findings[2]);
  assert.equal(input.findings[1].rule, 'constraint-missing-not-valid');
  assert.equal(input.findings[1].data?.estimatedBlockMs, undefined);
  assert.equal(out.metrics['lock-findings-sized'], 3);
  assert.equal(out.metrics['max-estimated-block-ms'], 37_500);
  assert.equal(out.metrics.applied, 2);
  const table = out.tables.find((t) => t.title.startsWith('Lock findings at production size'));
  assert.deepEqual(
    table?.rows.map((r) => [r[0], r[1], r[2]]),
    [
      [1, 'require-concurrent-index-creation', 'public.events'],
      [2, 'table-rewrite', 'billing.invoices'],
      [3, 'constraint-missing-not-valid', 'public.orders'],
    ],
  );
});

test('lock findings on tiny tables become notices, and say why', () => {
  const out = applyTableSizes(
    report([
      finding('adding-field-with-default', 'error', 2, { lock: 'ACCESS EXCLUSIVE', rewrite: true, table: 'countries' }),
      finding('changing-column-type', 'warning', 3, { lock: 'ACCESS EXCLUSIVE', rewrite: true, table: 'orders' }),
    ]),
    STATS,
    { source: 'stats.json' },
  );
  const [orders, countries] = out.findings;
  assert.equal(orders.rule, 'changing-column-type');
  assert.equal(orders.severity, 'warning');
  assert.equal(countries.rule, 'adding-field-with-default');
  assert.equal(countries.severity, 'notice');
  assert.equal(countries.data?.severityBeforeTableSize, 'error');
  assert.match(
    countries.message,
    /Downgraded to notice: at the size in stats\.json \(public\.countries: 250 rows, 16\.0 kB\), fewer than 10,000 rows/,
  );
  assert.equal(out.metrics['lock-findings-downgraded'], 1);
  // The threshold is an option.
  const strict = applyTableSizes(
    report([finding('changing-column-type', 'warning', 3, { table: 'orders', rewrite: true })]),
    STATS,
    {
      smallTableRows: 5_000_000,
    },
  );
  assert.equal(strict.findings[0].severity, 'notice');
});

test('the measured blocks-traffic finding borrows the work of the lint finding on its line; unknown tables and metadata locks are left alone', () => {
  const out = applyTableSizes(
    report([
      // The runner's shape: measurements under data.measured.
      finding('blocks-traffic', 'warning', 4, {
        tables: ['public.events'],
        measured: { durationMs: 14, rewrites: [], readBlockedMs: 0, writeBlockedMs: 12 },
      }),
      finding('require-concurrent-index-creation', 'warning', 4, { lock: 'SHARE', table: 'events' }),
      finding('renaming-column', 'warning', 6, { lock: 'ACCESS EXCLUSIVE', table: 'events' }),
      finding('renaming-table', 'warning', 7, {
        lock: 'ACCESS EXCLUSIVE',
        table: 'orders',
        measured: { durationMs: 3, rewrites: ['public.orders'] },
      }),
      finding('changing-column-type', 'warning', 8, { lock: 'ACCESS EXCLUSIVE', rewrite: true, table: 'brand_new' }),
      finding('blocks-traffic', 'warning', 9, { tables: ['public.orders'], readBlockedMs: 3, writeBlockedMs: 3 }),
    ]),
    STATS,
  );
  const probe = out.findings.find((f) => f.rule === 'blocks-traffic' && f.location?.line === 4)!;
  assert.equal(probe.data?.lockWork, 'index-build');
  assert.equal(probe.data?.estimatedBlockMs, 37_500);
  assert.match(probe.message, /block writes for about 38 s/);
  // A rewrite measured on the scratch database makes any lock finding a rewrite: 2M rows × 1.75 µs = 3.5 s,
  // but its 180 MB at 89 MB per 1.75 s take 3.54 s: the larger wins.
  const measured = out.findings.find((f) => f.rule === 'renaming-table')!;
  assert.equal(measured.data?.lockWork, 'rewrite');
  assert.equal(measured.data?.estimatedBlockMs, 3539);
  for (const line of [6, 8, 9]) {
    const f = out.findings.find((x) => x.location?.line === line)!;
    assert.equal(f.data?.estimatedBlockMs, undefined, `line ${line}`);
    assert.doesNotMatch(f.message, /estimate|Downgraded/);
  }
});

test('a report without lock findings is returned with zero counts and no extra table', () => {
  const out = applyTableSizes(report([finding('migration-modified', 'warning', 1, {})]), STATS);
  assert.equal(out.metrics['lock-findings-sized'], 0);
  assert.equal(out.tables.length, 0);
});

test('durations read like a person would say them', () => {
  assert.equal(formatDuration(0.2), '1 ms');
  assert.equal(formatDuration(360), '360 ms');
  assert.equal(formatDuration(2_345), '2.3 s');
  assert.equal(formatDuration(37_500), '38 s');
  assert.equal(formatDuration(600_000), '10 min');
  assert.equal(formatDuration(3 * 3_600_000), '3.0 h');
});
