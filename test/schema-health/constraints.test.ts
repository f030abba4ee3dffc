import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constraintNotValid } from '../../src/schema-health/checks/constraint-not-valid.js';
import { duplicateForeignKey } from '../../src/schema-health/checks/duplicate-foreign-key.js';
import { foreignKeyTypeMismatch } from '../../src/schema-health/checks/foreign-key-type-mismatch.js';
import { tableWithoutPrimaryKey } from '../../src/schema-health/checks/table-without-primary-key.js';
import { unnamedConstraint } from '../../src/schema-health/checks/unnamed-constraint.js';
import { schemaHealthHarness } from './harness.js';

const h = schemaHealthHarness();

test('table-without-primary-key: a keyless table is found, and a unique NOT NULL index is pointed out', async () => {
  const found = await h.findings(tableWithoutPrimaryKey, [
    'CREATE TABLE events (at timestamptz, payload jsonb)',
    'CREATE TABLE sessions (token text NOT NULL, user_id bigint)',
    'CREATE UNIQUE INDEX sessions_token ON sessions (token)',
  ]);
  const byTable = Object.fromEntries(found.map((f) => [f.data?.table, f]));
  assert.deepEqual(Object.keys(byTable).sort(), ['events', 'sessions']);
  assert.equal(byTable.events.data?.hasUniqueNotNullIndex, false);
  assert.equal(byTable.sessions.data?.hasUniqueNotNullIndex, true);
  assert.match(byTable.sessions.message, /unique NOT NULL index/);
});

test('table-without-primary-key: tables with a key, and partitions of a keyed parent, are not found', async () => {
  const found = await h.findings(tableWithoutPrimaryKey, [
    'CREATE TABLE users (id bigint PRIMARY KEY)',
    'CREATE TABLE logs (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)',
    "CREATE TABLE logs_2026 PARTITION OF logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
  ]);
  assert.deepEqual(found, []);
});

test('constraint-not-valid: NOT VALID foreign key and check are found with a VALIDATE fix', async () => {
  const found = await h.findings(constraintNotValid, [
    'CREATE TABLE users (id bigint PRIMARY KEY)',
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric)',
    'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID',
    'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID',
  ]);
  const byName = Object.fromEntries(found.map((f) => [f.data?.constraint, f]));
  assert.deepEqual(Object.keys(byName).sort(), ['orders_total_positive', 'orders_user_id_fkey']);
  assert.equal(byName.orders_user_id_fkey.data?.kind, 'foreign key');
  assert.deepEqual(byName.orders_user_id_fkey.data?.columns, ['user_id']);
  assert.match(
    byName.orders_total_positive.fix?.text ?? '',
    /^ALTER TABLE case_\d+\.orders VALIDATE CONSTRAINT orders_total_positive;$/,
  );
});

test('constraint-not-valid: validated constraints are not found', async () => {
  const found = await h.findings(constraintNotValid, [
    'CREATE TABLE users (id bigint PRIMARY KEY)',
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric CHECK (total >= 0))',
    'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID',
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey',
  ]);
  assert.deepEqual(found, []);
});

test('duplicate-foreign-key: the same foreign key twice is found once', async () => {
  const found = await h.findings(duplicateForeignKey, [
    'CREATE TABLE users (id bigint PRIMARY KEY)',
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id))',
    'ALTER TABLE orders ADD CONSTRAINT orders_user_fk2 FOREIGN KEY (user_id) REFERENCES users (id)',
  ]);
  assert.equal(found.length, 1);
  assert.equal(found[0].data?.constraint, 'orders_user_fk2');
  assert.equal(found[0].data?.duplicateOf, 'orders_user_id_fkey');
  assert.match(found[0].fix?.text ?? '', /DROP CONSTRAINT orders_user_fk2;/);
});

test('duplicate-foreign-key: two foreign keys to different parents are not found', async () => {
  const found = await h.findings(duplicateForeignKey, [
    'CREATE TABLE users (id bigint PRIMARY KEY)',
    'CREATE TABLE products (id bigint PRIMARY KEY)',
    'CREATE TABLE items (id bigint PRIMARY KEY, user_id bigint REFERENCES users, product_id bigint REFERENCES products)',
  ]);
  assert.deepEqual(found, []);
});

test('foreign-key-type-mismatch: an integer column referencing a bigint key is found', async () => {
  const found = await h.findings(foreignKeyTypeMismatch, [
    'CREATE TABLE users (id bigint PRIMARY KEY, code varchar(20) UNIQUE)',
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id integer REFERENCES users (id), user_code text REFERENCES users (code))',
  ]);
  const byColumn = Object.fromEntries(found.map((f) => [(f.data?.columns as string[])[0], f]));
  assert.deepEqual(Object.keys(byColumn).sort(), ['user_code', 'user_id']);
  assert.deepEqual(byColumn.user_id.data?.types, ['integer']);
  assert.deepEqual(byColumn.user_id.data?.referencedTypes, ['bigint']);
  assert.deepEqual(byColumn.user_code.data?.referencedTypes, ['character varying(20)']);
  assert.match(byColumn.user_id.fix?.text ?? '', /ALTER COLUMN user_id TYPE bigint;/);
});

test('foreign-key-type-mismatch: matching types (also composite keys) are not found', async () => {
  const found = await h.findings(foreignKeyTypeMismatch, [
    'CREATE TABLE users (id bigint PRIMARY KEY, tenant int, UNIQUE (tenant, id))',
    'CREATE TABLE orders (id bigint PRIMARY KEY, tenant int, user_id bigint, FOREIGN KEY (tenant, user_id) REFERENCES users (tenant, id))',
  ]);
  assert.deepEqual(found, []);
});

test('unnamed-constraint: $1-style and ORM hash names are found', async () => {
  const found = await h.findings(unnamedConstraint, [
    'CREATE TABLE users (id bigint PRIMARY KEY)',
    'CREATE TABLE orders (id bigint, user_id bigint, total numeric)',
    'ALTER TABLE orders ADD CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY (id)',
    'ALTER TABLE orders ADD CONSTRAINT "$1" FOREIGN KEY (user_id) REFERENCES users (id)',
  ]);
  const byName = Object.fromEntries(found.map((f) => [f.data?.constraint, f]));
  assert.deepEqual(Object.keys(byName).sort(), ['$1', 'PK_a3ffb1c0c8416b9fc6f907b7433']);
  assert.equal(byName.$1.data?.suggestedName, 'orders_user_id_fkey');
  assert.match(byName.$1.fix?.text ?? '', /RENAME CONSTRAINT "\$1" TO orders_user_id_fkey;/);
});

test("unnamed-constraint: PostgreSQL's default and hand-chosen names are not found", async () => {
  const found = await h.findings(unnamedConstraint, [
    'CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE)',
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users, total numeric CHECK (total > 0))',
    'ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id)',
  ]);
  assert.deepEqual(found, []);
});
