// renaming-column, renaming-table, ban-drop-column, ban-drop-table, ban-drop-database, ban-truncate-cascade
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HDR, lint, ruleIds } from './lint-helpers.js';

test('renames of existing columns and tables break running code', async () => {
  const findings = await lint(
    `${HDR}ALTER TABLE users RENAME COLUMN name TO full_name;\nALTER TABLE users RENAME TO people;`,
  );
  assert.deepEqual(
    findings.map((f) => f.rule),
    ['renaming-column', 'renaming-table'],
  );
  assert.match(findings[0].message, /`users.name` to `full_name`/);
  assert.deepEqual(await ruleIds(`${HDR}CREATE TABLE tmp (a int8);\nALTER TABLE tmp RENAME COLUMN a TO b;`), []);
});

test('drops of columns, tables and databases', async () => {
  assert.deepEqual(
    await ruleIds(`${HDR}ALTER TABLE users DROP COLUMN legacy;\nDROP TABLE old_events;\nDROP DATABASE prod;`),
    ['ban-drop-column', 'ban-drop-table', 'ban-drop-database'],
  );
  assert.deepEqual(await ruleIds(`${HDR}CREATE TABLE scratch (a int8);\nDROP TABLE scratch;`), []);
});

test('ban-truncate-cascade: CASCADE is flagged, a plain TRUNCATE is not', async () => {
  assert.deepEqual(await ruleIds(`${HDR}TRUNCATE orders CASCADE;`), ['ban-truncate-cascade']);
  assert.deepEqual(await ruleIds(`${HDR}TRUNCATE staging_import;`), []);
});
