/** Reports shaped like the modes' own, for the reporter and Action tests. */
import { fingerprint } from '../../src/report/fingerprint.js';
import type { Finding, Report, Severity } from '../../src/report/types.js';

export function migrationsReport(): Report {
  return {
    mode: 'migrations',
    summary: '3 migrations applied to PostgreSQL 18.4',
    findings: [
      {
        rule: 'require-concurrent-index-creation',
        severity: 'warning',
        message: 'CREATE INDEX without CONCURRENTLY blocks writes to orders while it builds.',
        location: { file: 'db/migrations/003_orders_index.sql', line: 4 },
        fingerprint: fingerprint('require-concurrent-index-creation', 'public.orders', 'orders_created_idx'),
        fix: {
          description: 'Build the index concurrently',
          text: 'CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);',
        },
        data: { lockMode: 'SHARE', blockedMs: 1200.456 },
      },
      {
        rule: 'foreign-key-without-index',
        severity: 'error',
        message: 'Foreign key orders.user_id has no index: deletes on users scan orders | and lock it.',
        location: { file: 'db/migrations/002_orders.sql', line: 12, column: 3 },
        fingerprint: fingerprint('foreign-key-without-index', 'public.orders', 'user_id'),
        fix: { description: 'Add an index on orders(user_id)', text: 'CREATE INDEX CONCURRENTLY ON orders (user_id);' },
      },
      {
        rule: 'table-rewrite',
        severity: 'notice',
        message: 'ALTER COLUMN TYPE rewrites users (measured 12 ms on an empty table).',
        fingerprint: fingerprint('table-rewrite', 'public.users'),
      },
    ],
    metrics: { statements: 12, migrations: 3, maxLockMs: 1200.5 },
    tables: [
      {
        title: 'Statements',
        columns: ['file', 'statement', 'lock'],
        rows: [
          ['002_orders.sql', 'ALTER TABLE orders ADD CONSTRAINT … | FOREIGN KEY', 'SHARE ROW EXCLUSIVE'],
          ['003_orders_index.sql', 'CREATE INDEX\norders_created_idx', 'SHARE'],
        ],
      },
    ],
    charts: [
      {
        title: 'Latency "by" percentile',
        xLabel: 'percentile',
        yLabel: 'ms',
        x: ['p50', 'p90', 'p99'],
        series: [
          { name: 'base', values: [10, 20, 40] },
          { name: 'pr', values: [12, 25, 80] },
        ],
      },
    ],
    artifacts: [{ kind: 'rollback', path: 'db/migrations/003_orders_index.down.sql' }],
    details: ['=== Migration trace ===', '  002_orders.sql  ALTER TABLE  SHARE ROW EXCLUSIVE  3 ms'],
  };
}

/** n findings at a level, each at its own file and line. */
export function manyFindings(n: number, severity: Severity, rule = 'response-property-removed'): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule,
    severity,
    message: `Finding ${i} of ${n}: the response property \`items[${i}].name\` was removed.`,
    location: { file: `spec/paths/item-${String(i).padStart(4, '0')}.yaml`, line: i + 1 },
    fingerprint: fingerprint(rule, severity, i),
    fix: {
      description: 'Restore the property or version the endpoint',
      text: `properties:\n  name:\n    type: string # ${i}`,
    },
  }));
}

export function reportWith(mode: Report['mode'], findings: Finding[]): Report {
  return { mode, summary: `${findings.length} findings`, findings, metrics: {}, tables: [], charts: [], artifacts: [] };
}
