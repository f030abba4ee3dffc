import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../../src/errors.js';
import { withClient } from '../../../src/postgres/index.js';
import { sharedPostgres } from '../../helpers/postgres.js';
import { DEMO_MIGRATIONS, project, runMigrationsMode } from './helpers.js';

async function flags(extra: Record<string, string> = {}) {
  return { 'database-url': (await sharedPostgres()).adminUrl, ...extra };
}

async function scratchLeft(): Promise<string[]> {
  return withClient((await sharedPostgres()).adminUrl, async (c) =>
    (
      await c.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'backend_gate_suggest_indexes_%'",
      )
    ).rows.map((r) => r.datname),
  );
}

const UP = `-- Run outside a transaction block (CREATE/DROP INDEX CONCURRENTLY cannot run inside one).
-- backend-gate: index for the foreign key orders_user_id_fkey (backend-gate migrations suggest-indexes)
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);
`;
const ROLLBACK = `-- Run outside a transaction block (CREATE/DROP INDEX CONCURRENTLY cannot run inside one).
-- backend-gate: index for the foreign key orders_user_id_fkey (backend-gate migrations suggest-indexes)
DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;
`;

test('demo: writes the proven orders.user_id index migration and rollback; a second run writes nothing new', async () => {
  const p = project({}, { migrations: DEMO_MIGRATIONS });
  try {
    const first = await runMigrationsMode(p.dir, ['suggest-indexes'], await flags());
    const migrations = path.join(p.dir, 'migrations');
    assert.deepEqual(readdirSync(migrations).sort(), [
      '001_create_users.sql',
      '002_create_orders.sql',
      '003_create_order_items.sql',
      '004_link_orders_to_users.sql',
      '005_add_index_orders_user_id.sql',
      '005_add_index_orders_user_id_rollback.sql',
    ]);
    assert.equal(readFileSync(path.join(migrations, '005_add_index_orders_user_id.sql'), 'utf8'), UP);
    assert.equal(readFileSync(path.join(migrations, '005_add_index_orders_user_id_rollback.sql'), 'utf8'), ROLLBACK);

    const { report } = first;
    assert.deepEqual(report.details, [
      'Tables: 3',
      'Total rows: 0 (scratch database after the migrations; migrations.stats gives production sizes)',
      '',
      'MISSING INDEXES (1 found)',
      '  orders.user_id - foreign key orders_user_id_fkey → public.users, ADD INDEX recommended  [migrations/004_link_orders_to_users.sql:5]',
      '',
      'SUGGESTED MIGRATIONS',
      '  1. Add index on orders(user_id): migrations/005_add_index_orders_user_id.sql + migrations/005_add_index_orders_user_id_rollback.sql — written (proven up → rollback → up)',
    ]);
    const fk = report.findings.find((f) => f.rule === 'foreign-key-without-index')!;
    // The fix is written and proven: the finding is answered, the run passes.
    assert.equal(fk.severity, 'notice');
    assert.deepEqual(
      fk.fix?.files?.map((f) => f.path),
      ['migrations/005_add_index_orders_user_id.sql', 'migrations/005_add_index_orders_user_id_rollback.sql'],
    );
    assert.deepEqual(
      (fk.data?.proof as { step: string; ok: boolean }[]).map((s) => [s.step, s.ok]),
      [
        ['up', true],
        ['rollback', true],
        ['up again', true],
      ],
    );
    assert.equal(report.metrics.indexFilesWritten, 2);
    assert.equal(report.metrics.indexFixesProven, 1);
    assert.deepEqual(
      report.artifacts.map((a) => [a.kind, a.path]),
      [
        ['migration', 'migrations/005_add_index_orders_user_id.sql'],
        ['rollback', 'migrations/005_add_index_orders_user_id_rollback.sql'],
      ],
    );

    // Second run: 005 is now a migration (its rollback file is not applied), so nothing is missing.
    const second = await runMigrationsMode(p.dir, ['suggest-indexes'], await flags());
    assert.equal(readdirSync(migrations).length, 6);
    assert.equal(second.report.metrics.missingIndexes, 0);
    assert.equal(second.report.metrics.indexFilesWritten, 0);
    assert.ok(second.report.details?.includes('MISSING INDEXES (0 found)'));
    assert.deepEqual(await scratchLeft(), []);
  } finally {
    p.remove();
  }
});

