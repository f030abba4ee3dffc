/**
 * The base branch's migrations go in batches (one query string per run of statements that can
 * share a transaction block): the same schema as one statement at a time, a duration per
 * statement read from the server's clock, and a failure located as exactly as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type pg from 'pg';
import { applyMigrationsBatched } from '../../src/migrations/batch.js';
import type { MigrationFile } from '../../src/migrations/sources/files.js';
import { connect } from '../../src/postgres/index.js';
import { scratchDatabase } from '../helpers/postgres.js';

const file = (name: string, sql: string): MigrationFile => ({
  name,
  path: `m/${name}`,
  version: name.slice(0, 3),
  sql,
});

async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const db = await scratchDatabase('batch');
  const client = await connect(db.url);
  try {
    return await fn(client);
  } finally {
    await client.end();
    await db.drop();
  }
}

test('batched: CIC and a file with its own BEGIN … COMMIT run apart; every file, statement and duration reported', async () => {
  const files = [
    file(
      '001_t.sql',
      'CREATE TABLE t (id int PRIMARY KEY, x int);\nINSERT INTO t SELECT g, g FROM generate_series(1, 100) g;\n',
    ),
    file(
      '002_cic.sql',
      'ALTER TABLE t ADD COLUMN y int;\nCREATE INDEX CONCURRENTLY t_x_idx ON t (x);\nALTER TABLE t ADD COLUMN z int;\n',
    ),
    file('003_tx.sql', 'BEGIN;\nALTER TABLE t ADD COLUMN w int;\nCOMMIT;\n'),
    file('004_empty.sql', '-- nothing here\n'),
    file('005_u.sql', 'CREATE TABLE u (id int REFERENCES t (id)) -- trailing comment\n;\n'),
  ];
  await withDatabase(async (client) => {
    const seen: string[] = [];
    const runs = await applyMigrationsBatched(client, files, {
      postgresVersion: 18,
      onFile: (r) => seen.push(r.file.name),
    });
    assert.deepEqual(
      seen,
      files.map((f) => f.name),
    );
    assert.deepEqual(
      runs.map((r) => [r.file.name, r.statements.length, r.failure]),
      [
        ['001_t.sql', 2, undefined],
        ['002_cic.sql', 3, undefined],
        ['003_tx.sql', 3, undefined],
        ['004_empty.sql', 0, undefined],
        ['005_u.sql', 1, undefined],
      ],
    );
    for (const r of runs) {
      assert.ok(Number.isFinite(r.durationMs) && r.durationMs >= 0, `${r.file.name}: ${r.durationMs}`);
      for (const s of r.statements) assert.ok(Number.isFinite(s.durationMs) && s.durationMs >= 0);
    }
    const cols = await client.query<{ attname: string }>(
      "SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
    );
    assert.deepEqual(
      cols.rows.map((c) => c.attname),
      ['id', 'x', 'y', 'z', 'w'],
    );
    const idx = await client.query<{ valid: boolean }>(
      "SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = 't_x_idx'::regclass",
    );
    assert.deepEqual(idx.rows, [{ valid: true }]);
    assert.equal((await client.query('SELECT count(*)::int AS n FROM t')).rows[0].n, 100);
  });
});

test('batched: a failure is located at its file and line, earlier files stay applied, later ones never run', async () => {
  const files = [
    file('001_a.sql', 'CREATE TABLE a (id int);\n'),
    file('002_b.sql', 'CREATE TABLE b (id int);\n\nALTER TABLE b ADD COLUMN c int REFERENCES nosuch (id);\n'),
    file('003_c.sql', 'CREATE TABLE c (id int);\n'),
  ];
  await withDatabase(async (client) => {
    const runs = await applyMigrationsBatched(client, files, { postgresVersion: 18 });
    assert.deepEqual(
      runs.map((r) => r.file.name),
      ['001_a.sql', '002_b.sql'],
    );
    const failure = runs[1].failure;
    assert.equal(failure?.line, 3);
    assert.equal(failure?.code, '42P01');
    assert.match(failure!.message, /relation "nosuch" does not exist/);
    const tables = await client.query<{ relname: string }>(
      "SELECT relname FROM pg_class WHERE relname IN ('a', 'b', 'c') AND relkind = 'r' ORDER BY 1",
    );
    // As one statement at a time: what ran before the failing statement stays.
    assert.deepEqual(
      tables.rows.map((t) => t.relname),
      ['a', 'b'],
    );
  });
});

test('batched: a statement that only fails inside a transaction block runs as the tool would run it', async () => {
  // A new enum value cannot be used in the transaction that added it: in one batch this fails,
  // so the batch runs again one statement at a time, as psql -f would.
  const files = [
    file('001_enum.sql', "CREATE TYPE state AS ENUM ('new');\nALTER TYPE state ADD VALUE 'paid';\n"),
    file('002_use.sql', "CREATE TABLE o (s state NOT NULL DEFAULT 'paid');\nINSERT INTO o DEFAULT VALUES;\n"),
  ];
  await withDatabase(async (client) => {
    const runs = await applyMigrationsBatched(client, files, { postgresVersion: 18 });
    assert.deepEqual(
      runs.map((r) => [r.file.name, r.statements.length, r.failure?.message]),
      [
        ['001_enum.sql', 2, undefined],
        ['002_use.sql', 2, undefined],
      ],
    );
    assert.equal((await client.query("SELECT count(*)::int AS n FROM o WHERE s = 'paid'")).rows[0].n, 1);
  });
});

test('batched: a syntax error stops the run at its file after the files before it applied', async () => {
  const files = [file('001_a.sql', 'CREATE TABLE a (id int);\n'), file('002_bad.sql', 'CREATE TABLE (;\n')];
  await withDatabase(async (client) => {
    const runs = await applyMigrationsBatched(client, files, { postgresVersion: 18 });
    assert.deepEqual(
      runs.map((r) => [r.file.name, r.failure?.kind]),
      [
        ['001_a.sql', undefined],
        ['002_bad.sql', 'syntax'],
      ],
    );
    assert.equal((await client.query("SELECT to_regclass('a') IS NOT NULL AS ok")).rows[0].ok, true);
  });
});
