// adding-field-with-default, changing-column-type, adding-not-nullable-field, adding-required-field, ban-drop-not-null
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HDR, lint, ruleIds } from './lint-helpers.js';

test('adding-field-with-default: a volatile default rewrites the table; the fix splits it', async () => {
  const [f] = await lint(`${HDR}ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();`);
  assert.equal(f.rule, 'adding-field-with-default');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /`orders.token`.*gen_random_uuid.*ACCESS EXCLUSIVE/);
  assert.deepEqual(f.data?.rewrite, true);
  assert.equal(
    f.fix?.text?.split('\n').slice(0, 2).join('\n'),
    'ALTER TABLE orders ADD COLUMN token uuid;\nALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();',
  );
});

test('adding-field-with-default: random(), identity, stored generated and serial columns rewrite too', async () => {
  const sql = [
    'ALTER TABLE t ADD COLUMN a float DEFAULT random();',
    'ALTER TABLE t ADD COLUMN b bigint GENERATED ALWAYS AS IDENTITY;',
    'ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (x * 2) STORED;',
    'ALTER TABLE t ADD COLUMN d bigserial;',
  ].join('\n');
  const ids = await ruleIds(HDR + sql, {
    exclude: ['prefer-robust-stmts', 'prefer-bigint-over-int', 'prefer-identity'],
  });
  assert.deepEqual(ids, Array(4).fill('adding-field-with-default'));
});

test('adding-field-with-default: constants and now() are instant on PostgreSQL 11+, not before', async () => {
  const sql = `${HDR}ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();\nALTER TABLE orders ADD COLUMN n bigint DEFAULT 0;\nALTER TABLE orders ADD COLUMN tags jsonb DEFAULT '{}'::jsonb;\nALTER TABLE orders ADD COLUMN x text DEFAULT NULL;`;
  assert.deepEqual(await ruleIds(sql), []);
  assert.deepEqual(await ruleIds(sql, { postgresVersion: 10 }), Array(3).fill('adding-field-with-default'));
});

test('changing-column-type: ALTER COLUMN … TYPE on an existing table', async () => {
  const [f] = await lint(`${HDR}ALTER TABLE orders ALTER COLUMN amount TYPE bigint;`);
  assert.equal(f.rule, 'changing-column-type');
  assert.match(f.message, /`orders.amount` to bigint/);
  assert.deepEqual(await ruleIds(`${HDR}CREATE TABLE t (a int8);\nALTER TABLE t ALTER COLUMN a TYPE numeric;`), []);
});

test('adding-not-nullable-field: SET NOT NULL, with the CHECK … NOT VALID → VALIDATE → SET NOT NULL fix', async () => {
  const [f] = await lint(`${HDR}ALTER TABLE orders ALTER COLUMN status SET NOT NULL;`);
  assert.equal(f.rule, 'adding-not-nullable-field');
  assert.equal(
    f.fix?.text,
    [
      'ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;',
      '-- in a separate transaction:',
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null;',
      'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
      'ALTER TABLE orders DROP CONSTRAINT orders_status_not_null;',
    ].join('\n'),
  );
});

test('adding-not-nullable-field: quiet after a validated CHECK (col IS NOT NULL), even after an unrelated VALIDATE', async () => {
  const pattern = [
    'ALTER TABLE orders ADD CONSTRAINT s_nn CHECK (status IS NOT NULL) NOT VALID;',
    'ALTER TABLE orders VALIDATE CONSTRAINT s_nn;',
    'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
  ].join('\n');
  assert.deepEqual(await ruleIds(HDR + pattern), []);
  // squawk stays quiet here (any earlier VALIDATE); the unrelated FK proves nothing about `status`.
  const unrelated = [
    'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    'ALTER TABLE orders VALIDATE CONSTRAINT fk;',
    'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
  ].join('\n');
  assert.deepEqual(await ruleIds(HDR + unrelated), ['adding-not-nullable-field']);
});

test('adding-required-field: NOT NULL without DEFAULT fails on a table with rows', async () => {
  assert.deepEqual(await ruleIds(`${HDR}ALTER TABLE orders ADD COLUMN region text NOT NULL;`), [
    'adding-required-field',
  ]);
  assert.deepEqual(await ruleIds(`${HDR}ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';`), []);
});

test('ban-drop-not-null: DROP NOT NULL on an existing column', async () => {
  assert.deepEqual(await ruleIds(`${HDR}ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;`), ['ban-drop-not-null']);
});
