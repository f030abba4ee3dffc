import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { parseConfig } from '../../src/settings/config.js';
import { contextFor, ROOT } from '../loadtest/helpers.js';
import { sharedPostgres } from '../helpers/postgres.js';

const DB_FIXTURES = path.join(ROOT, 'fixtures/loadtest-db');

test('loadtest.database is a closed object: an unknown key names its line and the allowed keys', () => {
  const text =
    'loadtest:\n  start-command: node app.js\n  database:\n    migrations: migrations\n    seeds: seed.sql\n';
  assert.throws(
    () => parseConfig(text, '.backend-gate.yml'),
    (e: unknown) =>
      e instanceof ConfigurationError && e.line === 5 && /unknown key 'seeds'.*Allowed keys: .*seed/.test(e.message),
  );
});

test('loadtest.database mistakes are ConfigurationErrors that say what to do', async () => {
  const cases: [string, RegExp][] = [
    [
      'loadtest: { base-url: "http://127.0.0.1:1", database: {}, scenarios: [{ name: a }] }',
      /needs loadtest.start-command/,
    ],
    [
      'loadtest: { start-command: x, database: { migrations: nope }, scenarios: [{ name: a, path: / }] }',
      /migrations 'nope' is not a folder/,
    ],
    [
      'loadtest: { start-command: x, database: { seed: nope.sql }, scenarios: [{ name: a, path: / }] }',
      /seed 'nope.sql' not found/,
    ],
    [
      'loadtest: { start-command: x, database: { postgres: url }, scenarios: [{ name: a, path: / }] }',
      /pass --database-url/,
    ],
  ];
  for (const [yaml, message] of cases) {
    await assert.rejects(
      loadtestCommand.run(contextFor(yaml, DB_FIXTURES), { positionals: [], flags: {} }),
      (e: unknown) => {
        assert.ok(e instanceof ConfigurationError, String(e));
        assert.match(e.message, message);
        return true;
      },
    );
  }
});

test('a failing migration is a database-setup-failed error at its file and line, and no load is sent', async () => {
  const server = await sharedPostgres();
  const ctx = contextFor(
    `
loadtest:
  start-command: node never-started.js
  database: { migrations: broken-migrations, postgres: url }
  scenarios: [{ name: a, path: /, duration: 1 }]
`,
    DB_FIXTURES,
  );
  const report = await loadtestCommand.run(ctx, { positionals: [], flags: { 'database-url': server.adminUrl } });
  assert.equal(report.findings.length, 1);
  const [f] = report.findings;
  assert.equal(f.rule, 'database-setup-failed');
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.location, { file: 'broken-migrations/001_create_orders.sql', line: 4 });
  assert.match(f.message, /column "usr_id" does not exist/);
  assert.equal(report.metrics.scenarios, 0);
  assert.ok(!ctx.log.lines.some((l) => l.startsWith('starting the app')));
});

test('on a server given by database-url: a scratch database, a seed command with the URL exported, the app on it, then dropped', async () => {
  const server = await sharedPostgres();
  const ctx = contextFor(
    `
loadtest:
  start-command: node ../demo/app/server.js
  ready-url: http://127.0.0.1:\${PORT}/health
  database:
    migrations: ../demo/migrations
    seed: node seed.js
    env-var: DATABASE_URL
  scenarios:
    - { name: list users, path: /users?limit=50, connections: 2, duration: 0.5 }
`,
    DB_FIXTURES,
  );
  const report = await loadtestCommand.run(ctx, { positionals: [], flags: { 'database-url': server.adminUrl } });
  assert.deepEqual(
    report.findings.map((f) => f.rule),
    [],
    report.findings.map((f) => f.message).join('\n'),
  );
  assert.ok(
    ctx.log.lines.some((l) => /^seeded by `node seed.js`/.test(l)),
    ctx.log.lines.join('\n'),
  );
  const statements = report.tables.find((t) => t.title === 'Statements: list users');
  assert.match(String(statements?.rows[0][0]), /FROM users ORDER BY id LIMIT \$1 OFFSET \$2/);
  assert.equal(statements?.rows[0][3], 50, 'rows per call: the 50 seeded users');
  // Nothing of ours is left on the user's server.
  const { withClient } = await import('../../src/postgres/index.js');
  const left = await withClient(server.adminUrl, (c) =>
    c.query("SELECT datname FROM pg_database WHERE datname LIKE 'backend_gate_loadtest%'"),
  );
  assert.deepEqual(left.rows, []);
});
