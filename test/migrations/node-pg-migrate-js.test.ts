/**
 * node-pg-migrate JS/TS migrations, rendered to SQL by the project's own node-pg-migrate (the
 * fixture has no node_modules: resolution walks up to this repository's), then linted, traced
 * and checked down → up like SQL migrations, on the embedded PostgreSQL.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import { lintMigrationFile } from '../../src/migrations/lint/index.js';
import { runMigrations, runnerWraps } from '../../src/migrations/run.js';
import { buildMigrationsSettings } from '../../src/migrations/settings.js';
import { parseBase, readBaseMigrations } from '../../src/migrations/sources/base.js';
import { localFolder, readMigrationDir } from '../../src/migrations/sources/files.js';
import { detectLayout } from '../../src/migrations/sources/layouts.js';
import { ignoreDirectives, placeStatements } from '../../src/migrations/sources/node-pg-migrate.js';
import { withClient } from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';
import { sharedPostgres } from '../helpers/postgres.js';

const PROJECT = fileURLToPath(new URL('../../fixtures/migrations/node-pg-migrate-js', import.meta.url));
const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
const read = (project = PROJECT) => readMigrationDir(path.join(project, 'migrations'), project);

/** A copy of the fixture in a temporary folder, with `node_modules` as given (nothing: none at all). */
function copyProject(nodeModules?: (dir: string) => void): { dir: string; [Symbol.dispose](): void } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'bg-npm-js-')));
  cpSync(PROJECT, dir, { recursive: true });
  nodeModules?.(path.join(dir, 'node_modules'));
  return { dir, [Symbol.dispose]: () => rmSync(dir, { recursive: true, force: true }) };
}

test('JS/TS migrations are rendered by node-pg-migrate, each statement on the line of its pgm call', async () => {
  assert.equal(detectLayout(localFolder(path.join(PROJECT, 'migrations'), PROJECT)), 'node-pg-migrate');
  const files = read();
  assert.deepEqual(
    files.map((f) => [f.name, f.transaction?.kind, Boolean(f.down)]),
    [
      ['1700000000000_create-users.js', 'wrapped', true],
      ['1700000000001_orders.cjs', 'wrapped', true],
      // pgm.noTransaction(): statements go one by one.
      ['1700000000002_users-email-index.js', 'autocommit', true],
      // No `down` export: node-pg-migrate reverses the up calls, and so do we.
      ['1700000000003_orders-created-at.ts', 'wrapped', true],
    ],
  );
  const lineOf = (sql: string, start: string) => sql.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  const [, orders, , createdAt] = files;
  assert.equal(lineOf(orders.sql, 'CREATE TABLE "orders"'), 4);
  assert.equal(lineOf(orders.sql, 'ALTER TABLE "users"'), 9);
  assert.match(orders.sql, /ADD "score" double precision DEFAULT random\(\)/);
  assert.equal(lineOf(createdAt.sql, 'CREATE INDEX CONCURRENTLY "orders_created_at_index"'), 8);
  // The inferred down drops in reverse order.
  assert.match(
    createdAt.down?.sql ?? '',
    /DROP INDEX CONCURRENTLY "orders_created_at_index";\nALTER TABLE "orders"\n {2}DROP "created_at";/,
  );
  assert.deepEqual(await Promise.all(files.map((f) => runnerWraps(f))), [true, true, false, true]);
});

test('dry-run end to end: CIC flagged only where node-pg-migrate wraps it; lint and measures land on the JS file', async () => {
  const server = await sharedPostgres();
  const settings = buildMigrationsSettings(
    { 'seed-rows': 2000, 'base-version': '1700000000000' },
    { 'database-url': server.adminUrl },
    PROJECT,
  );
  const report = await runMigrations(settings, { log: new MemoryLogger(), redactor: new Redactor() });
  const left = await withClient(server.adminUrl, (c) =>
    c.query("SELECT datname FROM pg_database WHERE datname LIKE 'backend_gate_migrations_%'"),
  );
  assert.equal(left.rowCount, 0, 'no scratch database left behind');
  assert.equal(report.metrics.applied, 4);
  assert.equal(report.metrics.newMigrations, 3);
  assert.ok(!report.findings.some((f) => f.rule === 'migration-failed'));

  const cic = report.findings.filter((f) => f.rule === 'ban-concurrent-index-creation-in-transaction');
  assert.deepEqual(
    cic.map((f) => [f.location?.file, f.location?.line]),
    [['migrations/1700000000003_orders-created-at.ts', 8]],
  );
  assert.match(cic[0].fix?.description ?? '', /pgm\.noTransaction\(\)/);

  const dflt = report.findings.filter((f) => f.rule === 'adding-field-with-default');
  assert.deepEqual(
    dflt.map((f) => [f.location?.file, f.location?.line]),
    [['migrations/1700000000001_orders.cjs', 9]],
  );
  const measured = dflt[0].data?.measured as { lock: string; rewrites: string[] };
  assert.equal(measured.lock, 'ACCESS EXCLUSIVE');
  assert.deepEqual(measured.rewrites, ['public.users']);

  const fk = report.findings.filter((f) => f.rule === 'foreign-key-without-index');
  assert.deepEqual(
    fk.map((f) => [f.data?.table, f.location?.file]),
    [['orders', 'migrations/1700000000001_orders.cjs']],
  );
  // Every down (written or inferred) restores the schema its up started from.
  assert.ok(!report.findings.some((f) => f.rule.startsWith('down-migration')));
});

