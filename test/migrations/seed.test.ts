/**
 * The Must-show: tables the PR touches get seed rows first (the base branch leaves them empty),
 * so on a real PostgreSQL the report names each statement's lock, its rewrite and a measured
 * time during which writes were blocked; CREATE INDEX CONCURRENTLY blocks none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/log.js';
import { runMigrations } from '../../src/migrations/run.js';
import { buildMigrationsSettings, DEFAULT_SEED_ROWS, type RawMigrations } from '../../src/migrations/settings.js';
import type { Measured } from '../../src/migrations/measured.js';
import { Redactor } from '../../src/report/mask.js';
import { sharedPostgres } from '../helpers/postgres.js';

const BASE = `CREATE TYPE status AS ENUM ('new', 'paid');
CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(40) NOT NULL UNIQUE);
CREATE TABLE t (
  id serial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  x int NOT NULL,
  note text,
  state status NOT NULL,
  created timestamptz NOT NULL,
  ref uuid NOT NULL UNIQUE,
  data jsonb NOT NULL
);
`;
const PR = `ALTER TABLE t ADD COLUMN c3 float DEFAULT random();
ALTER TABLE t ALTER COLUMN x TYPE bigint;
CREATE INDEX t_x_idx ON t (x);
CREATE INDEX CONCURRENTLY t_created_idx ON t (created);
`;

async function dryRun(raw: RawMigrations) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-seed-'));
  try {
    mkdirSync(path.join(dir, 'm'));
    writeFileSync(path.join(dir, 'm/001_base.sql'), BASE);
    writeFileSync(path.join(dir, 'm/002_pr.sql'), PR);
    const server = await sharedPostgres();
    const log = new MemoryLogger();
    const settings = buildMigrationsSettings(
      { dir: 'm', 'base-version': 1, ...raw },
      { 'database-url': server.adminUrl },
      dir,
    );
    return { report: await runMigrations(settings, { log, redactor: new Redactor() }), log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('seeded tables: lock mode, rewrite and blocked writes measured per statement; CIC blocks no writes', async () => {
  const { report, log } = await dryRun({});
  // Every column type of t got values; customers, only referenced, got rows for t's foreign key.
  assert.equal(report.metrics.seededRows, DEFAULT_SEED_ROWS + 100);
  assert.ok(log.lines.some((l) => /seeded 2 table\(s\) touched by the PR with 10100 rows/.test(l)));
  const at = (line: number) => {
    const f = report.findings.find(
      (x) => x.location?.file === 'm/002_pr.sql' && x.location.line === line && x.data?.measured,
    );
    assert.ok(f, `a measured finding at line ${line}`);
    return { rule: f.rule, message: f.message, m: f.data!.measured as Measured };
  };
  const addColumn = at(1);
  assert.equal(addColumn.rule, 'adding-field-with-default');
  assert.equal(addColumn.m.lock, 'ACCESS EXCLUSIVE');
  assert.deepEqual(addColumn.m.rewrites, ['public.t']);
  assert.ok(addColumn.m.writeBlockedMs! > 0, `ADD COLUMN blocked writes ${addColumn.m.writeBlockedMs} ms`);
  assert.match(addColumn.message, /ACCESS EXCLUSIVE on public\.t, rewrote public\.t, blocked writes for \d+ ms/);

  const alterType = at(2);
  assert.equal(alterType.rule, 'changing-column-type');
  assert.equal(alterType.m.lock, 'ACCESS EXCLUSIVE');
  assert.deepEqual(alterType.m.rewrites, ['public.t']);
  assert.ok(alterType.m.writeBlockedMs! > 0, `ALTER TYPE blocked writes ${alterType.m.writeBlockedMs} ms`);

  const index = at(3);
  assert.equal(index.rule, 'require-concurrent-index-creation');
  assert.equal(index.m.lock, 'SHARE');
  assert.deepEqual(index.m.rewrites, []);
  assert.ok(index.m.writeBlockedMs! > 0, `CREATE INDEX blocked writes ${index.m.writeBlockedMs} ms`);

  const table = report.tables.find((t) => t.title === 'Statements of the PR (measured)')!;
  const cic = table.rows.find((r) => r[1] === 4)!;
  assert.equal(cic[6], 0, 'CREATE INDEX CONCURRENTLY: no blocked writes');
  assert.ok(!report.findings.some((f) => f.location?.line === 4 && f.rule === 'blocks-traffic'));
});

test('seed-rows 0 seeds nothing; a seed SQL file runs instead of generated rows', async () => {
  const none = await dryRun({ 'seed-rows': 0 });
  assert.equal(none.report.metrics.seededRows, 0);
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-seedfile-'));
  try {
    writeFileSync(path.join(dir, 'seed.sql'), "INSERT INTO customers VALUES (1, 'a@example.com');\n");
    const own = await dryRun({ seed: path.join(dir, 'seed.sql') });
    assert.equal(own.report.metrics.seededRows, 0);
    assert.ok(own.log.lines.some((l) => /^seeded from .*seed\.sql in \d+ ms$/.test(l)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
