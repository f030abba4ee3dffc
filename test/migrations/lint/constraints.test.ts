// constraint-missing-not-valid, adding-foreign-key-constraint, disallowed-unique-constraint,
// adding-serial-primary-key-field
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HDR, lint, ruleIds } from './lint-helpers.js';

test('constraint-missing-not-valid: CHECK without NOT VALID, with the NOT VALID + VALIDATE fix', async () => {
  const [f] = await lint(`${HDR}ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0);`);
  assert.equal(f.rule, 'constraint-missing-not-valid');
  assert.match(f.message, /`orders`.*ACCESS EXCLUSIVE/);
  assert.equal(
    f.fix?.text,
    'ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0) NOT VALID;\n' +
      '-- in a separate transaction:\nALTER TABLE orders VALIDATE CONSTRAINT positive_total;',
  );
});

test('constraint-missing-not-valid: an unnamed CHECK gets a name in the fix', async () => {
  const [f] = await lint(`${HDR}ALTER TABLE orders ADD CHECK (total > 0);`);
  assert.equal(
    f.fix?.text?.split('\n')[0],
    'ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total > 0) NOT VALID;',
  );
});

test('constraint-missing-not-valid: NOT VALID then VALIDATE in separate transactions is fine, in the same one is not', async () => {
  const add = 'ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0) NOT VALID;';
  const validate = 'ALTER TABLE orders VALIDATE CONSTRAINT positive_total;';
  assert.deepEqual(await ruleIds(`${HDR}${add}\n${validate}`), []);
  assert.deepEqual(await ruleIds(`${HDR}BEGIN;\n${add}\nCOMMIT;\nBEGIN;\n${validate}\nCOMMIT;`), []);
  assert.deepEqual(await ruleIds(`${HDR}BEGIN;\n${add}\n${validate}\nCOMMIT;`), ['constraint-missing-not-valid']);
  assert.deepEqual(await ruleIds(`${HDR}${add}\n${validate}`, { inTransaction: true }), [
    'constraint-missing-not-valid',
  ]);
});

test('constraint-missing-not-valid: a table created in the same file is fine', async () => {
  assert.deepEqual(
    await ruleIds(`${HDR}CREATE TABLE t (total bigint);\nALTER TABLE t ADD CONSTRAINT c CHECK (total > 0);`),
    [],
  );
});

test('adding-foreign-key-constraint: FK without NOT VALID names both tables and the lock', async () => {
  const [f] = await lint(
    `${HDR}ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);`,
  );
  assert.equal(f.rule, 'adding-foreign-key-constraint');
  assert.match(f.message, /`orders` to `users`.*SHARE ROW EXCLUSIVE/);
  assert.equal(
    f.fix?.text,
    'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' +
      '-- in a separate transaction:\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
  );
});

test('adding-foreign-key-constraint: unnamed FK and ADD COLUMN … REFERENCES', async () => {
  const [f] = await lint(`${HDR}ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id);`);
  assert.match(f.fix?.text ?? '', /^ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY/);
  assert.deepEqual(await ruleIds(`${HDR}ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);`), [
    'adding-foreign-key-constraint',
  ]);
});

test('adding-foreign-key-constraint: NOT VALID, or a new table, is fine', async () => {
  assert.deepEqual(
    await ruleIds(`${HDR}ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;`),
    [],
  );
  assert.deepEqual(
    await ruleIds(
      `${HDR}CREATE TABLE carts (user_id bigint);\nALTER TABLE carts ADD FOREIGN KEY (user_id) REFERENCES users (id);`,
    ),
    [],
  );
});

test('disallowed-unique-constraint: ADD UNIQUE builds the index under ACCESS EXCLUSIVE; USING INDEX is fine', async () => {
  const [f] = await lint(`${HDR}ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);`);
  assert.equal(f.rule, 'disallowed-unique-constraint');
  assert.equal(
    f.fix?.text,
    'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n' +
      'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
  );
  assert.deepEqual(await ruleIds(`${HDR}ALTER TABLE users ADD CONSTRAINT k UNIQUE USING INDEX users_email_idx;`), []);
});

test('adding-serial-primary-key-field: ADD PRIMARY KEY without USING INDEX', async () => {
  assert.deepEqual(await ruleIds(`${HDR}ALTER TABLE items ADD PRIMARY KEY (id);`), ['adding-serial-primary-key-field']);
  assert.deepEqual(
    await ruleIds(`${HDR}ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_id_idx;`),
    [],
  );
});
