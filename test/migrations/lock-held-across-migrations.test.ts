/**
 * node-pg-migrate runs all pending migrations in one transaction by default: a lock the PR's
 * first migration takes on an existing table is held until the last one commits. Dry-run end to
 * end on the embedded PostgreSQL with fixtures/migrations/node-pg-migrate-single.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryLogger } from '../../src/log.js';
import { withClient } from '../../src/postgres/index.js';
import { LOCK_HELD_ACROSS_MIGRATIONS, sharedTransactions } from '../../src/migrations/lock-held-across-migrations.js';
import { runMigrations } from '../../src/migrations/run.js';
import { buildMigrationsSettings, type RawMigrations } from '../../src/migrations/settings.js';
import { readMigrationDir } from '../../src/migrations/sources/files.js';
import type { FileRun } from '../../src/migrations/apply.js';
import { Redactor } from '../../src/report/mask.js';
import type { Finding } from '../../src/report/types.js';
import { sharedPostgres } from '../helpers/postgres.js';

const PROJECT = fileURLToPath(new URL('../../fixtures/migrations/node-pg-migrate-single', import.meta.url));
const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));

/** A copy of the fixture in a temporary folder (node_modules linked, for JS migrations). */
function copyProject(): { dir: string; [Symbol.dispose](): void } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'bg-npm-single-')));
  cpSync(PROJECT, dir, { recursive: true });
  symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'), 'dir');
  return { dir, [Symbol.dispose]: () => rmSync(dir, { recursive: true, force: true }) };
}

async function dryRun(raw: RawMigrations = {}, project = PROJECT) {
  const server = await sharedPostgres();
  const settings = buildMigrationsSettings(
    { 'seed-rows': 1000, probe: false, 'base-version': '1700000000000', ...raw },
    { 'database-url': server.adminUrl },
    project,
  );
  const report = await runMigrations(settings, { log: new MemoryLogger(), redactor: new Redactor() });
  const left = await withClient(server.adminUrl, (c) =>
    c.query("SELECT datname FROM pg_database WHERE datname LIKE 'backend_gate_migrations_%'"),
  );
  assert.equal(left.rowCount, 0, 'no scratch database left behind');
  assert.ok(!report.findings.some((f) => f.rule === 'migration-failed'));
  return { settings, report, held: report.findings.filter((f) => f.rule === LOCK_HELD_ACROSS_MIGRATIONS) };
}

const where = (f: Finding) => `${f.location?.file}:${f.location?.line}`;

test('the ALTER of an existing table in the first PR migration is held across the later ones; the PR’s own table is not reported', async () => {
  const { settings, report, held } = await dryRun();
  assert.equal(settings.singleTransaction, true, "the fixture's script runs node-pg-migrate up without turning it off");
  assert.equal(report.metrics.applied, 4);
  // invoices is created by the PR (and locked by its CREATE INDEX across no later file, by its
  // CREATE/ALTER across one): nobody's traffic yet, so only accounts is reported.
  assert.deepEqual(
    held.map((f) => [f.data?.table, f.data?.lock, where(f)]),
    [['public.accounts', 'ACCESS EXCLUSIVE', 'migrations/1700000000001_accounts-plan.sql:3']],
  );
  const [f] = held;
  assert.equal(f.severity, 'warning');
  assert.equal(f.data?.blocks, 'reads and writes');
  assert.deepEqual(f.data?.heldAcross, [
    'migrations/1700000000002_create-invoices.sql',
    'migrations/1700000000003_invoices-account-index.sql',
  ]);
  // The three statements after it (CREATE TABLE, ALTER, CREATE INDEX), each measured.
  const after = report.tables
    .find((t) => t.title === 'Statements of the PR (measured)')!
    .rows.slice(1)
    .reduce((ms, r) => ms + Number(r[2]), 0);
  assert.equal(report.tables.find((t) => t.title === 'Statements of the PR (measured)')!.rows.length, 4);
  assert.ok(typeof f.data?.heldAfterMs === 'number' && Math.abs(f.data.heldAfterMs - after) <= 3);
  assert.match(
    f.message,
    /ACCESS EXCLUSIVE lock this statement takes on public\.accounts \(blocks all reads and writes\)/,
  );
  assert.match(
    f.message,
    /across the 2 later migrations 1700000000002_create-invoices\.sql, 1700000000003_invoices-account-index\.sql until the last one commits/,
  );
  assert.match(
    f.message,
    new RegExp(`Measured on the scratch database: ${f.data?.heldAfterMs} ms from this statement`),
  );
  assert.match(f.fix?.description ?? '', /migration of its own/);
  assert.match(f.fix?.description ?? '', /--no-single-transaction/);
  assert.match(f.fix?.description ?? '', /migrations\.single-transaction: false/);
  // The per-file note says the transaction is shared.
  const note = readMigrationDir(path.join(PROJECT, 'migrations'), PROJECT)[1].transaction?.note ?? '';
  assert.match(note, /by default, one transaction shared by all pending migrations/);
});

