import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintMigrationFile, lintMigrationFiles, RULES } from '../../../src/migrations/lint/index.js';
import { HDR, lint } from './lint-helpers.js';

test('a finding has rule, severity, location with end line, fingerprint and fix', async () => {
  const [f] = await lint(`${HDR}\n-- 🚀 speed up lookups\nCREATE INDEX orders_user_idx\n  ON orders (user_id);`);
  assert.deepEqual(
    { rule: f.rule, severity: f.severity, location: f.location },
    {
      rule: 'require-concurrent-index-creation',
      severity: 'warning',
      location: { file: 'db/migrations/20240101_test.sql', line: 5, column: 1, endLine: 6 },
    },
  );
  assert.match(f.fingerprint, /^require-concurrent-index-creation:[0-9a-f]{16}$/);
  assert.equal(f.fix?.text, 'CREATE INDEX CONCURRENTLY orders_user_idx\n  ON orders (user_id);');
  assert.deepEqual(f.data, { lock: 'SHARE', table: 'orders', statement: 3 });
});

test('fingerprints survive unrelated edits, moves, reformatting and comments, but not a different file name', async () => {
  const fp = async (sql: string, file = 'db/001_add_index.sql') =>
    (await lintMigrationFile(sql, file, { exclude: ['prefer-robust-stmts'] })).find(
      (f) => f.rule === 'require-concurrent-index-creation',
    )?.fingerprint;
  const a = await fp(`${HDR}CREATE INDEX i ON orders (user_id);`);
  assert.ok(a);
  assert.equal(await fp(`${HDR}SELECT 1;\n\n-- note\ncreate   index i\n  on orders(user_id /* fk */);`), a);
  assert.equal(await fp(`${HDR}CREATE INDEX i ON orders (user_id);`, 'other/dir/001_add_index.sql'), a);
  assert.notEqual(await fp(`${HDR}CREATE INDEX i ON orders (user_id);`, 'db/002_other.sql'), a);
  assert.notEqual(await fp(`${HDR}CREATE INDEX i ON orders (account_id);`), a);
});

test('a syntax error is one finding with the file, line and column', async () => {
  const findings = await lintMigrationFile(
    '-- é\nCREATE TABLE t (id bigint);\nALTER TABLE t ADD COLUM x int;',
    'm.sql',
  );
  assert.deepEqual(
    findings.map((f) => [f.rule, f.severity, f.location]),
    [['syntax-error', 'error', { file: 'm.sql', line: 3, column: 27 }]],
  );
  // `COLUM x` reads as a column named colum of type x, so the parser stops at `int`.
  assert.match(findings[0].message, /syntax error at or near "int"/);
});

test('lintMigrationFiles returns the same findings as linting each file alone', async () => {
  const inputs = [
    { file: 'a.sql', sql: `CREATE INDEX i ON orders (a);` },
    { file: 'b.sql', sql: `-- é\nALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid();` },
    { file: 'c.sql', sql: `SELEC 1;` },
    { file: 'd.sql', sql: `/* unterminated` },
  ];
  const batched = await lintMigrationFiles(inputs);
  const single = await Promise.all(inputs.map((i) => lintMigrationFile(i.sql, i.file)));
  assert.deepEqual(batched, single);
  assert.equal(batched[2][0].rule, 'syntax-error');
});

test('the rule table: unique kebab-case ids, one file per rule, doc, why and fix hint filled', async () => {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(new URL('../../../src/migrations/lint/rules/', import.meta.url))
    .filter((f) => f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  assert.deepEqual(RULES.map((r) => r.id).sort(), files);
  for (const r of RULES) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(r.doc && r.why.length > 40 && r.fixHint, r.id);
  }
});
