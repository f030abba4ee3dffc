import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryLogger } from '../../src/log.js';
import { withClient } from '../../src/postgres/index.js';
import { runMigrations } from '../../src/migrations/run.js';
import { buildMigrationsSettings, type RawMigrations } from '../../src/migrations/settings.js';
import { Redactor } from '../../src/report/mask.js';
import type { FlagValues } from '../../src/modes.js';
import { sharedPostgres } from '../helpers/postgres.js';

const DEMO = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

async function run(workingDirectory: string, raw: RawMigrations, flags: FlagValues = {}) {
  const server = await sharedPostgres();
  const log = new MemoryLogger();
  const settings = buildMigrationsSettings(raw, { 'database-url': server.adminUrl, ...flags }, workingDirectory);
  const report = await runMigrations(settings, { log, redactor: new Redactor() });
  return { report, log };
}

async function scratchDatabasesLeft(): Promise<string[]> {
  const server = await sharedPostgres();
  const r = await withClient(server.adminUrl, (c) =>
    c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'backend_gate_migrations_%'"),
  );
  return r.rows.map((x) => x.datname);
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), sql);
  }
  return dir;
}

test('demo: the PR migration adds orders.user_id without an index, found at its file:line with a CIC fix', async () => {
  const { report, log } = await run(DEMO, { dir: 'migrations', 'base-version': 3 });
  const fk = report.findings.filter((f) => f.rule === 'foreign-key-without-index');
  assert.equal(fk.length, 1);
  assert.deepEqual(fk[0].location, { file: 'migrations/004_link_orders_to_users.sql', line: 5 });
  assert.equal(fk[0].fix?.text, 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);');
  assert.deepEqual(
    fk[0].fix?.files?.map((f) => f.path),
    ['migrations/005_add_index_orders_user_id.sql', 'migrations/005_add_index_orders_user_id_rollback.sql'],
  );
  assert.equal(report.metrics.baseMigrations, 3);
  assert.equal(report.metrics.newMigrations, 1);
  assert.equal(report.metrics.applied, 4);
  assert.equal(report.metrics.tables, 3);
  assert.deepEqual(
    report.tables[0].rows.map((r) => [r[0], r[1], r[2], r[4]]),
    [
      ['migrations/001_create_users.sql', 'base', 2, 'ok'],
      ['migrations/002_create_orders.sql', 'base', 2, 'ok'],
      ['migrations/003_create_order_items.sql', 'base', 2, 'ok'],
      ['migrations/004_link_orders_to_users.sql', 'PR', 3, 'ok'],
    ],
  );
  assert.ok(report.details?.includes('Tables: 3'));
  assert.ok(report.details?.includes('MISSING INDEXES (1 found)'));
  assert.ok(report.details?.includes('SUGGESTED MIGRATIONS'));
  // Static lint ran on the PR's file only.
  assert.ok(
    report.findings.some(
      (f) => f.rule === 'require-lock-timeout' && f.location?.file.endsWith('004_link_orders_to_users.sql'),
    ),
  );
  assert.ok(!report.findings.some((f) => f.location?.file.endsWith('001_create_users.sql')));
  // One progress line per file.
  assert.equal(log.lines.filter((l) => l.startsWith('✓ migrations/')).length, 4);
  // users.email is unique through an expression index (lower(email)): seeding still gives unique values.
  assert.deepEqual(
    log.lines.filter((l) => l.includes('could not seed')),
    [],
  );
  assert.deepEqual(await scratchDatabasesLeft(), []);
});

test("an FK problem already on the base branch is not reported as the PR's", async () => {
  const { report } = await run(DEMO, { dir: 'migrations' }, { 'base-version': '004' });
  assert.equal(report.metrics.newMigrations, 0);
  assert.deepEqual(
    report.findings.filter((f) => f.rule === 'foreign-key-without-index'),
    [],
  );
  // --all: every schema-health finding, the base branch's too.
  const { report: all } = await run(DEMO, { dir: 'migrations' }, { 'base-version': '004', all: true });
  assert.deepEqual(
    all.findings.filter((f) => f.rule === 'foreign-key-without-index').map((f) => f.data?.table),
    ['orders'],
  );
});

