// require-concurrent-index-creation, require-concurrent-index-deletion, require-concurrent-reindex,
// ban-concurrent-index-creation-in-transaction, require-concurrent-partition-detach
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HDR, lint, ruleIds } from './lint-helpers.js';

test('require-concurrent-index-creation: CREATE INDEX on an existing table', async () => {
  const [f] = await lint(`${HDR}CREATE UNIQUE INDEX orders_user_idx ON orders (user_id);`);
  assert.equal(f.rule, 'require-concurrent-index-creation');
  assert.match(f.message, /`orders`.*SHARE lock/);
  assert.equal(f.fix?.text, 'CREATE UNIQUE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);');
  assert.deepEqual(f.location, { file: 'db/migrations/20240101_test.sql', line: 3, column: 1, endLine: 3 });
});

test('require-concurrent-index-creation: CONCURRENTLY, or a table created in the same file, is fine', async () => {
  assert.deepEqual(await ruleIds(`${HDR}CREATE INDEX CONCURRENTLY i ON orders (user_id);`), []);
  assert.deepEqual(
    await ruleIds(`${HDR}CREATE TABLE carts (id bigint, user_id bigint);\nCREATE INDEX i ON carts (user_id);`),
    [],
  );
});

test('require-concurrent-index-deletion: DROP INDEX without CONCURRENTLY', async () => {
  const [f] = await lint(`${HDR}DROP INDEX orders_user_idx;`);
  assert.equal(f.rule, 'require-concurrent-index-deletion');
  assert.equal(f.fix?.text, 'DROP INDEX CONCURRENTLY orders_user_idx;');
  assert.deepEqual(await ruleIds(`${HDR}DROP INDEX CONCURRENTLY IF EXISTS orders_user_idx;`), []);
});

test('ban-concurrent-index-creation-in-transaction: explicit BEGIN or a runner that wraps the file', async () => {
  assert.deepEqual(await ruleIds(`BEGIN;\n${HDR}CREATE INDEX CONCURRENTLY i ON orders (a);\nCOMMIT;`), [
    'ban-concurrent-index-creation-in-transaction',
  ]);
  assert.deepEqual(await ruleIds(`${HDR}CREATE INDEX CONCURRENTLY i ON orders (a);`, { inTransaction: true }), [
    'ban-concurrent-index-creation-in-transaction',
  ]);
  assert.deepEqual(await ruleIds(`${HDR}CREATE INDEX CONCURRENTLY i ON orders (a);`), []);
});

test('ban-non-transactional-statement-in-transaction: DROP INDEX / REINDEX CONCURRENTLY, VACUUM in a transaction', async () => {
  const sql = `${HDR}DROP INDEX CONCURRENTLY i;\nREINDEX INDEX CONCURRENTLY j;\nVACUUM orders;\nANALYZE orders;`;
  assert.deepEqual(await ruleIds(sql, { inTransaction: true }), [
    'ban-non-transactional-statement-in-transaction',
    'ban-non-transactional-statement-in-transaction',
    'ban-non-transactional-statement-in-transaction',
  ]);
  assert.deepEqual(await ruleIds(sql), []);
});

test('require-concurrent-reindex: REINDEX without CONCURRENTLY (PostgreSQL 12+)', async () => {
  const [f] = await lint(`${HDR}REINDEX INDEX orders_user_idx;`);
  assert.equal(f.rule, 'require-concurrent-reindex');
  assert.equal(f.fix?.text, 'REINDEX INDEX CONCURRENTLY orders_user_idx;');
  assert.deepEqual(await ruleIds(`${HDR}REINDEX (CONCURRENTLY) TABLE orders;`), []);
  assert.deepEqual(await ruleIds(`${HDR}REINDEX INDEX orders_user_idx;`, { postgresVersion: 11 }), []);
});

test('require-concurrent-partition-detach: DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)', async () => {
  const [f] = await lint(`${HDR}ALTER TABLE events DETACH PARTITION events_2023;`);
  assert.equal(f.rule, 'require-concurrent-partition-detach');
  assert.equal(f.fix?.text, 'ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;');
  assert.deepEqual(await ruleIds(`${HDR}ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;`), []);
  assert.deepEqual(
    await ruleIds(`${HDR}ALTER TABLE events DETACH PARTITION events_2023;`, { postgresVersion: 13 }),
    [],
  );
});
