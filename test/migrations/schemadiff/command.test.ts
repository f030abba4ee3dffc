import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { applySql } from '../../../src/migrations/schemadiff/index.js';
import { runSchemaDiffCommand } from '../../../src/migrations/schemadiff/run.js';
import { withClient } from '../../../src/postgres/index.js';
import { sharedPostgres } from '../../helpers/postgres.js';

const INIT = `CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, legacy text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total integer);
`;
const V2 = `CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total numeric(12,2));
CREATE INDEX orders_user_id_idx ON orders (user_id);
`;

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-sd-cmd-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function scratchNames(): Promise<string[]> {
  const server = await sharedPostgres();
  return withClient(server.adminUrl, async (c) =>
    (
      await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'backend_gate_diff_%'")
    ).rows.map((r) => r.datname),
  );
}

test('migrations diff writes a verified migration and rollback, flags the drop and the rewrite, drops its databases', async () => {
  const dir = project({ 'migrations/001_init.sql': INIT, 'schema/v2.sql': V2 });
  try {
    const log = new MemoryLogger();
    const report = await runSchemaDiffCommand({
      server: await sharedPostgres(),
      migrationsDir: 'migrations',
      compareFile: 'schema/v2.sql',
      workingDirectory: dir,
      log,
      now: new Date('2024-01-15T00:00:00Z'),
    });
    assert.deepEqual(readdirSync(path.join(dir, 'migrations')).sort(), [
      '001_init.sql',
      '20240115000000_schema_v2.sql',
      '20240115000000_schema_v2_rollback.sql',
    ]);
    assert.deepEqual(report.details?.slice(0, 2), [
      'Generated migration: migrations/20240115000000_schema_v2.sql',
      'Generated rollback: migrations/20240115000000_schema_v2_rollback.sql',
    ]);
    assert.equal(report.metrics['schema-diff-verified'], 1);
    assert.deepEqual(
      report.artifacts.map((a) => [a.kind, a.path]),
      [
        ['migration', 'migrations/20240115000000_schema_v2.sql'],
        ['rollback', 'migrations/20240115000000_schema_v2_rollback.sql'],
      ],
    );
    const up = readFileSync(path.join(dir, 'migrations/20240115000000_schema_v2.sql'), 'utf8');
    assert.equal(report.artifacts[0].content, up);
    const destructive = report.findings.filter((f) => f.rule === 'schema-diff-destructive');
    assert.equal(destructive.length, 1);
    assert.match(destructive[0].message, /drops column public\.users\.legacy/);
    assert.equal(up.split('\n')[destructive[0].location!.line! - 1], 'ALTER TABLE public.users DROP COLUMN legacy;');
    const retype = report.findings.find((f) => f.rule === 'changing-column-type');
    assert.ok(retype, `lint findings: ${report.findings.map((f) => f.rule).join(', ')}`);
    assert.equal(retype.location?.file, 'migrations/20240115000000_schema_v2.sql');
    assert.equal(
      report.findings.some((f) => f.rule === 'schema-diff-unverified'),
      false,
    );
    assert.deepEqual(await scratchNames(), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the runner supplies the current schema through apply, and the output folder and slug are honoured', async () => {
  const dir = project({ 'schema/v2.sql': V2 });
  try {
    const applied: string[] = [];
    const report = await runSchemaDiffCommand({
      server: await sharedPostgres(),
      migrationsDir: 'db/migrate',
      compareFile: 'schema/v2.sql',
      outputDir: 'out',
      slug: 'orders index',
      workingDirectory: dir,
      log: new MemoryLogger(),
      now: new Date('2024-02-01T08:00:00Z'),
      apply: async (url) => {
        applied.push(url);
        await applySql(url, INIT, 'runner');
      },
    });
    assert.equal(applied.length, 1);
    assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), [
      '20240201080000_orders_index.sql',
      '20240201080000_orders_index_rollback.sql',
    ]);
    assert.equal(report.metrics['schema-diff-verified'], 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an object the diff does not handle (a row-level security policy) is caught by verification: schema-diff-unverified', async () => {
  const dir = project({
    'migrations/001_init.sql': 'CREATE TABLE notes (id int PRIMARY KEY, owner text);\n',
    'schema/v2.sql':
      'CREATE TABLE notes (id int PRIMARY KEY, owner text);\nCREATE POLICY notes_owner ON notes USING (owner = current_user);\nCREATE INDEX notes_owner_idx ON notes (owner);\n',
  });
  try {
    const report = await runSchemaDiffCommand({
      server: await sharedPostgres(),
      migrationsDir: 'migrations',
      compareFile: 'schema/v2.sql',
      workingDirectory: dir,
      log: new MemoryLogger(),
    });
    const unverified = report.findings.find((f) => f.rule === 'schema-diff-unverified');
    assert.ok(unverified);
    assert.equal(unverified.severity, 'error');
    assert.match(unverified.message, /policies public\.notes\.notes_owner: missing/);
    assert.equal(report.metrics['schema-diff-verified'], 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('equal schemas: no files, a clear line', async () => {
  const dir = project({ 'migrations/001_init.sql': INIT, 'schema/v2.sql': INIT });
  try {
    const report = await runSchemaDiffCommand({
      server: await sharedPostgres(),
      migrationsDir: 'migrations',
      compareFile: 'schema/v2.sql',
      workingDirectory: dir,
      log: new MemoryLogger(),
    });
    assert.deepEqual(readdirSync(path.join(dir, 'migrations')), ['001_init.sql']);
    assert.match(report.details![0], /^No changes: /);
    assert.deepEqual(report.findings, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a schema file PostgreSQL refuses is a ConfigurationError naming the file and line', async () => {
  const dir = project({
    'migrations/001_init.sql': INIT,
    'schema/v2.sql': 'CREATE TABLE a (id int);\n\nCREATE TABLE b (id int REFERENCES missing (id));\n',
  });
  try {
    await assert.rejects(
      runSchemaDiffCommand({
        server: await sharedPostgres(),
        migrationsDir: 'migrations',
        compareFile: 'schema/v2.sql',
        workingDirectory: dir,
        log: new MemoryLogger(),
      }),
      (e: unknown) =>
        e instanceof ConfigurationError &&
        e.file === 'schema/v2.sql' &&
        e.line === 3 &&
        /relation "missing" does not exist/.test(e.message),
    );
    await assert.rejects(
      runSchemaDiffCommand({
        server: await sharedPostgres(),
        migrationsDir: 'migrations',
        compareFile: 'schema/missing.sql',
        workingDirectory: dir,
        log: new MemoryLogger(),
      }),
      (e: unknown) =>
        e instanceof ConfigurationError && /schema file 'schema\/missing\.sql' cannot be read/.test(e.message),
    );
    assert.deepEqual(await scratchNames(), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