test('a failing migration: error at the file line PostgreSQL points to, later files not applied, no scratch DB left', async () => {
  const dir = project({
    'db/001_t.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n',
    // The error position is past multibyte text: lines and columns must still be right.
    'db/002_bad.sql': "-- déjà vu 🚀\nINSERT INTO t VALUES (1);\nSELECT 'é'\n  , id,\n  missing_column\nFROM t;\n",
    'db/003_never.sql': 'CREATE TABLE never_applied (id int);\n',
  });
  try {
    const { report, log } = await run(dir, { dir: 'db' });
    const failed = report.findings.filter((f) => f.rule === 'migration-failed');
    assert.equal(failed.length, 1);
    assert.deepEqual(failed[0].location, { file: 'db/002_bad.sql', line: 5, column: 3 });
    assert.match(
      failed[0].message,
      /002_bad\.sql fails at line 5: column "missing_column" does not exist \(SQLSTATE 42703\)/,
    );
    assert.equal(failed[0].severity, 'error');
    assert.deepEqual(
      report.tables[0].rows.map((r) => [r[0], r[4]]),
      [
        ['db/001_t.sql', 'ok'],
        ['db/002_bad.sql', 'failed at line 5'],
      ],
    );
    assert.ok(log.lines.some((l) => l.startsWith('✗ db/002_bad.sql')));
    assert.equal(report.metrics.applied, 1);
    assert.deepEqual(await scratchDatabasesLeft(), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a syntax error is reported once, at its line, and stops the run', async () => {
  const dir = project({
    'm/001_ok.sql': 'CREATE TABLE a (id int);\n',
    'm/002_typo.sql': 'CREATE TABLE b (id int);\n\nCREAT INDEX ON b (id);\n',
  });
  try {
    const { report } = await run(dir, { dir: 'm' });
    const syntax = report.findings.filter((f) => f.rule === 'syntax-error');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].location?.file, 'm/002_typo.sql');
    assert.equal(syntax[0].location?.line, 3);
    assert.equal(report.metrics.applied, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('base from a git ref: files on the ref are base, the rest the PR; a changed base file is flagged', async () => {
  const dir = project({
    'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    'migrations/002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n',
  });
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: dir,
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    // The PR: a new migration with an FK lacking an index, and an edit of an applied one.
    writeFileSync(
      path.join(dir, 'migrations/003_payments.sql'),
      'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint REFERENCES orders);\n',
    );
    writeFileSync(
      path.join(dir, 'migrations/001_users.sql'),
      'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    );
    const { report } = await run(dir, { dir: 'migrations', base: 'main' });
    assert.equal(report.metrics.baseMigrations, 2);
    assert.equal(report.metrics.newMigrations, 1);
    const fk = report.findings.filter((f) => f.rule === 'foreign-key-without-index');
    // orders.user_id lacks an index too, but it was already on main.
    assert.deepEqual(
      fk.map((f) => [f.data?.table, f.location?.file, f.location?.line]),
      [['payments', 'migrations/003_payments.sql', 1]],
    );
    assert.deepEqual(
      report.findings.filter((f) => f.rule === 'migration-modified').map((f) => f.location?.file),
      ['migrations/001_users.sql'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('base from a folder, and settings errors are configuration errors', async () => {
  const dir = project({
    'base/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    'head/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    'head/002_orders.sql':
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\nCREATE INDEX ON orders (user_id);\n',
  });
  try {
    const { report } = await run(dir, { dir: 'head', base: 'base' });
    assert.equal(report.metrics.baseMigrations, 1);
    assert.equal(report.metrics.newMigrations, 1);
    assert.equal(report.findings.filter((f) => f.rule === 'foreign-key-without-index').length, 0);
    await assert.rejects(run(dir, { dir: 'nope' }), /migrations directory 'nope' does not exist/);
    await assert.rejects(run(dir, { dir: 'head', base: 'no-such-ref' }), /neither a folder nor a git commit/);
    writeFileSync(path.join(dir, 'head', 'orders.sql'), 'SELECT 1;');
    await assert.rejects(run(dir, { dir: 'head' }), /cannot order migration 'orders.sql'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