test('without node-pg-migrate in the project: a ConfigurationError saying to run npm ci, or to use the command layout', () => {
  using project = copyProject();
  assert.throws(
    () => read(project.dir),
    (e: unknown) =>
      e instanceof ConfigurationError &&
      /project's own node-pg-migrate, which is not installed/.test(e.message) &&
      /`npm ci`/.test(e.message) &&
      /migrations\.layout: command/.test(e.message) &&
      e.file === 'migrations/1700000000000_create-users.js',
  );
});

test('a TypeScript migration without tsx in the project: a ConfigurationError naming tsx', () => {
  using project = copyProject((modules) => {
    mkdirSync(modules);
    symlinkSync(path.join(NODE_MODULES, 'node-pg-migrate'), path.join(modules, 'node-pg-migrate'), 'dir');
  });
  assert.throws(
    () => read(project.dir),
    (e: unknown) =>
      e instanceof ConfigurationError &&
      /is TypeScript, and the project has no tsx/.test(e.message) &&
      /npm install --save-dev tsx/.test(e.message) &&
      e.file === 'migrations/1700000000003_orders-created-at.ts',
  );
});

test('a migration that reads the database, or throws, is a ConfigurationError at its file and line', () => {
  using project = copyProject((modules) => symlinkSync(NODE_MODULES, modules, 'dir'));
  const write = (text: string) => writeFileSync(path.join(project.dir, 'migrations', '1700000000004_broken.js'), text);
  write("export const up = async (pgm) => {\n  const rows = await pgm.db.select('SELECT 1');\n};\n");
  assert.throws(
    () => read(project.dir),
    (e: unknown) =>
      e instanceof ConfigurationError &&
      /queries the database while it builds its SQL/.test(e.message) &&
      e.file === 'migrations/1700000000004_broken.js' &&
      e.line === 2,
  );
  write("export const up = (pgm) => {\n  pgm.sql('SELECT 1');\n\n  throw new Error('not yet');\n};\n");
  assert.throws(
    () => read(project.dir),
    (e: unknown) =>
      e instanceof ConfigurationError && /could not be rendered to SQL: not yet/.test(e.message) && e.line === 4,
  );
});

test('base migrations at a git ref: a JS file changed since is rendered from the ref, not from disk', async () => {
  using project = copyProject((modules) => symlinkSync(NODE_MODULES, modules, 'dir'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd: project.dir,
      stdio: 'pipe',
    });
  const users = path.join(project.dir, 'migrations', '1700000000000_create-users.js');
  git('init', '-q', '-b', 'main');
  git('add', 'package.json', 'migrations/1700000000000_create-users.js');
  git('commit', '-q', '-m', 'base');
  // The working tree's copy differs from the base branch's.
  writeFileSync(users, "export const up = (pgm) => {\n  pgm.createTable('users', { id: 'id', nick: 'text' });\n};\n");
  const dir = path.join(project.dir, 'migrations');
  const head = readMigrationDir(dir, project.dir);
  const base = await readBaseMigrations(parseBase('main', undefined, project.dir), head, dir, project.dir);
  assert.deepEqual(
    base.map((f) => f.name),
    ['1700000000000_create-users.js'],
  );
  assert.match(base[0].sql, /"email" text NOT NULL/);
  assert.match(head[0].sql, /"nick" text/);
  assert.match(base[0].down?.sql ?? '', /DROP TABLE "users"/);
});

test('ignore comments in a JS file (// backend-gate-ignore) reach the lint above their statement', async () => {
  const js = [
    'export const up = (pgm) => {',
    '  // backend-gate-ignore adding-field-with-default: users is tiny',
    "  pgm.addColumn('users', { score: { type: 'float', default: pgm.func('random()') } });",
    '};',
  ].join('\n');
  const sql = placeStatements(
    [{ sql: 'ALTER TABLE "users"\n  ADD "score" float DEFAULT random();', line: 3 }],
    ignoreDirectives(js),
  );
  assert.equal(sql.split('\n')[1], '-- backend-gate-ignore adding-field-with-default: users is tiny');
  const findings = await lintMigrationFile(sql, 'migrations/1_score.js', { inTransaction: true });
  assert.ok(!findings.some((f) => f.rule === 'adding-field-with-default'));
  assert.ok(!findings.some((f) => f.rule === 'unused-ignore'));
  // A step whose call line is unknown (a helper module called pgm) comes next, from line 1 on.
  assert.equal(placeStatements([{ sql: 'SELECT 1;', line: null }]), 'SELECT 1;\n');
});
