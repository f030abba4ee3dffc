/**
 * One fixture project per layout (fixtures/migrations/<layout>/), dry-run end to end on the
 * embedded PostgreSQL: base migrations, seed, the PR's migrations traced, down → up, schema health.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryLogger } from '../../src/log.js';
import type { FlagValues } from '../../src/modes.js';
import { withClient } from '../../src/postgres/index.js';
import { runMigrations } from '../../src/migrations/run.js';
import { buildMigrationsSettings, type RawMigrations } from '../../src/migrations/settings.js';
import { Redactor } from '../../src/report/mask.js';
import type { Finding } from '../../src/report/types.js';
import { sharedPostgres } from '../helpers/postgres.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/migrations/', import.meta.url));
const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));

async function dryRun(project: string, raw: RawMigrations, flags: FlagValues = {}, cwd = FIXTURES + project) {
  const server = await sharedPostgres();
  const log = new MemoryLogger();
  const settings = buildMigrationsSettings(
    { 'seed-rows': 2000, ...raw },
    { 'database-url': server.adminUrl, ...flags },
    cwd,
  );
  const report = await runMigrations(settings, { log, redactor: new Redactor() });
  const left = await withClient(server.adminUrl, (c) =>
    c.query("SELECT datname FROM pg_database WHERE datname LIKE 'backend_gate_migrations_%'"),
  );
  assert.equal(left.rowCount, 0, 'no scratch database left behind');
  return { report, log };
}

const rules = (findings: Finding[], file?: string) =>
  findings.filter((f) => !file || f.location?.file.endsWith(file)).map((f) => f.rule);

test('sql: a CIC migration alone runs outside a transaction; its _rollback.sql restores the schema', async () => {
  const { report, log } = await dryRun('sql', { 'base-version': 2 });
  assert.match(report.summary, /^3 of 3 sql migrations applied \(2 base, 1 new\)/);
  assert.ok(!rules(report.findings).includes('ban-concurrent-index-creation-in-transaction'));
  assert.ok(!rules(report.findings).some((r) => r.startsWith('down-migration')));
  assert.ok(log.lines.some((l) => l.includes('down → up of 003_index_orders_user_id.sql restores the schema')));
  // The FK lacked an index on the base branch already, and the PR adds it: nothing to report.
  assert.ok(!rules(report.findings).includes('foreign-key-without-index'));
  assert.equal(report.metrics.seededRows, 2100); // orders, and 100 users for its key to point to
});

test('golang-migrate: a two-statement file is one implicit transaction; a down that forgets the index', async () => {
  const { report } = await dryRun('golang-migrate', { 'base-version': 1 });
  const cic = report.findings.find((f) => f.rule === 'ban-concurrent-index-creation-in-transaction');
  assert.equal(cic?.location?.file, 'migrations/2_users_name.up.sql');
  assert.equal(cic?.location?.line, 3);
  assert.match(cic?.fix?.description ?? '', /golang-migrate sends a whole file as one query/);
  const incomplete = report.findings.find((f) => f.rule === 'down-migration-incomplete');
  assert.equal(incomplete?.location?.file, 'migrations/2_users_name.down.sql');
  assert.match(incomplete?.message ?? '', /indexes public\.users_email_idx: unexpected/);
});

test('dbmate: transaction:false lets CIC run; in a wrapped migration CIC is an error naming the opt-out', async () => {
  const { report } = await dryRun('dbmate', { 'base-version': '20240101000000' });
  assert.equal(report.metrics.newMigrations, 2);
  assert.equal(report.metrics.applied, 3);
  const cic = report.findings.filter((f) => f.rule === 'ban-concurrent-index-creation-in-transaction');
  assert.deepEqual(
    cic.map((f) => [f.location?.file, f.location?.line]),
    [['db/migrations/20240103000000_users_created_at.sql', 3]],
  );
  assert.match(cic[0].fix?.description ?? '', /-- migrate:up transaction:false/);
  assert.ok(!rules(report.findings).some((r) => r.startsWith('down-migration')));
});

test('flyway: V1 < V1.1 < V2, repeatable applied last, mixed CIC file flagged, CIC alone not', async () => {
  const { report } = await dryRun('flyway', { 'base-version': '1.1' });
  assert.deepEqual(
    report.tables[0].rows.map((r) => [r[0], r[1], r[4]]),
    [
      ['db/migration/V1__create_users.sql', 'base', 'ok'],
      ['db/migration/V1.1__users_name.sql', 'base', 'ok'],
      ['db/migration/V2__orders.sql', 'PR', 'ok'],
      ['db/migration/V3__index_users_name.sql', 'PR', 'ok'],
      ['db/migration/R__user_emails.sql', 'PR', 'ok'],
    ],
  );
  const cic = report.findings.filter((f) => f.rule === 'ban-concurrent-index-creation-in-transaction');
  assert.deepEqual(
    cic.map((f) => f.location?.file),
    ['db/migration/V2__orders.sql'],
  );
  assert.match(cic[0].fix?.description ?? '', /executeInTransaction=false/);
  assert.ok(!rules(report.findings).some((r) => r.startsWith('down-migration')));
});

test('prisma: folder per migration; a volatile default on a seeded table is one merged, measured finding', async () => {
  const { report } = await dryRun('prisma', { 'base-version': '20240101000000' });
  assert.equal(report.metrics.applied, 2);
  const fk = report.findings.filter((f) => f.rule === 'foreign-key-without-index');
  assert.deepEqual(
    fk.map((f) => [f.data?.table, f.location?.file]),
    [['Order', 'prisma/migrations/20240102000000_orders/migration.sql']],
  );
  const dflt = report.findings.filter((f) => f.rule === 'adding-field-with-default');
  assert.equal(dflt.length, 1);
  const measured = dflt[0].data?.measured as { lock: string; rewrites: string[] };
  assert.equal(measured.lock, 'ACCESS EXCLUSIVE');
  assert.deepEqual(measured.rewrites, ['public.User']);
  assert.ok(!rules(report.findings).includes('table-rewrite'), 'the measured rewrite is merged, not a second finding');
});

test('node-pg-migrate: SQL migrations are wrapped, so CIC in one is an error with the noTransaction() fix', async () => {
  const { report } = await dryRun('node-pg-migrate', { 'base-version': '1700000000000' });
  const cic = report.findings.filter((f) => f.rule === 'ban-concurrent-index-creation-in-transaction');
  assert.equal(cic.length, 1);
  assert.match(cic[0].fix?.description ?? '', /pgm\.noTransaction\(\)/);
  assert.equal(report.metrics.applied, 2);
});

test('command: the project tool applies the migrations to DATABASE_URL; with a git base, findings are the PR’s', async () => {
  const { report: all, log } = await dryRun('command', { command: 'node migrate.mjs' });
  assert.match(all.summary, /^migrations applied by `node migrate\.mjs`/);
  assert.deepEqual(rules(all.findings), ['foreign-key-without-index']);
  assert.ok(log.lines.some((l) => l.startsWith('✓ `node migrate.mjs` (PR): ok')));

  // A repository whose main has 001 only; the PR adds 002 (an FK without index) → reported.
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-command-'));
  try {
    cpSync(FIXTURES + 'command', dir, { recursive: true });
    symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'), 'dir');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: dir,
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    git('add', 'migrate.mjs', 'sql/001_users.sql');
    git('commit', '-q', '-m', 'base');
    const { report } = await dryRun('command', { command: 'node migrate.mjs', base: 'main' }, {}, dir);
    assert.deepEqual(
      report.tables[0].rows.map((r) => [r[0], r[3]]),
      [
        ['base', 'ok'],
        ['PR', 'ok'],
      ],
    );
    assert.deepEqual(rules(report.findings), ['foreign-key-without-index']);
    // A failing tool is a finding with its output, not a crash.
    const { report: failed } = await dryRun('command', { command: 'node -e "console.error(42); process.exit(3)"' });
    assert.deepEqual(rules(failed.findings), ['migration-failed']);
    assert.match(failed.findings[0].message, /exit code 3\)\. Its last output:\n42/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
