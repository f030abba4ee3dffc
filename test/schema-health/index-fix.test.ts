import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fileStatements,
  indexFixFiles,
  indexNameFor,
  MAX_NAME_BYTES,
  NO_TRANSACTION_MARKERS,
  proveIndexFix,
} from '../../src/schema-health/index-fix.js';
import { schemaHealthHarness } from './harness.js';

const h = schemaHealthHarness();

test('index names are <table>_<columns>_idx, and long ones are cut to 63 bytes with a hash that keeps them apart', () => {
  assert.equal(indexNameFor({ schema: 'public', table: 'orders', columns: ['user_id'] }), 'orders_user_id_idx');
  const long = (col: string) =>
    indexNameFor({ schema: 'public', table: 'x'.repeat(40), columns: ['ä'.repeat(20) + col] });
  assert.ok(Buffer.byteLength(long('a')) <= MAX_NAME_BYTES);
  assert.match(long('a'), /_[0-9a-f]{8}_idx$/);
  assert.notEqual(long('a'), long('b'));
});

test('up and rollback files: CONCURRENTLY IF NOT EXISTS / IF EXISTS, the no-transaction marker, <timestamp>_<slug> names', () => {
  const fix = indexFixFiles(
    { schema: 'public', table: 'orders', columns: ['user_id'] },
    {
      reason: 'foreign key orders.user_id → users.id',
      timestamp: '20260115093000',
      marker: NO_TRANSACTION_MARKERS.atlas,
      directory: 'migrations',
    },
  );
  assert.equal(fix.up.path, 'migrations/20260115093000_add_index_orders_user_id.sql');
  assert.equal(fix.rollback.path, 'migrations/20260115093000_add_index_orders_user_id_rollback.sql');
  assert.equal(
    fix.up.content,
    '-- atlas:txmode none\n-- backend-gate: foreign key orders.user_id → users.id\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);\n',
  );
  assert.deepEqual(fileStatements(fix.rollback.content), ['DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx']);
});

test('up → rollback → up is proven on a real database, with quoted names and a partial index', async () => {
  const proof = await h.withSchema(async (db, schema) => {
    await db.client.query('CREATE TABLE "Order Lines" (id bigint PRIMARY KEY, "orderId" bigint)');
    const target = { schema, table: 'Order Lines', columns: ['orderId'], where: '"orderId" IS NOT NULL' };
    const fix = indexFixFiles(target, { reason: 'test', timestamp: '20260101000000' });
    const result = await proveIndexFix(db.client, target, fix);
    const def = await db.client.query<{ d: string }>(
      `SELECT pg_get_indexdef(c.oid) AS d FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2`,
      [schema, fix.name],
    );
    return { result, def: def.rows[0]?.d };
  });
  assert.equal(proof.result.ok, true, JSON.stringify(proof.result.steps));
  assert.deepEqual(
    proof.result.steps.map((s) => [s.step, s.detail]),
    [
      ['up', 'index order_lines_orderid_idx is valid'],
      ['rollback', 'index order_lines_orderid_idx is absent'],
      ['up again', 'index order_lines_orderid_idx is valid'],
    ],
  );
  assert.match(proof.def ?? '', /USING btree \("orderId"\) WHERE \("orderId" IS NOT NULL\)$/);
});

test('a fix that cannot apply is reported as not proven, with the error', async () => {
  const proof = await h.withSchema(async (db, schema) => {
    await db.client.query('CREATE TABLE t (id bigint PRIMARY KEY)');
    const target = { schema, table: 't', columns: ['missing_column'] };
    return proveIndexFix(db.client, target, indexFixFiles(target, { reason: 'test' }));
  });
  assert.equal(proof.ok, false);
  assert.equal(proof.steps.length, 1);
  assert.match(proof.steps[0].detail, /column "missing_column" does not exist/);
});
