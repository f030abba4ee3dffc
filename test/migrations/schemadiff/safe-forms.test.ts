import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../../src/log.js';
import { diffSchemas, writeMigrationFiles, type SchemaDiff } from '../../../src/migrations/schemadiff/index.js';
import { withClient } from '../../../src/postgres/index.js';
import { scratchDatabase, sharedPostgres } from '../../helpers/postgres.js';
import { buildPair } from './pairs.js';

async function diffOf(before: string, after: string): Promise<SchemaDiff> {
  const { current, target } = await buildPair(await sharedPostgres(), { name: 'inline', before, after });
  try {
    return await diffSchemas({ currentUrl: current.url, targetUrl: target.url, log: silentLogger });
  } finally {
    await current.drop();
    await target.drop();
  }
}

/** Index of the first line of sql containing text; fails when absent. */
function at(sql: string, text: string): number {
  const i = sql.indexOf(text);
  assert.notEqual(i, -1, `expected ${JSON.stringify(text)} in:\n${sql}`);
  return i;
}

const BASE = 'CREATE TABLE users (id int PRIMARY KEY, email text, team int);\nCREATE TABLE teams (id int PRIMARY KEY);';

test('indexes on existing tables are built and dropped CONCURRENTLY, and the file says to run outside a transaction', async () => {
  const diff = await diffOf(BASE, `${BASE}\nCREATE INDEX users_email_idx ON users (email) WHERE email IS NOT NULL;`);
  at(
    diff.upSql,
    'CREATE INDEX CONCURRENTLY users_email_idx ON public.users USING btree (email) WHERE (email IS NOT NULL);',
  );
  at(diff.upSql, '-- Run outside a transaction block');
  at(diff.downSql, 'DROP INDEX CONCURRENTLY public.users_email_idx;');
  assert.equal(diff.up[0].concurrent, true);
});

test('a new table gets plain CREATE INDEX: it is empty, and nothing waits on it', async () => {
  const diff = await diffOf(
    'SELECT 1;',
    'CREATE TABLE logs (id int, at timestamptz);\nCREATE INDEX logs_at_idx ON logs (at);',
  );
  at(diff.upSql, 'CREATE INDEX logs_at_idx ON public.logs USING btree (at);');
  assert.equal(diff.upSql.includes('CONCURRENTLY'), false);
});

test('foreign keys and checks on existing tables are added NOT VALID, then validated', async () => {
  const diff = await diffOf(
    BASE,
    `${BASE}\nALTER TABLE users ADD CONSTRAINT users_team_fkey FOREIGN KEY (team) REFERENCES teams (id);\nALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email LIKE '%@%');`,
  );
  const fk = at(diff.upSql, 'ADD CONSTRAINT users_team_fkey FOREIGN KEY (team) REFERENCES public.teams(id) NOT VALID;');
  assert.ok(at(diff.upSql, 'VALIDATE CONSTRAINT users_team_fkey;') > fk);
  const check = at(diff.upSql, "ADD CONSTRAINT users_email_check CHECK ((email ~~ '%@%'::text)) NOT VALID;");
  assert.ok(at(diff.upSql, 'VALIDATE CONSTRAINT users_email_check;') > check);
});

test('NOT NULL on an existing column: CHECK NOT VALID → VALIDATE → SET NOT NULL → drop the CHECK, in that order', async () => {
  const diff = await diffOf(BASE, BASE.replace('email text', 'email text NOT NULL'));
  const steps = [
    'ADD CONSTRAINT users_email_not_null_check CHECK (email IS NOT NULL) NOT VALID;',
    'VALIDATE CONSTRAINT users_email_not_null_check;',
    'ALTER COLUMN email SET NOT NULL;',
    'DROP CONSTRAINT users_email_not_null_check;',
  ].map((s) => at(diff.upSql, s));
  assert.deepEqual(
    [...steps].sort((a, b) => a - b),
    steps,
  );
  at(diff.downSql, 'ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;');
});

