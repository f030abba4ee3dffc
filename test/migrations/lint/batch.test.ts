import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintMigrationFileSync, lintMigrationFilesSync, loadParser } from '../../../src/migrations/lint/index.js';
import { parseFileBatches } from '../../../src/migrations/lint/parse.js';
import { generateCorpus } from '../../../bench/migrations-lint/corpus.js';

test('linting many files in batches gives exactly the findings of linting each file alone', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-batch-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // 300 generated files (~100 KiB) span more than one parser batch; a broken file and one that
  // ends inside a comment force the file-by-file fallback for their batch.
  const inputs = generateCorpus(dir, 300, 11).map((file) => ({ file, sql: readFileSync(file, 'utf8') }));
  inputs.splice(40, 0, { file: 'broken.sql', sql: 'ALTER TABLE t ADD COLUMN;' });
  inputs.splice(250, 0, { file: 'open-comment.sql', sql: 'CREATE INDEX i ON t (a); /* never closed' });
  await loadParser();

  const batches = [...parseFileBatches(inputs.map((i) => i.sql))];
  assert.ok(batches.length >= 2, `expected several batches, got ${batches.length}`);
  assert.equal(
    batches.reduce((n, b) => n + b.files.length, 0),
    inputs.length,
  );

  const batched = lintMigrationFilesSync(inputs);
  const alone = inputs.map((i) => lintMigrationFileSync(i.sql, i.file));
  assert.deepEqual(batched, alone);
  assert.equal(batched[40][0].rule, 'syntax-error');
  assert.equal(batched[250][0].rule, 'syntax-error');
  assert.ok(batched.flat().length > 500, `expected a realistic number of findings, got ${batched.flat().length}`);
});

test('a file of a batch can say whether its tool wraps it in a transaction, also from its statements', async () => {
  await loadParser();
  const cic = 'CREATE INDEX CONCURRENTLY i ON t (a);';
  const inputs = [
    { file: 'alone.sql', sql: cic, inTransaction: (s: readonly unknown[]) => s.length > 1 },
    { file: 'two.sql', sql: `${cic}\nSELECT 1;`, inTransaction: (s: readonly unknown[]) => s.length > 1 },
    { file: 'wrapped.sql', sql: cic, inTransaction: true },
    { file: 'default.sql', sql: cic },
  ];
  const banned = lintMigrationFilesSync(inputs, { inTransaction: false }).map((f) =>
    f.some((x) => x.rule === 'ban-concurrent-index-creation-in-transaction'),
  );
  assert.deepEqual(banned, [false, true, true, false]);
  assert.deepEqual(lintMigrationFilesSync([inputs[1]], { inTransaction: false }), [
    lintMigrationFileSync(inputs[1].sql, 'two.sql', { inTransaction: true }),
  ]);
});
