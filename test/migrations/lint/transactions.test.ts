// transaction-nesting, ban-uncommitted-transaction, ban-alter-enum-add-value-in-transaction, require-enum-value-ordering
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HDR, ruleIds } from './lint-helpers.js';

test('transaction-nesting: BEGIN inside BEGIN, and COMMIT in a file the runner wraps', async () => {
  assert.deepEqual(await ruleIds('BEGIN;\nSELECT 1;\nBEGIN;\nSELECT 2;\nCOMMIT;\nCOMMIT;'), ['transaction-nesting']);
  assert.deepEqual(await ruleIds('BEGIN;\nSELECT 1;\nCOMMIT;', { inTransaction: true }), [
    'transaction-nesting',
    'transaction-nesting',
  ]);
  assert.deepEqual(await ruleIds('BEGIN;\nSELECT 1;\nCOMMIT;\nBEGIN;\nSELECT 2;\nCOMMIT;'), []);
});

test('ban-uncommitted-transaction: a BEGIN never committed', async () => {
  assert.deepEqual(await ruleIds('BEGIN;\nSELECT 1;'), ['ban-uncommitted-transaction']);
  assert.deepEqual(await ruleIds('BEGIN;\nSELECT 1;\nROLLBACK;'), []);
});

test('ban-alter-enum-add-value-in-transaction: using the new value in the same transaction fails', async () => {
  const add = "ALTER TYPE order_state ADD VALUE 'refunded' AFTER 'paid';";
  const use = "UPDATE orders SET state = 'refunded' WHERE refunded_at IS NOT NULL;";
  assert.deepEqual(await ruleIds(`${HDR}BEGIN;\n${add}\n${use}\nCOMMIT;`), ['ban-alter-enum-add-value-in-transaction']);
  assert.deepEqual(await ruleIds(`${HDR}BEGIN;\n${add}\nCOMMIT;\n${use}`), []);
  // Before PostgreSQL 12 the ADD VALUE itself cannot run in a transaction.
  assert.deepEqual(await ruleIds(`${HDR}${add}`, { inTransaction: true, postgresVersion: 11 }), [
    'ban-alter-enum-add-value-in-transaction',
    'ban-non-transactional-statement-in-transaction',
  ]);
});

test('require-enum-value-ordering: ADD VALUE without BEFORE/AFTER', async () => {
  assert.deepEqual(await ruleIds("ALTER TYPE order_state ADD VALUE 'refunded';"), ['require-enum-value-ordering']);
  assert.deepEqual(await ruleIds("ALTER TYPE order_state ADD VALUE 'refunded' BEFORE 'closed';"), []);
});
