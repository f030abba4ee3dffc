import { test } from 'node:test';
import assert from 'node:assert/strict';
import { btreeIndexOnArrayOrBoolean } from '../../src/schema-health/checks/btree-index-on-array-or-boolean.js';
import { duplicateIndex } from '../../src/schema-health/checks/duplicate-index.js';
import { invalidIndex } from '../../src/schema-health/checks/invalid-index.js';
import { overlappingIndex } from '../../src/schema-health/checks/overlapping-index.js';
import {
  MAX_INDEXES_PER_TABLE,
  tableWithTooManyIndexes,
} from '../../src/schema-health/checks/table-with-too-many-indexes.js';
import { schemaHealthHarness } from './harness.js';

const h = schemaHealthHarness();

test('duplicate-index: a second index on the same column is found and the primary key is kept', async () => {
  const found = await h.findings(duplicateIndex, [
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint)',
    'CREATE INDEX orders_user_id_idx ON orders (user_id)',
    'CREATE INDEX orders_user_id_idx2 ON orders (user_id)',
    'CREATE UNIQUE INDEX orders_id_again ON orders (id)',
  ]);
  const byIndex = Object.fromEntries(found.map((f) => [f.data?.index, f]));
  assert.deepEqual(Object.keys(byIndex).sort(), ['orders_id_again', 'orders_user_id_idx2']);
  assert.equal(byIndex.orders_id_again.data?.duplicateOf, 'orders_pkey');
  assert.equal(byIndex.orders_user_id_idx2.data?.duplicateOf, 'orders_user_id_idx');
  assert.match(
    byIndex.orders_user_id_idx2.fix?.text ?? '',
    /^DROP INDEX CONCURRENTLY IF EXISTS case_\d+\.orders_user_id_idx2;/,
  );
  assert.match(byIndex.orders_user_id_idx2.message, /duplicates orders_user_id_idx/);
});

test('duplicate-index: same columns with a different predicate, order or method are not duplicates', async () => {
  const found = await h.findings(duplicateIndex, [
    'CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, tags text[])',
    'CREATE INDEX t_a ON t (a)',
    'CREATE INDEX t_a_partial ON t (a) WHERE b > 0',
    'CREATE INDEX t_a_desc ON t (a DESC)',
    'CREATE INDEX t_a_hash ON t USING hash (a)',
    'CREATE INDEX t_ab ON t (a, b)',
    'CREATE INDEX t_ba ON t (b, a)',
  ]);
  assert.deepEqual(found, []);
});

test('overlapping-index: an index that is the leading part of another is found', async () => {
  const found = await h.findings(overlappingIndex, [
    'CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint, product_id bigint)',
    'CREATE INDEX items_order ON items (order_id)',
    'CREATE INDEX items_order_product ON items (order_id, product_id)',
  ]);
  assert.equal(found.length, 1);
  assert.equal(found[0].data?.index, 'items_order');
  assert.equal(found[0].data?.coveredBy, 'items_order_product');
  assert.deepEqual(found[0].data?.columns, ['order_id']);
});

test('overlapping-index: different predicate, unique prefix, or non-leading column are not found', async () => {
  const found = await h.findings(overlappingIndex, [
    'CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint, product_id bigint)',
    'CREATE INDEX items_order_live ON items (order_id) WHERE product_id IS NOT NULL',
    'CREATE UNIQUE INDEX items_product_u ON items (product_id)',
    'CREATE INDEX items_order_product ON items (order_id, product_id)',
    'CREATE INDEX items_product_order ON items (product_id, order_id)',
  ]);
  assert.deepEqual(found, []);
});

test('invalid-index: the leftover of a failed CREATE UNIQUE INDEX CONCURRENTLY is found', async () => {
  const found = await h.withSchema(async (db, schema) => {
    await db.client.query('CREATE TABLE users (id bigint PRIMARY KEY, email text)');
    await db.client.query("INSERT INTO users VALUES (1, 'a@x'), (2, 'a@x')");
    await assert.rejects(
      db.client.query('CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)'),
      /could not create unique index/,
    );
    await db.client.query('CREATE INDEX users_id_email ON users (id, email)');
    return invalidIndex.run({ db: db.client, schemas: [schema] });
  });
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.equal(found[0].data?.index, 'users_email_key');
  assert.deepEqual(found[0].data?.columns, ['email']);
  assert.match(
    found[0].fix?.text ?? '',
    /DROP INDEX CONCURRENTLY IF EXISTS case_\d+\.users_email_key;\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON case_\d+\.users USING btree \(email\);/,
  );
});

test('invalid-index: valid indexes are not found', async () => {
  const found = await h.findings(invalidIndex, [
    'CREATE TABLE users (id bigint PRIMARY KEY, email text)',
    'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)',
  ]);
  assert.deepEqual(found, []);
});

test('btree-index-on-array-or-boolean: btree on an array, and one led by a boolean, are found', async () => {
  const found = await h.findings(btreeIndexOnArrayOrBoolean, [
    'CREATE TABLE posts (id bigint PRIMARY KEY, tags text[], published boolean, author_id bigint)',
    'CREATE INDEX posts_tags ON posts (tags)',
    'CREATE INDEX posts_published ON posts (published)',
  ]);
  const byIndex = Object.fromEntries(found.map((f) => [f.data?.index, f]));
  assert.deepEqual(Object.keys(byIndex).sort(), ['posts_published', 'posts_tags']);
  assert.deepEqual(byIndex.posts_tags.data?.arrayColumns, ['tags']);
  assert.equal(byIndex.posts_published.data?.booleanColumn, 'published');
});

test('btree-index-on-array-or-boolean: GIN on an array, a boolean after a selective column, partial index are not found', async () => {
  const found = await h.findings(btreeIndexOnArrayOrBoolean, [
    'CREATE TABLE posts (id bigint PRIMARY KEY, tags text[], published boolean, author_id bigint)',
    'CREATE INDEX posts_tags ON posts USING gin (tags)',
    'CREATE INDEX posts_author_published ON posts (author_id, published)',
    'CREATE INDEX posts_drafts ON posts (author_id) WHERE NOT published',
  ]);
  assert.deepEqual(found, []);
});

test(`table-with-too-many-indexes: more than ${MAX_INDEXES_PER_TABLE} indexes are found, exactly the limit is not`, async () => {
  const columns = Array.from({ length: MAX_INDEXES_PER_TABLE + 1 }, (_, k) => `c${k} int`).join(', ');
  const indexes = (table: string, n: number) =>
    Array.from({ length: n }, (_, k) => `CREATE INDEX ${table}_c${k} ON ${table} (c${k})`);
  const found = await h.findings(tableWithTooManyIndexes, [
    `CREATE TABLE wide (id bigint PRIMARY KEY, ${columns})`,
    ...indexes('wide', MAX_INDEXES_PER_TABLE),
    `CREATE TABLE fine (id bigint PRIMARY KEY, ${columns})`,
    ...indexes('fine', MAX_INDEXES_PER_TABLE - 1),
  ]);
  assert.equal(found.length, 1);
  assert.equal(found[0].data?.table, 'wide');
  assert.equal(found[0].data?.indexes, MAX_INDEXES_PER_TABLE + 1);
});
