import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAudit } from '../../src/audit/run.js';
import { AUDIT_DEFAULTS, type AuditSettings } from '../../src/audit/settings.js';
import { MemoryLogger } from '../../src/log.js';
import { Redactor } from '../../src/report/mask.js';
import { testDatabase, type TestDatabase } from '../schema-health/harness.js';

let db: TestDatabase;
let out: string;

before(async () => {
  db = await testDatabase('audit');
  out = mkdtempSync(path.join(tmpdir(), 'bg-audit-out-'));
  for (const sql of [
    'CREATE EXTENSION pg_stat_statements',
    'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL)',
    "INSERT INTO orders (user_id, status) SELECT g % 5000, 'new' FROM generate_series(1, 50000) g",
    'ANALYZE orders',
    'SELECT pg_stat_statements_reset()',
  ]) {
    await db.client.query(sql);
  }
  for (let i = 0; i < 30; i++) await db.client.query('SELECT id, status FROM orders WHERE user_id = $1', [i]);
});

after(async () => {
  // The shared server's own after hook may have run first; stopping it removes the database too.
  await db?.drop().catch(() => {});
  rmSync(out, { recursive: true, force: true });
});

const settings = (over: Partial<AuditSettings> = {}): AuditSettings => ({
  ...AUDIT_DEFAULTS,
  databaseUrl: db.url,
  slowStatementMs: 0,
  output: out,
  ...over,
});

test('a query filtering orders.user_id with no index: the index is suggested with its cost before/after and up + rollback files', async () => {
  const log = new MemoryLogger();
  const { report, proof } = await runAudit(settings(), { log, redactor: new Redactor() });
  assert.equal(proof.transactionIdAssigned, false);
  assert.deepEqual(proof.strongerLocks, []);
  const suggestions = report.findings.filter((f) => f.rule === 'missing-index');
  assert.equal(suggestions.length, 1, log.lines.join('\n'));
  const [s] = suggestions;
  assert.equal(s.data?.table, 'orders');
  assert.deepEqual(s.data?.columns, ['user_id']);
  const before = s.data?.costBefore as number;
  const after = s.data?.costAfter as number;
  assert.ok(after < before * 0.5, `cost ${before} → ${after}`);
  assert.match(String(s.data?.planBefore), /Seq Scan on orders/);
  assert.match(String(s.data?.planAfter), /Index Scan|Bitmap/);
  assert.deepEqual(
    (s.data?.proof as { step: string; ok: boolean }[]).map((p) => [p.step, p.ok]),
    [
      ['up', true],
      ['rollback', true],
      ['up again', true],
    ],
  );
  const files = report.artifacts.map((a) => path.basename(a.path));
  assert.equal(files.length, 2);
  assert.match(files[0], /^\d{14}_add_index_orders_user_id\.sql$/);
  assert.match(files[1], /^\d{14}_add_index_orders_user_id_rollback\.sql$/);
  assert.match(
    readFileSync(report.artifacts[0].path, 'utf8'),
    /^CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders \(user_id\);$/m,
  );
  assert.match(
    readFileSync(report.artifacts[1].path, 'utf8'),
    /^DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;$/m,
  );
  const details = report.details ?? [];
  assert.ok(details.includes('MISSING INDEXES (1 found):'), details.join('\n'));
  assert.ok(
    details.some((l) =>
      /^ {2}orders\.user_id - \d+ms avg query time, estimated cost [\d,.]+ → [\d,.]+ \(-\d+\.\d%\), ADD INDEX recommended$/.test(
        l,
      ),
    ),
    details.join('\n'),
  );
  assert.ok(details.includes('  1. Add index on orders(user_id)'));
  // The audited database itself got no index.
  const idx = await db.client.query("SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'orders'");
  assert.equal(idx.rows[0].n, 1);
});

test('with the index present, nothing is suggested', async () => {
  await db.client.query('CREATE INDEX orders_user_id_idx ON orders (user_id)');
  try {
    rmSync(out, { recursive: true, force: true });
    const { report } = await runAudit(settings(), { log: new MemoryLogger(), redactor: new Redactor() });
    assert.deepEqual(
      report.findings.filter((f) => f.rule === 'missing-index'),
      [],
    );
    assert.deepEqual(report.artifacts, []);
    assert.equal(existsSync(out), false);
    assert.ok((report.details ?? []).includes('MISSING INDEXES (0 found):'));
  } finally {
    await db.client.query('DROP INDEX orders_user_id_idx');
  }
});
