import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigurationError } from '../../../src/errors.js';
import { indexFixFiles } from '../../../src/schema-health/index-fix.js';
import { fixLayoutFor, versionCounter } from '../../../src/migrations/subcommands/fix-layouts.js';

const NOW = new Date('2024-03-01T10:00:00Z');
const FIX = indexFixFiles(
  { schema: 'public', table: 'orders', columns: ['user_id'] },
  { reason: 'test', timestamp: '0' },
);

test('numbered layouts continue the numbering in its width; timestamps continue from now', () => {
  const sql = fixLayoutFor('sql', true);
  const next = versionCounter(sql, ['001_a.sql', '004_b.sql', '004_b_rollback.sql', 'README.md'], NOW);
  assert.deepEqual([next(), next()], ['005', '006']);
  const stamps = versionCounter(sql, ['20240101120000_init.sql'], NOW);
  assert.deepEqual([stamps(), stamps()], ['20240301100000', '20240301100001']);
  // A newest timestamp in the future (clock skew) still orders after it.
  assert.equal(versionCounter(sql, ['20300101000000_x.sql'], NOW)(), '20300101000001');
  assert.equal(versionCounter(sql, [], NOW)(), '20240301100000');
});

test('Flyway gets V and U files of the next major version', () => {
  const flyway = fixLayoutFor('flyway', true);
  const next = versionCounter(flyway, ['V1__init.sql', 'V3_2__orders.sql', 'U3_2__orders.sql', 'R__views.sql'], NOW);
  const version = next();
  assert.equal(version, '4');
  assert.deepEqual(
    flyway.files(version, 'add_index_orders_user_id', FIX).map((f) => f.name),
    ['V4__add_index_orders_user_id.sql', 'U4__add_index_orders_user_id.sql'],
  );
  assert.deepEqual(flyway.parse('V4__add_index_orders_user_id.sql'), {
    version: '4',
    slug: 'add_index_orders_user_id',
  });
});

test('layouts without a file pair to write get plain SQL files, but only outside the migrations folder', () => {
  assert.throws(
    () => fixLayoutFor('prisma', true),
    (e: unknown) => e instanceof ConfigurationError && /not for the prisma layout\. Pass --output DIR/.test(e.message),
  );
  assert.equal(fixLayoutFor('prisma', false).name, 'sql');
  assert.equal(fixLayoutFor('golang-migrate', true).parse('005_add_index_x.up.sql')?.slug, 'add_index_x');
  assert.equal(fixLayoutFor('sql', true).parse('005_add_index_x_rollback.sql'), undefined);
});
