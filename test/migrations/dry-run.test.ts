/**
 * `migrations dry-run FILE --database-url URL` on a database that stands for the user's own:
 * schema and data checksums are the same before and after, also when the file fails half-way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/log.js';
import { schemaDump } from '../../src/migrations/down.js';
import { runDryRun } from '../../src/migrations/dry-run.js';
import type { Measured } from '../../src/migrations/measured.js';
import { withClient } from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';
import { scratchDatabase } from '../helpers/postgres.js';

const USER_SCHEMA = `
CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL, balance int NOT NULL DEFAULT 0);
INSERT INTO accounts (email, balance) SELECT 'u' || g || '@example.com', g FROM generate_series(1, 5000) g;
CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account_id int REFERENCES accounts, note text);
INSERT INTO audit (account_id, note) SELECT g, 'created' FROM generate_series(1, 100) g;
`;

/** Schema (normalized catalog dump) and every table's rows, hashed. */
async function checksum(url: string): Promise<{ schema: string; data: string }> {
  return withClient(url, async (c) => {
    const schema = createHash('sha256')
      .update(JSON.stringify(await schemaDump(c)))
      .digest('hex');
    const tables = await c.query<{ t: string }>(
      "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    const h = createHash('sha256');
    for (const { t } of tables.rows) {
      const r = await c.query<{ m: string | null }>(
        `SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) AS m FROM ${t} x`,
      );
      h.update(`${t}:${r.rows[0].m}\n`);
    }
    return { schema, data: h.digest('hex') };
  });
}

async function dryRun(url: string, sql: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-dryrun-'));
  try {
    writeFileSync(path.join(dir, '005_change.sql'), sql);
    const log = new MemoryLogger();
    const report = await runDryRun({
      file: path.join(dir, '005_change.sql'),
      workingDirectory: dir,
      databaseUrl: url,
      log,
      redactor: new Redactor(),
    });
    return { report, log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('dry-run: measured, rolled back; the user database is identical before and after', async () => {
  const db = await scratchDatabase('dry-run-user');
  await withClient(db.url, (c) => c.query(USER_SCHEMA));
  const before = await checksum(db.url);
  const { report } = await dryRun(
    db.url,
    `BEGIN;
ALTER TABLE accounts ADD COLUMN score float DEFAULT random();
UPDATE accounts SET balance = balance + 1;
INSERT INTO audit (account_id, note) VALUES (1, 'dry');
CREATE INDEX audit_account_idx ON audit (account_id);
DELETE FROM audit;
COMMIT;
`,
  );
  assert.deepEqual(await checksum(db.url), before);
  assert.equal(report.metrics.statements, 5);
  assert.equal(report.metrics.failed, 0);
  const table = report.tables[0];
  assert.deepEqual(
    table.rows.map((r) => [r[1], r[3], r[4], r[5]]),
    [
      [2, 'ACCESS EXCLUSIVE on public.accounts', 'public.accounts', 'reads and writes'],
      [3, 'ROW EXCLUSIVE on public.accounts', 'no', 'nothing'],
      // The foreign key's check locks the referenced row's table too.
      [4, 'ROW SHARE on public.accounts, ROW EXCLUSIVE on public.audit', 'no', 'nothing'],
      [5, 'SHARE on public.audit', 'no', 'writes'],
      [6, 'none', 'no', 'nothing'],
    ],
  );
  assert.equal(table.rows[0][6], '5s', 'the dry run bounds its lock waits');
  // The lint's finding carries what was measured.
  const dflt = report.findings.find((f) => f.rule === 'adding-field-with-default');
  assert.deepEqual((dflt?.data?.measured as Measured).rewrites, ['public.accounts']);
  // BEGIN/COMMIT of the file were skipped, and said so; the identity sequence moved and is named.
  assert.ok(report.details?.some((l) => l.startsWith('Line 7: COMMIT skipped')));
  assert.deepEqual(
    report.findings.filter((f) => f.rule === 'dry-run-sequence-advanced').map((f) => f.data?.sequences),
    [['public.audit_id_seq']],
  );
  await db.drop();
});

test('dry-run: a file failing half-way is located, and nothing of its first half stays', async () => {
  const db = await scratchDatabase('dry-run-fail');
  await withClient(db.url, (c) => c.query(USER_SCHEMA));
  const before = await checksum(db.url);
  const { report } = await dryRun(
    db.url,
    `ALTER TABLE accounts ALTER COLUMN balance TYPE bigint;
DELETE FROM audit;
ALTER TABLE accounts
  ADD CONSTRAINT positive CHECK (balance > 100);
DROP TABLE accounts CASCADE;
`,
  );
  assert.deepEqual(await checksum(db.url), before);
  const failed = report.findings.filter((f) => f.rule === 'migration-failed');
  assert.equal(failed.length, 1);
  assert.equal(failed[0].location?.line, 3);
  assert.match(
    failed[0].message,
    /check constraint "positive" .* is violated by some row \(SQLSTATE 23514\)\. Everything it did was rolled back/,
  );
  assert.equal(report.metrics.statements, 2);
  await db.drop();
});

test('dry-run refuses statements that cannot run in a transaction, before running anything', async () => {
  const db = await scratchDatabase('dry-run-refuse');
  await withClient(db.url, (c) => c.query(USER_SCHEMA));
  const before = await checksum(db.url);
  const { report } = await dryRun(
    db.url,
    `DELETE FROM audit;
CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
ROLLBACK;
`,
  );
  assert.deepEqual(await checksum(db.url), before);
  const refused = report.findings.filter((f) => f.rule === 'dry-run-refused');
  assert.deepEqual(
    refused.map((f) => f.location?.line),
    [2, 3],
  );
  assert.match(refused[0].message, /CREATE INDEX CONCURRENTLY cannot run inside a transaction block/);
  assert.match(report.summary, /was not run/);
  await db.drop();
});
