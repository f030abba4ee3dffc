import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HDR, lint, ruleIds } from './lint-helpers.js';

const INDEX = 'CREATE INDEX i ON orders (user_id);';
const DROP = 'DROP INDEX old_idx;';

test('backend-gate-ignore directly above a statement suppresses that statement only', async () => {
  const sql = `${HDR}-- backend-gate-ignore require-concurrent-index-creation: orders has 200 rows\n${INDEX}\n${INDEX.replace(' i ', ' j ')}`;
  const findings = await lint(sql);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.location?.line]),
    [['require-concurrent-index-creation', 5]],
  );
});

test('several rules in one comment, and comment lines in between, are honoured', async () => {
  const sql =
    `${HDR}-- backend-gate-ignore require-concurrent-index-deletion, prefer-robust-stmts: legacy index, small table\n` +
    `-- (dropped in the maintenance window)\n${DROP}`;
  assert.deepEqual(await ruleIds(sql, { exclude: [] }), []);
});

test('a header comment separated by a blank line applies to the whole file', async () => {
  const sql = `-- backend-gate-ignore require-lock-timeout, require-statement-timeout: the runner sets both\n\n${INDEX}\n${DROP}`;
  assert.deepEqual(await ruleIds(sql), ['require-concurrent-index-creation', 'require-concurrent-index-deletion']);
});

test('backend-gate-ignore-file applies to the whole file wherever it is', async () => {
  const sql = `${HDR}${INDEX}\n-- backend-gate-ignore-file require-concurrent-index-creation: bootstrap data only\n${INDEX.replace(' i ', ' j ')}`;
  assert.deepEqual(await ruleIds(sql), []);
});

test('squawk-ignore and squawk-ignore-file comments are honoured, with squawk rule names', async () => {
  assert.deepEqual(await ruleIds(`${HDR}-- squawk-ignore require-concurrent-index-creation\n${INDEX}`), []);
  assert.deepEqual(
    await ruleIds(`-- squawk-ignore-file require-timeout-settings\n${HDR.replace(/SET[^\n]*\n/g, '')}${INDEX}`),
    ['require-concurrent-index-creation'],
  );
  assert.deepEqual(await ruleIds(`-- squawk-ignore-file\nCREATE TABLE t (at timestamp);\n${INDEX}`), []);
  assert.deepEqual(await ruleIds(`-- squawk-ignore prefer-timestamp-tz\nCREATE TABLE t (at timestamp);`), []);
});

test('an ignore comment after a statement on its own line applies to nothing and is reported', async () => {
  const sql = `${HDR}${INDEX} -- backend-gate-ignore require-concurrent-index-creation: too late\n${DROP}`;
  assert.deepEqual(await ruleIds(sql), [
    'require-concurrent-index-creation',
    'unused-ignore',
    'require-concurrent-index-deletion',
  ]);
});

test('an ignore that suppresses nothing, or names an unknown rule, is reported as unused-ignore', async () => {
  const findings = await lint(`${HDR}-- backend-gate-ignore ban-drop-table: not needed\n${INDEX}`);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.severity, f.location?.line]),
    [
      ['unused-ignore', 'notice', 3],
      ['require-concurrent-index-creation', 'warning', 4],
    ],
  );
  const [unknown] = await lint(`-- backend-gate-ignore no-such-rule: typo\nSELECT 1;`);
  assert.match(unknown.message, /unknown rule `no-such-rule`/);
});
