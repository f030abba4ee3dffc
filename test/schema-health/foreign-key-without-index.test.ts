import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type pg from 'pg';
import { connect } from '../../src/postgres/index.js';
import { foreignKeyWithoutIndex, impliedByNotNull } from '../../src/schema-health/checks/foreign-key-without-index.js';
import { scratchDatabase } from '../helpers/postgres.js';

// One scratch database, one schema per case, so cases do not see each other's tables.
let client: pg.Client | undefined;
let drop: (() => Promise<void>) | undefined;
after(async () => {
  await client?.end();
  await drop?.();
});

async function db(): Promise<pg.Client> {
  if (!client) {
    const d = await scratchDatabase('fk-index-check');
    drop = d.drop;
    client = await connect(d.url);
  }
  return client;
}

async function findingsFor(schema: string, ddl: string) {
  const c = await db();
  await c.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}; ${ddl}; RESET search_path`);
  return foreignKeyWithoutIndex.run({ db: c, schemas: [schema] });
}

const PARENT = 'CREATE TABLE users (id bigint PRIMARY KEY)';

test('an FK without any index is found, with a CREATE INDEX CONCURRENTLY fix', async () => {
  const f = await findingsFor(
    'bare',
    `${PARENT}; CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users)`,
  );
  assert.equal(f.length, 1);
  assert.equal(f[0].rule, 'foreign-key-without-index');
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /orders\(user_id\) → users\(id\)/);
  assert.equal(f[0].fix?.text, 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON bare.orders (user_id);');
  assert.deepEqual(f[0].data?.columns, ['user_id']);
});

test('a plain btree index on the FK column covers it', async () => {
  const f = await findingsFor(
    'plain',
    `${PARENT}; CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users); CREATE INDEX ON orders (user_id)`,
  );
  assert.deepEqual(f, []);
});

test('a partial index WHERE fk IS NOT NULL covers a nullable FK', async () => {
  const f = await findingsFor(
    'partial_notnull',
    `${PARENT}; CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);
     CREATE INDEX ON orders (user_id) WHERE user_id IS NOT NULL`,
  );
  assert.deepEqual(f, []);
});

test('a partial index on another predicate does not cover the FK', async () => {
  const f = await findingsFor(
    'partial_other',
    `${PARENT}; CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users, deleted_at timestamptz);
     CREATE INDEX orders_live_user_idx ON orders (user_id) WHERE deleted_at IS NULL`,
  );
  assert.equal(f.length, 1);
  assert.match(f[0].message, /orders_live_user_idx is partial \(WHERE \(deleted_at IS NULL\)\)/);
});

test('an INVALID index does not cover the FK', async () => {
  const c = await db();
  await c.query(`CREATE SCHEMA invalid; CREATE TABLE invalid.users (id bigint PRIMARY KEY);
    CREATE TABLE invalid.orders (id bigint PRIMARY KEY, user_id bigint REFERENCES invalid.users)`);
  // Same state as a failed CREATE INDEX CONCURRENTLY leaves behind.
  await c.query('CREATE INDEX orders_user_id_idx ON invalid.orders (user_id)');
  await c.query("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'invalid.orders_user_id_idx'::regclass");
  const f = await foreignKeyWithoutIndex.run({ db: c, schemas: ['invalid'] });
  assert.equal(f.length, 1);
  assert.match(f[0].message, /orders_user_id_idx is INVALID/);
});

test('a two-column index with the FK column second does not cover it; with it first it does', async () => {
  const second = await findingsFor(
    'fk_second',
    `${PARENT}; CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users, created_at timestamptz);
     CREATE INDEX orders_created_user_idx ON orders (created_at, user_id)`,
  );
  assert.equal(second.length, 1);
  assert.match(second[0].message, /orders_created_user_idx does not start with user_id/);
  const first = await findingsFor(
    'fk_first',
    `${PARENT}; CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users, created_at timestamptz);
     CREATE INDEX ON orders (user_id, created_at)`,
  );
  assert.deepEqual(first, []);
});

test('a two-column FK is covered by an index on the same columns in another order, not by one of them', async () => {
  const f = await findingsFor(
    'multi',
    `CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
     CREATE TABLE child (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES parent);
     CREATE INDEX ON child (a);
     CREATE TABLE child2 (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES parent);
     CREATE INDEX ON child2 (b, a)`,
  );
  assert.deepEqual(
    f.map((x) => x.data?.table),
    ['child'],
  );
});

test('predicate implication: only conjunctions of IS NOT NULL on FK columns', async () => {
  assert.equal(await impliedByNotNull('(user_id IS NOT NULL)', ['user_id']), true);
  assert.equal(await impliedByNotNull('((a IS NOT NULL) AND (b IS NOT NULL))', ['a', 'b']), true);
  assert.equal(await impliedByNotNull('((a IS NOT NULL) OR (b IS NOT NULL))', ['a', 'b']), false);
  assert.equal(await impliedByNotNull('(user_id IS NULL)', ['user_id']), false);
  assert.equal(await impliedByNotNull('(other IS NOT NULL)', ['user_id']), false);
});
