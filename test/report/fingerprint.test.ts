import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import { fingerprint, sha256Hex, streamedSha256Hex } from '../../src/report/fingerprint.js';

/** How fingerprints were computed before crypto.hash: one Hash object fed part by part. */
function incrementalFingerprint(rule: string, ...subject: (string | number | undefined)[]): string {
  const h = crypto.createHash('sha256');
  h.update(rule);
  for (const part of subject) h.update('\u0000' + String(part ?? ''));
  return `${rule}:${h.digest('hex').slice(0, 16)}`;
}

const SUBJECTS: [string, ...(string | number | undefined)[]][] = [
  ['foreign-key-without-index', 'public.orders', 'user_id'],
  ['response-property-removed', 'GET /users/{id}', '200', 'application/json', '#/properties/name'],
  ['p99-threshold', 'list users', 250],
  ['empty-parts', '', '', undefined, ''],
  ['no-subject'],
  ['non-ascii', 'public.bestellungen', 'größe', '注文', 'émoji 🚀', 'ß\u0301'],
  ['lone-surrogates', '\ud83d', '\ude80', 'a\ud800b'],
  ['', ''],
];

test('fingerprints are byte-identical to the incremental createHash ones, non-ASCII and empty parts included', () => {
  for (const [rule, ...subject] of SUBJECTS)
    assert.equal(
      fingerprint(rule, ...subject),
      incrementalFingerprint(rule, ...subject),
      JSON.stringify([rule, subject]),
    );
  // A pinned value (computed by the code before this change), so a change of the scheme itself is caught too.
  assert.equal(
    fingerprint('foreign-key-without-index', 'public.orders', 'user_id'),
    'foreign-key-without-index:93a00d76198010b4',
  );
});

test('the one-shot crypto.hash path and the createHash fallback give the same digest', () => {
  // Node 20.12 and later have crypto.hash; on an older Node both names are the fallback.
  const hasOneShot = typeof (crypto as { hash?: unknown }).hash === 'function';
  assert.equal(sha256Hex === streamedSha256Hex, !hasOneShot, 'crypto.hash is used exactly when Node has it');
  for (const text of ['', 'a', 'größe\u0000注文', '🚀'.repeat(1000), '\ud83d\u0000\ude80', 'x'.repeat(100_000)])
    assert.equal(sha256Hex(text), streamedSha256Hex(text), JSON.stringify(text.slice(0, 20)));
});
