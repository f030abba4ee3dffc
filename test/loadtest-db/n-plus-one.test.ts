import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { contextFor, ROOT } from '../loadtest/helpers.js';

const DB_FIXTURES = path.join(ROOT, 'fixtures/loadtest-db');

/** The demo's orders of one user, with a scratch database: the migrations given + the demo seed (500 users, 10,000 orders). */
const config = (startCommand: string, migrations: string) => `
loadtest:
  start-command: ${startCommand}
  ready-url: http://127.0.0.1:\${PORT}/health
  startup-timeout: 15
  database:
    migrations: ${migrations}
    seed: ../demo/app/seed.sql
    postgres: embedded
  scenarios:
    - name: orders of a user
      path: /orders?user_id=7&limit=20
      connections: 4
      duration: 1
`;

const ITEMS_BY_ORDER = 'SELECT product_id, quantity, unit_price_cents FROM order_items WHERE order_id = $1 ORDER BY id';

test('the demo N+1 endpoint is an n-plus-one-query naming its statement; orders.user_id gets an index proven by EXPLAIN', async () => {
  const ctx = contextFor(config('node ../demo/app/server.js', '../demo/migrations'), DB_FIXTURES);
  const report = await loadtestCommand.run(ctx, { positionals: [], flags: {} });
  const rules = report.findings.map((f) => f.rule);
  assert.deepEqual(
    rules.sort(),
    ['missing-index', 'n-plus-one-query'],
    report.findings.map((f) => f.message).join('\n'),
  );

  const n1 = report.findings.find((f) => f.rule === 'n-plus-one-query')!;
  assert.equal(n1.severity, 'warning');
  assert.equal(n1.data?.statement, ITEMS_BY_ORDER);
  assert.ok(n1.message.includes(ITEMS_BY_ORDER), n1.message);
  // Each request lists the user's 20 orders: one items query per order (a few in-flight requests at the end add noise).
  const perRequest = n1.data?.callsPerRequest as number;
  assert.ok(perRequest >= 18 && perRequest <= 23, `calls per request ${perRequest}`);
  assert.match(String(n1.data?.parentStatement), /FROM orders WHERE user_id = \$1/);
  assert.equal(n1.fix?.text, ITEMS_BY_ORDER.replace('order_id = $1', 'order_id = ANY($1)'));
  assert.equal(n1.location?.line, 11);

  const index = report.findings.find((f) => f.rule === 'missing-index')!;
  assert.equal(index.data?.table, 'orders');
  assert.deepEqual(index.data?.columns, ['user_id']);
  const before = index.data?.costBefore as number;
  const after = index.data?.costAfter as number;
  assert.ok(after <= before * 0.5, `cost ${before} → ${after}`);
  assert.match(index.message, /cost [\d,.]+ → [\d,.]+ \(-\d+\.\d%\)/);
  assert.match(String(index.data?.planBefore), /Seq Scan on orders|Index Scan Backward using orders_pkey/);
  assert.match(String(index.data?.planAfter), /orders_user_id_idx/);
  assert.match(
    index.fix?.text ?? '',
    /^CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders \(user_id\);$/m,
  );
  assert.deepEqual(
    report.artifacts.filter((a) => a.kind === 'migration' || a.kind === 'rollback').map((a) => a.kind),
    ['migration', 'rollback'],
  );
  assert.match(
    report.artifacts.find((a) => a.kind === 'rollback')?.content ?? '',
    /^DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;$/m,
  );

  const perScenario = report.tables.find((t) => t.title === 'Database queries per request');
  assert.equal(perScenario?.rows[0][0], 'orders of a user');
  assert.ok((perScenario?.rows[0][3] as number) > 18, String(perScenario?.rows[0]));
  const statements = report.tables.find((t) => t.title === 'Statements: orders of a user');
  assert.equal(statements?.rows[0][0], `N+1: ${ITEMS_BY_ORDER}`);
  assert.ok(report.metrics['orders-of-a-user.queries_per_request'] > 18);
  assert.ok(ctx.log.lines.includes('applied 4 migrations from ../demo/migrations'), ctx.log.lines.join('\n'));
});

test('after the fix (one joined query, orders.user_id indexed) neither an N+1 nor an index is reported', async () => {
  const ctx = contextFor(config('node fixed-app.js', 'migrations'), DB_FIXTURES);
  const report = await loadtestCommand.run(ctx, { positionals: [], flags: {} });
  assert.deepEqual(
    report.findings.map((f) => f.rule),
    [],
    report.findings.map((f) => f.message).join('\n'),
  );
  assert.ok(report.metrics['orders-of-a-user.requests'] > 20);
  const qpr = report.metrics['orders-of-a-user.queries_per_request'];
  assert.ok(qpr >= 1 && qpr < 1.5, `queries per request ${qpr}`);
  assert.equal(report.metrics['orders-of-a-user.n_plus_one_suspects'], 0);
  assert.equal(report.metrics.index_suggestions, 0);
});
