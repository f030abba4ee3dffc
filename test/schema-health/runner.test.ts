import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigurationError } from '../../src/errors.js';
import { runSchemaHealthChecks, schemaHealthChecks, selectChecks } from '../../src/schema-health/index.js';
import { connect } from '../../src/postgres/index.js';
import { schemaHealthHarness } from './harness.js';

const h = schemaHealthHarness();

test('the registry holds at least 15 checks with unique kebab-case ids, a severity and a doc line', () => {
  assert.ok(schemaHealthChecks.length >= 15, `${schemaHealthChecks.length} checks`);
  const ids = schemaHealthChecks.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const c of schemaHealthChecks) {
    assert.match(c.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(['error', 'warning', 'notice'].includes(c.severity));
    assert.ok(c.doc.length > 20, c.id);
  }
});

test('selectChecks: only / skip pick checks, an unknown id names the known ones', () => {
  assert.deepEqual(
    selectChecks({ only: ['invalid-index', 'json-column'] }).map((c) => c.id),
    ['invalid-index', 'json-column'],
  );
  assert.ok(!selectChecks({ skip: ['json-column'] }).some((c) => c.id === 'json-column'));
  assert.throws(
    () => selectChecks({ only: ['no-such-check'] }),
    (e: Error) =>
      e instanceof ConfigurationError && /unknown schema-health check 'no-such-check'.*duplicate-index/.test(e.message),
  );
});

test('runSchemaHealthChecks on a messy schema: each finding has rule, fingerprint, message naming the table, and data', async () => {
  const findings = await h.withSchema(async (db, schema) => {
    for (const sql of [
      'CREATE TABLE users (id serial PRIMARY KEY, email text, payload json, created_at timestamp)',
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id int REFERENCES users (id))',
      'CREATE INDEX orders_user ON orders (user_id)',
      'CREATE INDEX orders_user_again ON orders (user_id)',
      'CREATE TABLE audit_log (at timestamptz, line text)',
    ]) {
      await db.client.query(sql);
    }
    return runSchemaHealthChecks({ db: db.client, schemas: [schema] });
  });
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  for (const expected of [
    'duplicate-index',
    'integer-key-overflow-risk',
    'json-column',
    'table-without-primary-key',
    'timestamp-without-time-zone',
  ]) {
    assert.ok(rules.includes(expected), `${expected} in ${rules.join(', ')}`);
  }
  for (const f of findings) {
    assert.match(f.fingerprint, new RegExp(`^${f.rule}:[0-9a-f]{16}$`));
    assert.match(f.message, /users|orders|audit_log/);
    assert.equal(typeof f.data?.table, 'string');
  }
  assert.equal(new Set(findings.map((f) => f.fingerprint)).size, findings.length, 'fingerprints are unique');
});

test('sourceOf places findings at the migration file that created the table', async () => {
  const build = ['CREATE TABLE events (at timestamp, kind text)'];
  const run = () =>
    h.withSchema(async (db, schema) => {
      for (const sql of build) await db.client.query(sql);
      const found = await runSchemaHealthChecks(
        {
          db: db.client,
          schemas: [schema],
          sourceOf: (name) => (name.endsWith('.events') ? { file: 'migrations/001.sql', line: 3 } : undefined),
        },
        { only: ['table-without-primary-key', 'timestamp-without-time-zone'] },
      );
      return found.map((f) => ({ rule: f.rule, location: f.location, columns: f.data?.columns }));
    });
  const first = await run();
  assert.deepEqual(first, [
    { rule: 'table-without-primary-key', location: { file: 'migrations/001.sql', line: 3 }, columns: undefined },
    { rule: 'timestamp-without-time-zone', location: { file: 'migrations/001.sql', line: 3 }, columns: ['at'] },
  ]);
});

test('spread over more sessions, the checks find the same, in the same order; an empty scope needs one query', async () => {
  await h.withSchema(async (db, schema) => {
    const ctx = { db: db.client, schemas: [schema] };
    assert.deepEqual(await runSchemaHealthChecks(ctx), [], 'empty schema: nothing found');
    for (const sql of [
      'CREATE TABLE users (id serial PRIMARY KEY, email char(20), payload json, paid money, created_at timestamp)',
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id int REFERENCES users (id))',
      'CREATE INDEX orders_user ON orders (user_id)',
      'CREATE INDEX orders_user_again ON orders (user_id)',
    ]) {
      await db.client.query(sql);
    }
    const others = await Promise.all([connect(db.url), connect(db.url)]);
    try {
      for (const o of others) await o.query(`SET search_path = ${schema}, public`);
      const alone = await runSchemaHealthChecks(ctx);
      const spread = await runSchemaHealthChecks(ctx, { sessions: others });
      assert.deepEqual(spread, alone);
      const rules = alone.map((f) => f.rule);
      for (const r of [
        'char-column',
        'json-column',
        'money-column',
        'timestamp-without-time-zone',
        'duplicate-index',
      ]) {
        assert.ok(rules.includes(r), `${r} in ${rules.join(', ')}`);
      }
      // Registry order, whichever session finished first.
      const order = schemaHealthChecks.map((c) => c.id);
      assert.deepEqual(
        rules.map((r) => order.indexOf(r)),
        [...rules.map((r) => order.indexOf(r))].sort((a, b) => a - b),
      );
    } finally {
      await Promise.all(others.map((o) => o.end()));
    }
  });
});
