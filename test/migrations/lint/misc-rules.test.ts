// identifier-too-long, prefer-robust-stmts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, ruleIds } from './lint-helpers.js';

test('identifier-too-long: names over 63 bytes (counted in bytes, not characters)', async () => {
  const long = 'a'.repeat(64);
  const [f] = await lint(`CREATE TABLE ${long} (id bigint);`);
  assert.equal(f.rule, 'identifier-too-long');
  assert.match(f.message, /64 bytes.*truncates it to 63 bytes \(`a{63}`\)/);
  // 32 × 'é' is 32 characters but 64 bytes; quoted names count too.
  assert.deepEqual(await ruleIds(`CREATE TABLE t (${'é'.repeat(32)} bigint);`), ['identifier-too-long']);
  assert.deepEqual(
    await ruleIds(`CREATE INDEX "${'x'.repeat(70)}" ON t (a);`, {
      exclude: [
        'require-concurrent-index-creation',
        'require-lock-timeout',
        'require-statement-timeout',
        'prefer-robust-stmts',
      ],
    }),
    ['identifier-too-long'],
  );
  assert.deepEqual(await ruleIds(`CREATE TABLE ${'a'.repeat(63)} (id bigint);`), []);
  // Long words inside strings and comments are not identifiers.
  assert.deepEqual(await ruleIds(`COMMENT ON TABLE t IS '${long}'; -- ${long}`), []);
});

test('prefer-robust-stmts: outside a transaction, CREATE/DROP need IF [NOT] EXISTS', async () => {
  const opts = { exclude: ['require-lock-timeout', 'require-statement-timeout'] };
  const findings = await lint('CREATE TABLE t (id bigint);\nDROP TABLE u;', opts);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.fix?.text]),
    [
      ['prefer-robust-stmts', 'CREATE TABLE IF NOT EXISTS t (id bigint);'],
      ['ban-drop-table', undefined],
      ['prefer-robust-stmts', 'DROP TABLE IF EXISTS u;'],
    ],
  );
  assert.deepEqual(await ruleIds('CREATE TABLE IF NOT EXISTS t (id bigint);', opts), []);
  assert.deepEqual(await ruleIds('CREATE TABLE t (id bigint);', { ...opts, inTransaction: true }), []);
  assert.deepEqual(await ruleIds('BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;', opts), []);
});
