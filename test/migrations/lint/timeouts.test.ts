// require-lock-timeout, require-statement-timeout
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, ruleIds } from './lint-helpers.js';

test('timeouts are required once per file, at the first statement that locks an existing table', async () => {
  const findings = await lint(
    'CREATE TABLE carts (id bigint);\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE users ADD COLUMN note text;',
  );
  assert.deepEqual(
    findings.map((f) => [f.rule, f.location?.line]),
    [
      ['require-lock-timeout', 2],
      ['require-statement-timeout', 2],
    ],
  );
  assert.match(findings[0].message, /ACCESS EXCLUSIVE on `orders`/);
  assert.equal(findings[0].fix?.text, "SET lock_timeout = '5s';");
});

test('no timeout findings for files that only create new objects or use non-blocking locks', async () => {
  assert.deepEqual(await ruleIds('CREATE TABLE carts (id bigint);\nCREATE INDEX i ON carts (id);'), []);
  assert.deepEqual(await ruleIds('CREATE INDEX CONCURRENTLY i ON orders (id);'), []);
});

test('SET lock_timeout before the lock satisfies the rule; after it, or set to 0, does not', async () => {
  const alter = 'ALTER TABLE orders ADD COLUMN note text;';
  assert.deepEqual(await ruleIds(`SET lock_timeout = '2s';\nSET statement_timeout = 5000;\n${alter}`), []);
  assert.deepEqual(await ruleIds(`${alter}\nSET lock_timeout = '2s';\nSET statement_timeout = '5s';`), [
    'require-lock-timeout',
    'require-statement-timeout',
  ]);
  assert.deepEqual(await ruleIds(`SET lock_timeout = 0;\nSET statement_timeout = '5s';\n${alter}`), [
    'require-lock-timeout',
  ]);
});

test('a new table with a foreign key locks the referenced table', async () => {
  assert.deepEqual(await ruleIds('CREATE TABLE carts (user_id bigint REFERENCES users (id));'), [
    'require-lock-timeout',
    'require-statement-timeout',
  ]);
});
