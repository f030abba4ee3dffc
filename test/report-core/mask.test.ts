import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Redactor, maskUrl } from '../../src/report/mask.js';

test('a registered URL password is masked everywhere, also URL-decoded', () => {
  const r = new Redactor();
  r.addUrl('postgres://app:p%40ss-w0rd@db.internal:5432/app');
  const out = r.redact(
    'connect failed: password "p@ss-w0rd" rejected; url=postgres://app:p%40ss-w0rd@db.internal:5432/app',
  );
  assert.ok(!out.includes('p@ss-w0rd') && !out.includes('p%40ss-w0rd'), out);
  assert.match(out, /postgres:\/\/app:\*\*\*@db\.internal/);
});

test('passwords in URLs nobody registered are masked by shape', () => {
  assert.equal(maskUrl('postgresql://u:hunter22@h/db'), 'postgresql://u:***@h/db');
  assert.equal(maskUrl('postgresql://u@h/db'), 'postgresql://u@h/db');
});

test('auth headers and tokens are masked', () => {
  const r = new Redactor();
  r.addHeaders({ Authorization: 'Bearer tok_abcdef123', 'x-trace': 'keep-me' });
  const out = r.redact(
    'sent Authorization: Bearer tok_abcdef123 and x-trace: keep-me, token=zzz999, ghp_0123456789abcdefghijABCDEFGHIJ',
  );
  assert.ok(!out.includes('tok_abcdef123'), out);
  assert.ok(!out.includes('zzz999'), out);
  assert.ok(!out.includes('ghp_0123456789'), out);
  assert.ok(out.includes('keep-me'));
});

test('redactValue masks strings deep inside objects and the onSecret hook is told', () => {
  const told: string[] = [];
  const r = new Redactor((s) => told.push(s));
  r.add('s3cr3t-value');
  const out = r.redactValue({ a: ['x s3cr3t-value y'], b: { c: 's3cr3t-value' }, n: 3 });
  assert.deepEqual(out, { a: ['x *** y'], b: { c: '***' }, n: 3 });
  assert.deepEqual(told, ['s3cr3t-value']);
});