test('migrations.single-transaction: false (one transaction per migration): no finding', async () => {
  const { settings, held } = await dryRun({ 'single-transaction': false });
  assert.equal(settings.singleTransaction, false);
  assert.deepEqual(held, []);
});

test('a package.json script running node-pg-migrate with --no-single-transaction: no finding', async () => {
  using project = copyProject();
  writeFileSync(
    path.join(project.dir, 'package.json'),
    JSON.stringify({ scripts: { migrate: 'node-pg-migrate up -m migrations --no-single-transaction' } }),
  );
  const { settings, report, held } = await dryRun({}, project.dir);
  assert.equal(settings.singleTransaction, false);
  assert.equal(report.metrics.applied, 4);
  assert.deepEqual(held, []);
});

test('a pgm.noTransaction() migration after the ALTER commits the transaction: nothing wrapped follows, no finding', async () => {
  using project = copyProject();
  const migrations = path.join(project.dir, 'migrations');
  rmSync(path.join(migrations, '1700000000003_invoices-account-index.sql'));
  rmSync(path.join(migrations, '1700000000002_create-invoices.sql'));
  const indexMigration = (noTransaction: boolean) =>
    writeFileSync(
      path.join(migrations, '1700000000002_accounts-email-index.cjs'),
      [
        '/* global exports */',
        'exports.up = (pgm) => {',
        noTransaction ? '  pgm.noTransaction();' : '',
        `  pgm.createIndex('accounts', 'email', { name: 'accounts_email_idx', concurrently: ${noTransaction} });`,
        '};',
        '',
      ].join('\n'),
    );
  // Wrapped, the JS migration continues the ALTER's transaction.
  indexMigration(false);
  const wrapped = await dryRun({}, project.dir);
  assert.deepEqual(
    wrapped.held.map((f) => [f.data?.table, f.data?.lock, where(f), f.data?.heldAcross]),
    [
      [
        'public.accounts',
        'ACCESS EXCLUSIVE',
        'migrations/1700000000001_accounts-plan.sql:3',
        ['migrations/1700000000002_accounts-email-index.cjs'],
      ],
    ],
  );
  assert.match(wrapped.held[0].message, /across the later migration 1700000000002_accounts-email-index\.cjs until/);

  indexMigration(true);
  const { report, held } = await dryRun({}, project.dir);
  assert.equal(report.metrics.applied, 3);
  assert.deepEqual(held, []);

  // A wrapped migration after the break starts a transaction of its own: still nothing held across.
  writeFileSync(
    path.join(migrations, '1700000000003_accounts-note.sql'),
    '-- Up Migration\nALTER TABLE accounts ADD COLUMN note text;\n',
  );
  const again = await dryRun({}, project.dir);
  assert.equal(again.report.metrics.applied, 4);
  assert.deepEqual(again.held, []);
});

test('sharedTransactions: consecutive wrapped migrations share one; a noTransaction() one breaks it', () => {
  const run = (name: string, kind: 'wrapped' | 'autocommit'): FileRun => ({
    file: { name, path: name, version: name, sql: '', transaction: { kind, note: '' } },
    statements: [],
    durationMs: 0,
  });
  const spans = sharedTransactions([
    run('1', 'wrapped'),
    run('2', 'wrapped'),
    run('3', 'autocommit'),
    run('4', 'wrapped'),
    run('5', 'autocommit'),
  ]);
  assert.deepEqual(
    spans.map((s) => s.map((r) => r.file.name)),
    [['1', '2'], ['4']],
  );
});
