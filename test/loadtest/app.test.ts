import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { contextFor, ROOT } from './helpers.js';

test('an app that crashes mid-run fails with app-crashed and its last log lines, without hanging', async () => {
  const ctx = contextFor(`
loadtest:
  start-command: node crashing-app.js
  env: { CRASH_AFTER: 300 }
  ready-url: http://127.0.0.1:\${PORT}/health
  scenarios:
    - name: until it dies
      path: /work
      connections: 4
      duration: 2
`);
  const report = await loadtestCommand.run(ctx, { positionals: [], flags: {} });
  const crash = report.findings.find((f) => f.rule === 'app-crashed');
  assert.ok(crash, `expected app-crashed, got ${report.findings.map((f) => f.rule).join(', ')}`);
  assert.equal(crash.severity, 'error');
  assert.match(crash.message, /exited with code 1 during scenario 'until it dies'/);
  assert.match(crash.message, /FATAL: connection pool exhausted after 300 requests/);
  assert.equal(crash.location?.line, 7);
  assert.ok(report.details?.includes('=== App log (last lines) ==='));
  assert.match(report.tables[0].rows[0][0] as string, /until it dies/);
});

test('an app that exits before it is ready fails with app-start-failed and what it printed', async () => {
  const ctx = contextFor(`
loadtest:
  start-command: "echo 'Error: Cannot find module ./missing.js' >&2; exit 3"
  startup-timeout: 5
  scenarios: [{ name: never runs, path: / }]
`);
  const report = await loadtestCommand.run(ctx, { positionals: [], flags: {} });
  assert.equal(report.findings.length, 1);
  const f = report.findings[0];
  assert.equal(f.rule, 'app-start-failed');
  assert.match(f.message, /exited with code 3 before it was ready/);
  assert.match(f.message, /Cannot find module \.\/missing\.js/);
  assert.equal(report.metrics.scenarios, 0);
});

test('an app that never becomes ready is stopped at the startup timeout', async () => {
  const ctx = contextFor(`
loadtest:
  start-command: sleep 30
  ready-url: http://127.0.0.1:\${PORT}/health
  startup-timeout: 0.5
  scenarios: [{ name: never runs, path: / }]
`);
  const report = await loadtestCommand.run(ctx, { positionals: [], flags: {} });
  assert.equal(report.findings[0]?.rule, 'app-start-failed');
  assert.match(report.findings[0].message, /not ready after 0.5 s \(last check: .*ECONNREFUSED/);
});

test('the demo app starts via start-command on ${PORT} with its scratch database and is load-tested on reads, writes and bad input', async () => {
  const demo = path.join(ROOT, 'fixtures/demo');
  // The demo config's other sections belong to other modes; this test reads only its loadtest part.
  const section = parse(readFileSync(path.join(demo, '.backend-gate.yml'), 'utf8')).loadtest;
  assert.equal(section['start-command'], 'node app/server.js');
  assert.match(section['ready-url'], /\$\{PORT\}/);
  // Shorter runs than the demo's, same scenarios: a read, a write, and a bad body that must get 400.
  section.scenarios = section.scenarios.map((s: Record<string, unknown>) => ({ ...s, duration: 1 }));
  const ctx = contextFor(stringify({ loadtest: section }), demo);
  const report = await loadtestCommand.run(ctx, { positionals: [], flags: {} });
  // Thresholds all met; the warnings are the demo's database problems, on purpose: the items of
  // each listed order are loaded one query at a time, and orders.user_id has no index.
  assert.deepEqual(
    report.findings.map((f) => [f.rule, f.severity, (f.data as { scenario?: string }).scenario]),
    [
      ['n-plus-one-query', 'warning', 'list orders'],
      ['n-plus-one-query', 'warning', 'orders of a user'],
      ['missing-index', 'warning', 'orders of a user'],
    ],
    report.findings.map((f) => f.message).join('\n'),
  );
  assert.deepEqual(
    report.tables[0].rows.map((r) => r[0]),
    section.scenarios.map((s: { name: string }) => s.name),
  );
  assert.ok(report.metrics['place-order.requests'] > 50);
  assert.ok(report.metrics['reject-invalid-user.requests'] > 50);
  const statuses = report.tables.find((t) => t.title === 'Status codes and errors')?.rows ?? [];
  assert.ok(statuses.some((r) => r[0] === 'reject invalid user' && r[1] === 'HTTP 400'));
  assert.ok(statuses.some((r) => r[0] === 'place order' && r[1] === 'HTTP 201'));
  assert.ok(ctx.log.lines.some((l) => /^the app is ready after/.test(l)));
});
