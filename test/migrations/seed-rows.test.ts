/**
 * Generated seed rows skip the foreign-key checks of a table whose keys they take from the
 * referenced tables (replica mode, about half the insert time), yet every key they write exists,
 * a table with a trigger of its own still has it fired, and the session is back in its normal
 * mode afterwards (the PR's statements must fire every trigger).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../src/log.js';
import { seedTables } from '../../src/migrations/seed.js';
import { connect } from '../../src/postgres/index.js';
import { scratchDatabase } from '../helpers/postgres.js';

test('seeded foreign keys all exist, a user trigger still fires, and the session leaves replica mode', async () => {
  const db = await scratchDatabase('seed-rows');
  const client = await connect(db.url);
  try {
    await client.query(`
      CREATE TABLE parent (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
      CREATE TABLE child (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                          parent_id bigint NOT NULL REFERENCES parent (id), note text);
      CREATE TABLE stamped (id int PRIMARY KEY, parent_id bigint REFERENCES parent (id), stamp text NOT NULL);
      CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.stamp := 'by trigger'; RETURN NEW; END $$;
      CREATE TRIGGER stamped_stamp BEFORE INSERT ON stamped FOR EACH ROW EXECUTE FUNCTION stamp();
      INSERT INTO parent (name) SELECT 'p' || g FROM generate_series(1, 50) g;`);
    const seeded = await seedTables(client, ['"child"', '"stamped"'], 2000, silentLogger);
    assert.deepEqual(seeded.map((s) => [s.table, s.inserted, s.skipped]).sort(), [
      ['public.child', 2000, undefined],
      ['public.parent', 0, undefined],
      ['public.stamped', 2000, undefined],
    ]);
    const orphans = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM child c LEFT JOIN parent p ON p.id = c.parent_id WHERE p.id IS NULL`,
    );
    assert.equal(orphans.rows[0].n, 0);
    const stamps = await client.query<{ stamp: string; n: number }>(
      'SELECT stamp, count(*)::int AS n FROM stamped GROUP BY stamp',
    );
    assert.deepEqual(stamps.rows, [{ stamp: 'by trigger', n: 2000 }]);
    const mode = await client.query<{ mode: string }>("SELECT current_setting('session_replication_role') AS mode");
    assert.equal(mode.rows[0].mode, 'origin');
    // Foreign keys are checked again: a missing parent is refused.
    await assert.rejects(client.query('INSERT INTO child (parent_id) VALUES (999999)'), /foreign key constraint/);
  } finally {
    await client.end();
    await db.drop();
  }
});
