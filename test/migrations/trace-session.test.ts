/**
 * The session tracer reads, after each PR statement, only the locks it holds (with the
 * relfilenodes of what it holds in ACCESS EXCLUSIVE mode): rewrites must still be seen inside a
 * file's own transaction, after a ROLLBACK undid one, and after statements that run outside a
 * transaction (VACUUM FULL), and after DEALLOCATE ALL dropped its prepared query. A failing
 * statement sent after our BEGIN is located as if alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/log.js';
import { runMigrations } from '../../src/migrations/run.js';
import { buildMigrationsSettings } from '../../src/migrations/settings.js';
import { Redactor } from '../../src/report/mask.js';
import { sharedPostgres } from '../helpers/postgres.js';

async function dryRun(base: string, pr: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-tracer-'));
  try {
    mkdirSync(path.join(dir, 'm'));
    writeFileSync(path.join(dir, 'm/001_base.sql'), base);
    writeFileSync(path.join(dir, 'm/002_pr.sql'), pr);
    const server = await sharedPostgres();
    const settings = buildMigrationsSettings(
      { dir: 'm', 'base-version': 1, probe: false, 'seed-rows': 0 },
      { 'database-url': server.adminUrl },
      dir,
    );
    return await runMigrations(settings, { log: new MemoryLogger(), redactor: new Redactor() });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('rewrites are seen in a file transaction, again after its ROLLBACK, after VACUUM FULL and TRUNCATE', async () => {
  const report = await dryRun(
    'CREATE TABLE t (id int PRIMARY KEY, x int NOT NULL);\nCREATE TABLE other (id int);\n',
    [
      'ALTER TABLE t ADD COLUMN c int;',
      'BEGIN;',
      'ALTER TABLE t ALTER COLUMN x TYPE bigint;',
      'ALTER TABLE other ADD COLUMN d int;',
      'ROLLBACK;',
      'ALTER TABLE t ALTER COLUMN x TYPE bigint;',
      'VACUUM FULL other;',
      'TRUNCATE t;',
      "SET LOCAL lock_timeout = '5s';",
      'ALTER TABLE other ADD COLUMN e int;',
      'DEALLOCATE ALL;',
      'ALTER TABLE other ADD COLUMN f int;',
    ].join('\n'),
  );
  const table = report.tables.find((t) => t.title === 'Statements of the PR (measured)');
  assert.ok(table, 'trace table present');
  const byLine = new Map(
    table.rows.map((r) => [r[1], { locks: String(r[3]), rewrite: String(r[4]), lockTimeout: r[7] }]),
  );
  assert.deepEqual(byLine.get(1), { locks: 'ACCESS EXCLUSIVE on public.t', rewrite: 'no', lockTimeout: '0' });
  assert.equal(byLine.get(3)?.rewrite, 'public.t');
  // Inside the file's transaction the lock on t is still held: only the new one is this statement's.
  assert.deepEqual(byLine.get(4), { locks: 'ACCESS EXCLUSIVE on public.other', rewrite: 'no', lockTimeout: '0' });
  assert.equal(byLine.get(6)?.rewrite, 'public.t');
  assert.match(byLine.get(7)!.locks, /not traced \(VACUUM runs outside a transaction\)/);
  assert.equal(byLine.get(7)?.rewrite, 'public.other');
  assert.equal(byLine.get(8)?.rewrite, 'public.t');
  // SET LOCAL ends with the statement's own transaction: the next statement runs without it.
  assert.equal(byLine.get(10)?.lockTimeout, '0');
  // DEALLOCATE ALL drops the tracer's prepared lock query too: it is prepared again.
  assert.equal(byLine.get(12)?.locks, 'ACCESS EXCLUSIVE on public.other');
  assert.equal(report.metrics.applied, 2);
});

test('a failing PR statement is located at its line and column, though sent after our BEGIN', async () => {
  const report = await dryRun(
    'CREATE TABLE t (id int PRIMARY KEY, x int NOT NULL);\n',
    'ALTER TABLE t ADD COLUMN c int;\nUPDATE t SET x = nosuch;\n',
  );
  const failed = report.findings.find((f) => f.rule === 'migration-failed');
  assert.ok(failed, 'failure reported');
  assert.deepEqual(failed.location, { file: 'm/002_pr.sql', line: 2, column: 18 });
  assert.match(failed.message, /column "nosuch" does not exist/);
});
