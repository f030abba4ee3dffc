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

// Base: a table with rows. PR: statements whose locks and rewrites are known (anchors §6).
const BASE = `CREATE TABLE t (id int PRIMARY KEY, x int NOT NULL);
INSERT INTO t SELECT g, g FROM generate_series(1, 100000) g;
`;
const PR = `SET lock_timeout = '3s';
ALTER TABLE t ADD COLUMN c2 timestamptz DEFAULT now();
ALTER TABLE t ADD COLUMN c3 float DEFAULT random();
ALTER TABLE t ALTER COLUMN x TYPE bigint;
CREATE INDEX t_x_idx ON t (x);
CREATE INDEX CONCURRENTLY t_c2_idx ON t (c2);
BEGIN;
ALTER TABLE t ADD COLUMN c4 int;
COMMIT;
`;

test('each PR statement is traced: lock mode, rewrite (relfilenode), blocking probe, timeouts in force', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-trace-'));
  try {
    mkdirSync(path.join(dir, 'm'));
    writeFileSync(path.join(dir, 'm/001_base.sql'), BASE);
    writeFileSync(path.join(dir, 'm/002_pr.sql'), PR);
    const server = await sharedPostgres();
    const settings = buildMigrationsSettings({ dir: 'm', 'base-version': 1 }, { 'database-url': server.adminUrl }, dir);
    const report = await runMigrations(settings, { log: new MemoryLogger(), redactor: new Redactor() });
    const table = report.tables.find((t) => t.title === 'Statements of the PR (measured)');
    assert.ok(table, 'trace table present');
    const byLine = new Map(
      table.rows.map((r) => [r[1], { locks: String(r[3]), rewrite: String(r[4]), lockTimeout: r[7] }]),
    );
    const blocked = new Map(table.rows.map((r) => [r[1], { reads: r[5], writes: r[6] }]));
    // SET takes no lock; the timeout it sets is in force for the next statements.
    assert.equal(byLine.get(1)?.locks, 'none');
    assert.deepEqual(byLine.get(2), { locks: 'ACCESS EXCLUSIVE on public.t', rewrite: 'no', lockTimeout: '3s' });
    assert.deepEqual(byLine.get(3), { locks: 'ACCESS EXCLUSIVE on public.t', rewrite: 'public.t', lockTimeout: '3s' });
    assert.equal(byLine.get(4)?.rewrite, 'public.t');
    assert.equal(byLine.get(4)?.locks, 'ACCESS EXCLUSIVE on public.t');
    assert.deepEqual(byLine.get(5), { locks: 'SHARE on public.t', rewrite: 'no', lockTimeout: '3s' });
    assert.match(byLine.get(6)!.locks, /not traced \(CREATE INDEX CONCURRENTLY runs outside a transaction\)/);
    // Inside the file's own BEGIN … COMMIT, the statement's locks are still its own.
    assert.equal(byLine.get(8)?.locks, 'ACCESS EXCLUSIVE on public.t');
    // The blocking probe: a second session's writes waited on the rewrites and the plain
    // CREATE INDEX; with CONCURRENTLY they did not.
    assert.ok(Number(blocked.get(3)?.writes) > 0, `line 3 blocked writes: ${blocked.get(3)?.writes}`);
    assert.ok(Number(blocked.get(3)?.reads) > 0, `line 3 blocked reads: ${blocked.get(3)?.reads}`);
    assert.ok(Number(blocked.get(4)?.writes) > 0, `line 4 blocked writes: ${blocked.get(4)?.writes}`);
    assert.ok(Number(blocked.get(5)?.writes) > 0, `line 5 blocked writes: ${blocked.get(5)?.writes}`);
    assert.equal(blocked.get(6)?.writes, 0);
    // Static and measured findings of a statement are one finding: the lint's rule, the measured lock.
    const at = (line: number) => report.findings.filter((f) => f.location?.line === line && f.data?.measured);
    assert.deepEqual(
      at(5).map((f) => f.rule),
      ['require-concurrent-index-creation'],
    );
    assert.ok(Number((at(5)[0].data?.measured as { writeBlockedMs: number }).writeBlockedMs) > 0);
    assert.match(at(5)[0].message, /Measured on the scratch database: SHARE on public\.t, blocked writes for \d+ ms/);
    assert.ok(!report.findings.some((f) => f.rule === 'blocks-traffic' || f.rule === 'table-rewrite'));
    assert.deepEqual(
      [3, 4].map((line) => [at(line)[0]?.rule, (at(line)[0]?.data?.measured as { rewrites: string[] }).rewrites]),
      [
        ['adding-field-with-default', ['public.t']],
        ['changing-column-type', ['public.t']],
      ],
    );
    assert.equal(report.metrics.applied, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
