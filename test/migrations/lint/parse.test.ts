import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  loadParser,
  parseFilesSync,
  parseFileSync,
  splitStatements,
  SqlSyntaxError,
} from '../../../src/migrations/lint/parse.js';

test('statements are cut by UTF-8 byte offsets, so non-ASCII comments do not shift them', async () => {
  const sql =
    '-- café 🚀 naïve\nCREATE INDEX CONCURRENTLY i ON t (a);\n/* ü */ ALTER TABLE t ADD COLUMN c int;\nSELECT 1';
  const stmts = await splitStatements(sql);
  assert.deepEqual(
    stmts.map((s) => s.text),
    ['CREATE INDEX CONCURRENTLY i ON t (a)', 'ALTER TABLE t ADD COLUMN c int', 'SELECT 1'],
  );
  assert.deepEqual(
    stmts.map((s) => [s.startLine, s.startColumn, s.endLine]),
    [
      [2, 1],
      [3, 9],
      [4, 1],
    ].map(([l, c]) => [l, c, l]),
  );
  const bytes = Buffer.from(sql);
  for (const s of stmts) assert.equal(bytes.subarray(s.byteStart, s.byteEnd).toString(), s.text);
  assert.equal(stmts[0].byteStart, Buffer.byteLength('-- café 🚀 naïve\n'));
  assert.equal(stmts[0].kind, 'IndexStmt');
});

test('a multi-line statement reports its first and last line; a first statement at offset 0 is kept', async () => {
  const stmts = await splitStatements('CREATE TABLE t (\n  id bigint,\n  name text\n);\nDROP TABLE u;');
  assert.deepEqual(
    stmts.map((s) => [s.kind, s.startLine, s.endLine, s.byteStart]),
    [
      ['CreateStmt', 1, 4, 0],
      ['DropStmt', 5, 5, 45],
    ],
  );
});

test('an empty or comment-only file has no statements', async () => {
  assert.deepEqual(await splitStatements(''), []);
  assert.deepEqual(await splitStatements('-- nothing here\n/* still nothing */\n'), []);
});

test('a syntax error points at the offending token by line and column, after non-ASCII text', async () => {
  await loadParser();
  assert.throws(
    () => parseFileSync('-- é🚀\nSELECT 1;\n  SELEC 2;'),
    (e: unknown) => e instanceof SqlSyntaxError && e.line === 3 && e.column === 3 && /SELEC/.test(e.message),
  );
});

test('batched parsing gives the same statements as one file at a time, and falls back on bad files', async () => {
  await loadParser();
  const files = [
    '-- é\nCREATE INDEX i ON t (a);\nSELECT 1',
    'ALTER TABLE t ADD COLUMN c int; /* unterminated comment',
    "INSERT INTO t VALUES ('🚀');",
    'SELEC broken;',
    '',
  ];
  const strip = (x: unknown) =>
    JSON.stringify(x, (k, v) => (k === 'ast' || k === 'astOffset' || k === 'bytes' ? undefined : v));
  const batched = parseFilesSync(files);
  for (let i = 0; i < files.length; i++) {
    let single: unknown;
    try {
      single = parseFileSync(files[i]);
    } catch (e) {
      single = e;
    }
    assert.equal(strip(batched[i]), strip(single), `file ${i}`);
  }
  assert.ok(batched[1] instanceof SqlSyntaxError);
  assert.ok(batched[3] instanceof SqlSyntaxError);
  // Valid files only: one batch, AST locations shifted but statements identical.
  const good = [files[0], files[2], 'SELECT 2'];
  const b2 = parseFilesSync(good);
  assert.deepEqual(
    b2.map((p) => (p instanceof SqlSyntaxError ? [] : p.statements.map((s) => s.text))),
    [['CREATE INDEX i ON t (a)', 'SELECT 1'], ["INSERT INTO t VALUES ('🚀')"], ['SELECT 2']],
  );
  const third = b2[2];
  assert.ok(!(third instanceof SqlSyntaxError) && third.statements[0].astOffset > 0);
});

test('names and strings in the parse tree keep their non-ASCII characters (and ASCII trees decode alike)', async () => {
  await loadParser();
  const [add, drop] = parseFileSync(`ALTER TYPE humeur ADD VALUE 'café 🚀';\nDROP DATABASE "naïve_db";`).statements;
  assert.deepEqual(add.ast, {
    AlterEnumStmt: { typeName: [{ String: { sval: 'humeur' } }], newVal: 'café 🚀', newValIsAfter: true },
  });
  assert.equal((drop.ast as { DropdbStmt: { dbname: string } }).DropdbStmt.dbname, 'naïve_db');
  const [ascii] = parseFileSync(`ALTER TYPE humeur ADD VALUE 'cafe';`).statements;
  assert.deepEqual(ascii.ast, {
    AlterEnumStmt: { typeName: [{ String: { sval: 'humeur' } }], newVal: 'cafe', newValIsAfter: true },
  });
});
