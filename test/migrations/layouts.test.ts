import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readMigrationDir, localFolder } from '../../src/migrations/sources/files.js';
import { detectLayout } from '../../src/migrations/sources/layouts.js';
import { runnerWraps } from '../../src/migrations/run.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/migrations/', import.meta.url));
const read = (project: string, dir: string) =>
  readMigrationDir(`${FIXTURES}${project}/${dir}`, `${FIXTURES}${project}`);

test('each fixture folder is detected as its layout', () => {
  const cases: [string, string, string][] = [
    ['sql', 'migrations', 'sql'],
    ['golang-migrate', 'migrations', 'golang-migrate'],
    ['dbmate', 'db/migrations', 'dbmate'],
    ['flyway', 'db/migration', 'flyway'],
    ['prisma', 'prisma/migrations', 'prisma'],
    ['node-pg-migrate', 'migrations', 'node-pg-migrate'],
  ];
  for (const [project, dir, layout] of cases) {
    assert.equal(detectLayout(localFolder(`${FIXTURES}${project}/${dir}`, FIXTURES)), layout, project);
  }
});

test('plain SQL: *_rollback.sql files are down migrations, never migrations of their own', () => {
  const files = read('sql', 'migrations');
  assert.deepEqual(
    files.map((f) => [f.name, f.down?.path]),
    [
      ['001_users.sql', undefined],
      ['002_orders.sql', undefined],
      ['003_index_orders_user_id.sql', 'migrations/003_index_orders_user_id_rollback.sql'],
    ],
  );
});

test('dbmate: up and down sections keep their file lines; transaction:false changes the model', () => {
  const [, index, createdAt] = read('dbmate', 'db/migrations');
  assert.equal(index.transaction?.kind, 'single-query');
  assert.equal(createdAt.transaction?.kind, 'wrapped');
  // Line 2 of the file is the up section's first statement; the down section is not in it.
  assert.equal(
    createdAt.sql.split('\n')[1],
    'ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();',
  );
  assert.doesNotMatch(createdAt.sql, /DROP/);
  assert.equal(createdAt.down?.sql.split('\n')[5], 'DROP INDEX users_created_at_idx;');
});

test('Flyway: versions in numeric order (1 < 1.1 < 2), repeatables last, U files undo their version', () => {
  const files = read('flyway', 'db/migration');
  assert.deepEqual(
    files.map((f) => [f.name, f.version, Boolean(f.repeatable), f.down?.path.split('/').pop()]),
    [
      ['V1__create_users.sql', '1', false, undefined],
      ['V1.1__users_name.sql', '1.1', false, undefined],
      ['V2__orders.sql', '2', false, undefined],
      ['V3__index_users_name.sql', '3', false, 'U3__index_users_name.sql'],
      ['R__user_emails.sql', '0', true, undefined],
    ],
  );
});

test('transaction models: which files the tool runs inside a transaction block', async () => {
  const wraps = async (project: string, dir: string) =>
    Promise.all(read(project, dir).map(async (f) => [f.name, await runnerWraps(f)]));
  // golang-migrate: one query per file, an implicit transaction once it holds two statements.
  assert.deepEqual(await wraps('golang-migrate', 'migrations'), [
    ['1_users.up.sql', false],
    ['2_users_name.up.sql', true],
  ]);
  // Flyway: wrapped unless every statement refuses a transaction (V3 is CIC alone).
  assert.deepEqual((await wraps('flyway', 'db/migration')).slice(2, 4), [
    ['V2__orders.sql', true],
    ['V3__index_users_name.sql', false],
  ]);
  assert.deepEqual(await wraps('node-pg-migrate', 'migrations'), [
    ['1700000000000_create-users.sql', true],
    ['1700000000001_users-email-index.sql', true],
  ]);
  assert.deepEqual(
    (await wraps('prisma', 'prisma/migrations')).map((w) => w[0]),
    ['20240101000000_init', '20240102000000_orders'],
  );
});
