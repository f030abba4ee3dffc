import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../../src/errors.js';
import { DEMO_MIGRATIONS, ROOT, project, runMigrationsMode } from './helpers.js';

const V2 = path.join(ROOT, 'fixtures/migrations/diff-demo/v2.sql');

test('demo: migrations diff starts its own PostgreSQL, writes a verified migration + rollback to --output', async () => {
  const p = project({}, { 'db/migrations': DEMO_MIGRATIONS, 'schema/v2.sql': V2 });
  try {
    const { report, log } = await runMigrationsMode(p.dir, ['diff'], {
      dir: 'db/migrations',
      compare: 'schema/v2.sql',
      output: 'out',
      slug: 'orders v2',
      postgres: 'embedded',
    });
    const written = readdirSync(path.join(p.dir, 'out')).sort();
    assert.equal(written.length, 2);
    assert.match(written[0], /^\d{14}_orders_v2\.sql$/);
    assert.equal(written[1], written[0].replace(/\.sql$/, '_rollback.sql'));
    // Seed-like lines: what was generated, where, and that it was verified.
    assert.deepEqual(report.details, [
      `Generated migration: out/${written[0]}`,
      `Generated rollback: out/${written[1]}`,
      'Verified: applying it yields the schema of schema/v2.sql; the rollback restores the current schema.',
    ]);
    assert.equal(report.metrics['schema-diff-verified'], 1);
    const up = readFileSync(path.join(p.dir, 'out', written[0]), 'utf8');
    for (const statement of [
      'ALTER TABLE public.users ADD COLUMN display_name text;',
      'ALTER TABLE public.orders ADD COLUMN shipped_at timestamp with time zone;',
      'CREATE INDEX CONCURRENTLY orders_user_id_idx ON public.orders USING btree (user_id);',
      'DROP INDEX CONCURRENTLY public.orders_created_at_idx;',
    ]) {
      assert.ok(up.includes(statement), `missing from the migration: ${statement}\n${up}`);
    }
    assert.match(up, /CREATE TABLE public\.products \(/);
    const destructive = report.findings.filter((f) => f.rule === 'schema-diff-destructive');
    assert.deepEqual(
      destructive.map((f) => f.message),
      ['The generated migration drops index public.orders_created_at_idx: queries that used it may slow down.'],
    );
    const rollback = readFileSync(path.join(p.dir, 'out', written[1]), 'utf8');
    assert.match(rollback, /DROP TABLE public\.products;/);
    // The migrations folder is left as it was; the embedded server was started for this run.
    assert.equal(readdirSync(path.join(p.dir, 'db/migrations')).length, 4);
    assert.ok(
      log.lines.some((l) => /^PostgreSQL 18\.\d+ \(embedded\) ready$/.test(l)),
      log.lines.join('\n'),
    );
  } finally {
    p.remove();
  }
});

test('migrations diff without --compare is a usage error naming the flag', async () => {
  const p = project({}, { migrations: DEMO_MIGRATIONS });
  try {
    await assert.rejects(
      runMigrationsMode(p.dir, ['diff'], { postgres: 'embedded' }),
      (e: unknown) =>
        e instanceof ConfigurationError && /needs the schema to reach: --compare schema\/v2\.sql/.test(e.message),
    );
  } finally {
    p.remove();
  }
});