test('a unique key on an existing table is built as a concurrent unique index, then attached', async () => {
  const diff = await diffOf(BASE, BASE.replace('team int)', 'team int, CONSTRAINT users_email_key UNIQUE (email))'));
  const index = at(diff.upSql, 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON public.users USING btree (email);');
  assert.ok(at(diff.upSql, 'ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;') > index);
});

test('views are dropped before a column they read is retyped, and re-created after', async () => {
  const before = 'CREATE TABLE m (id int, v int);\nCREATE VIEW mv AS SELECT id, v FROM m;';
  const diff = await diffOf(before, before.replace('v int', 'v bigint'));
  const drop = at(diff.upSql, 'DROP VIEW public.mv;');
  const alter = at(diff.upSql, 'ALTER COLUMN v TYPE bigint');
  const create = at(diff.upSql, 'CREATE VIEW public.mv AS');
  assert.ok(drop < alter && alter < create);
});

test('types come before the tables that use them; foreign keys after both tables', async () => {
  const diff = await diffOf(
    'SELECT 1;',
    "CREATE TYPE state AS ENUM ('a', 'b');\nCREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int, p_id int REFERENCES p (id), s state);",
  );
  const type = at(diff.upSql, 'CREATE TYPE public.state');
  const tableC = at(diff.upSql, 'CREATE TABLE public.c');
  const tableP = at(diff.upSql, 'CREATE TABLE public.p');
  const fk = at(diff.upSql, 'ADD CONSTRAINT c_p_id_fkey');
  assert.ok(type < tableC && tableC < fk && tableP < fk);
});

test('an added enum value is placed explicitly and flagged as irreversible, and the rollback re-creates the type', async () => {
  const before = "CREATE TYPE mood AS ENUM ('sad', 'ok');";
  const diff = await diffOf(before, "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');");
  at(diff.upSql, "ALTER TYPE public.mood ADD VALUE 'happy' AFTER 'ok';");
  at(diff.upSql, '-- ADD VALUE cannot be undone');
  assert.equal(diff.up.filter((s) => s.irreversible).length, 1);
  at(diff.downSql, 'ALTER TYPE public.mood RENAME TO mood__old;');
  at(diff.downSql, "CREATE TYPE public.mood AS ENUM ('sad', 'ok');");
});

test('drops are written but marked destructive', async () => {
  const diff = await diffOf(`${BASE}\nCREATE TABLE old (id int);`, BASE.replace(', team int', ''));
  const destructive = diff.up.filter((s) => s.destructive).map((s) => `${s.kind} ${s.subject}`);
  assert.deepEqual(destructive.sort(), ['column public.users.team', 'table public.old']);
  at(diff.upSql, '-- DESTRUCTIVE: drops table public.old and its data.');
  at(diff.upSql, 'DROP TABLE public.old;');
});

test('equal schemas give an empty diff', async () => {
  const diff = await diffOf(BASE, BASE);
  assert.equal(diff.empty, true);
  assert.deepEqual(diff.up, []);
});

test('writeMigrationFiles writes <timestamp>_<slug>.sql and <timestamp>_<slug>_rollback.sql and never overwrites', async () => {
  const diff = await diffOf(BASE, `${BASE}\nCREATE INDEX users_team_idx ON users (team);`);
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-sd-files-'));
  try {
    const now = new Date('2024-01-15T10:20:30Z');
    const files = await writeMigrationFiles(diff, { outputDir: dir, slug: 'Add user indexes', now });
    assert.deepEqual(readdirSync(dir).sort(), [
      '20240115102030_add_user_indexes.sql',
      '20240115102030_add_user_indexes_rollback.sql',
    ]);
    assert.equal(readFileSync(files.up, 'utf8'), diff.upSql);
    assert.equal(readFileSync(files.rollback, 'utf8'), diff.downSql);
    await assert.rejects(writeMigrationFiles(diff, { outputDir: dir, slug: 'add user indexes', now }), {
      code: 'EEXIST',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an exclusion constraint has no concurrent form: the step is flagged, and the lock it names is the one PostgreSQL takes', async () => {
  const before = 'CREATE TABLE bookings (id int PRIMARY KEY, during tstzrange NOT NULL);';
  const diff = await diffOf(
    before,
    before.replace('NOT NULL)', 'NOT NULL, CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&))'),
  );
  const step = diff.up.find((s) => s.sql.includes('EXCLUDE'));
  assert.match(step?.blocks ?? '', /ACCESS EXCLUSIVE/);
  at(
    diff.upSql,
    '-- BLOCKS: the exclusion constraint builds its index on public.bookings under an ACCESS EXCLUSIVE lock',
  );
  const db = await scratchDatabase('sd_locks');
  try {
    const modes = await withClient(db.url, async (c) => {
      await c.query(before);
      await c.query('BEGIN');
      await c.query(step!.sql);
      const r = await c.query<{ mode: string }>(
        "SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() AND relation = 'bookings'::regclass",
      );
      await c.query('ROLLBACK');
      return r.rows.map((x) => x.mode);
    });
    assert.ok(modes.includes('AccessExclusiveLock'), modes.join(', '));
  } finally {
    await db.drop();
  }
});