test('a fix already in the output folder (under any version, even edited) is reported and never rewritten; stats give production rows', async () => {
  const edited = '-- our own edit\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);\n';
  const stats = {
    format: 'backend-gate-table-stats/1',
    generatedAt: '2024-01-15T00:00:00Z',
    tables: [
      { schema: 'public', table: 'orders', rows: 1200000, tableBytes: 1, indexBytes: 1 },
      { schema: 'public', table: 'users', rows: 40000, tableBytes: 1, indexBytes: 1 },
    ],
  };
  const p = project(
    {
      'out/007_add_index_orders_user_id.sql': edited,
      'stats.json': JSON.stringify(stats),
      '.backend-gate.yml': 'migrations:\n  stats: stats.json\n',
    },
    { migrations: DEMO_MIGRATIONS },
  );
  try {
    const { report } = await runMigrationsMode(p.dir, ['suggest-indexes'], await flags({ output: 'out' }));
    assert.deepEqual(readdirSync(path.join(p.dir, 'out')), ['007_add_index_orders_user_id.sql']);
    assert.equal(readFileSync(path.join(p.dir, 'out/007_add_index_orders_user_id.sql'), 'utf8'), edited);
    assert.equal(readdirSync(path.join(p.dir, 'migrations')).length, 4);
    assert.equal(report.metrics.indexFilesWritten, 0);
    const fk = report.findings.find((f) => f.rule === 'foreign-key-without-index')!;
    assert.equal(fk.data?.fixStatus, 'exists');
    assert.match(fk.message, /Fix already present: out\/007_add_index_orders_user_id\.sql/);
    assert.match(report.details!.at(-1)!, /already there, not rewritten$/);
    // With migrations.stats, the seed's totals are production's.
    assert.equal(report.details?.[1], 'Total rows: 1,240,000 (production, from stats.json)');
    assert.match(
      report.details![4],
      /^ {2}orders\.user_id - foreign key orders_user_id_fkey → public\.users \(1,200,000 rows\), ADD INDEX recommended/,
    );
  } finally {
    p.remove();
  }
});

test('golang-migrate and dbmate folders get files in their own layout, numbered after the newest migration', async () => {
  const schema = `CREATE TABLE teams (id bigint PRIMARY KEY);
CREATE TABLE members (id bigint PRIMARY KEY, team_id bigint NOT NULL REFERENCES teams (id));
`;
  const go = project({
    'db/20240101120000_init.up.sql': schema,
    'db/20240101120000_init.down.sql': 'DROP TABLE members;\nDROP TABLE teams;\n',
  });
  const dbmate = project({
    'db/migrations/003_init.sql': `-- migrate:up\n${schema}\n-- migrate:down\nDROP TABLE members, teams;\n`,
  });
  try {
    const a = await runMigrationsMode(go.dir, ['suggest-indexes'], await flags({ dir: 'db' }));
    const goFiles = readdirSync(path.join(go.dir, 'db')).sort();
    // 14-digit versions are timestamps: the next one is now (or the newest + 1).
    const written = goFiles.filter((f) => f.includes('add_index'));
    assert.equal(written.length, 2);
    assert.match(written[0], /^\d{14}_add_index_members_team_id\.down\.sql$/);
    assert.match(written[1], /^\d{14}_add_index_members_team_id\.up\.sql$/);
    assert.ok(BigInt(written[0].slice(0, 14)) > 20240101120000n);
    assert.equal(a.report.metrics.indexFixesProven, 1);

    const b = await runMigrationsMode(dbmate.dir, ['suggest-indexes'], await flags({ dir: 'db/migrations' }));
    assert.deepEqual(readdirSync(path.join(dbmate.dir, 'db/migrations')).sort(), [
      '003_init.sql',
      '004_add_index_members_team_id.sql',
    ]);
    assert.equal(
      readFileSync(path.join(dbmate.dir, 'db/migrations/004_add_index_members_team_id.sql'), 'utf8'),
      [
        '-- migrate:up transaction:false',
        '-- backend-gate: index for the foreign key members_team_id_fkey (backend-gate migrations suggest-indexes)',
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS members_team_id_idx ON members (team_id);',
        '',
        '-- migrate:down transaction:false',
        'DROP INDEX CONCURRENTLY IF EXISTS members_team_id_idx;',
        '',
      ].join('\n'),
    );
    assert.match(b.report.details!.at(-1)!, /dbmate layout: -- migrate:up transaction:false/);
  } finally {
    go.remove();
    dbmate.remove();
  }
});

test('a migration PostgreSQL refuses is a ConfigurationError at its file and line; nothing is written', async () => {
  const p = project({
    'migrations/001_init.sql':
      'CREATE TABLE a (id int PRIMARY KEY);\n\nCREATE TABLE b (a_id int REFERENCES missing (id));\n',
  });
  try {
    await assert.rejects(
      runMigrationsMode(p.dir, ['suggest-indexes'], await flags()),
      (e: unknown) =>
        e instanceof ConfigurationError &&
        e.file === 'migrations/001_init.sql' &&
        e.line === 3 &&
        /relation "missing" does not exist/.test(e.message),
    );
    assert.deepEqual(readdirSync(path.join(p.dir, 'migrations')), ['001_init.sql']);
    assert.deepEqual(await scratchLeft(), []);
  } finally {
    p.remove();
  }
});

test('a stray argument or a bad migrations.stats value is a usage error', async () => {
  const p = project({ 'migrations/001_init.sql': 'CREATE TABLE a (id int);\n' });
  try {
    await assert.rejects(
      runMigrationsMode(p.dir, ['suggest-indexes', 'now'], {}),
      /unexpected argument 'now' for migrations suggest-indexes/,
    );
    writeFileSync(path.join(p.dir, '.backend-gate.yml'), 'migrations:\n  stats: 3\n');
    await assert.rejects(runMigrationsMode(p.dir, ['suggest-indexes'], {}), ConfigurationError);
  } finally {
    p.remove();
  }
});
