import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeSql } from '../../../src/migrations/lint/normalize.js';

test('normalizeSql lower-cases, collapses whitespace, drops it before punctuation and trailing semicolons', () => {
  assert.equal(normalizeSql('CREATE  INDEX i\n  ON orders ( user_id ) ;'), 'create index i on orders( user_id)');
  assert.equal(normalizeSql('UPDATE t SET x = 1 ;\n;'), 'update t set x = 1');
  assert.equal(normalizeSql(' \t\r\n\f'), '');
});

test('normalizeSql keeps strings, quoted names and dollar bodies verbatim and drops comments', () => {
  assert.equal(
    normalizeSql(`  ALTER TABLE "Orders" ADD COLUMN note text DEFAULT 'It''s  OK';`),
    `alter table "Orders" add column note text default 'It''s  OK'`,
  );
  assert.equal(
    normalizeSql("SELECT E'a\\'b  C', $$ Body  $$, $tag$ X $tag$ FROM t -- comment\n WHERE a = 1 /* c /* n */ */;;"),
    "select e'a\\'b  C', $$ Body  $$, $tag$ X $tag$ from t where a = 1",
  );
  assert.equal(normalizeSql("insert into café (naïve) values ('Ü');"), "insert into café(naïve) values('Ü')");
  assert.equal(normalizeSql("SELECT 'unterminated  X"), "select 'unterminated  X");
});

test('plain statements (the fast path) and the same statements with comments (the tokenizer) normalize alike', () => {
  const plain = [
    'CREATE INDEX i ON t (a)',
    'ALTER TABLE t\n  ADD COLUMN c int ,\n  ALTER COLUMN d SET NOT NULL;',
    'x-y / z',
  ];
  for (const sql of plain) {
    const commented = sql.replace(' ', ' /* why */ ').replace(/$/, ' -- note');
    assert.notEqual(commented, sql);
    assert.equal(normalizeSql(commented), normalizeSql(sql), sql);
  }
  assert.equal(normalizeSql('x-y / z'), 'x-y / z');
});
