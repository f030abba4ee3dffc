/**
 * A demo-like database for audit tests (users, orders with a foreign key lacking an index,
 * order_items, a large events table read by sequential scans), and checksums of its schema
 * and data so a test can prove an audit changed nothing.
 */
import type pg from 'pg';

export const DEMO_SCHEMA = [
  'CREATE EXTENSION IF NOT EXISTS pg_stat_statements',
  'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE)',
  `CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     user_id bigint NOT NULL REFERENCES users (id), status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE order_items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     order_id bigint NOT NULL REFERENCES orders (id), sku text NOT NULL, quantity int NOT NULL)`,
  'CREATE INDEX order_items_order_id_idx ON order_items (order_id)',
  'CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL)',
  'CREATE INDEX events_at_idx ON events (at)',
];

export const DEMO_DATA = [
  "INSERT INTO users (email) SELECT 'u' || g || '@example.com' FROM generate_series(1, 200) g",
  "INSERT INTO orders (user_id, status) SELECT 1 + g % 200, CASE WHEN g % 3 = 0 THEN 'paid' ELSE 'new' END FROM generate_series(1, 1000) g",
  "INSERT INTO order_items (order_id, sku, quantity) SELECT 1 + g % 1000, 'sku-' || (g % 50), 1 + g % 4 FROM generate_series(1, 3000) g",
  "INSERT INTO events (kind, at) SELECT 'kind-' || (g % 20), now() - g * interval '1 minute' FROM generate_series(1, 20000) g",
];

export async function createDemoDatabase(client: pg.Client): Promise<void> {
  for (const sql of [...DEMO_SCHEMA, ...DEMO_DATA]) await client.query(sql);
  await client.query('ANALYZE');
}

/**
 * ops.sessions left with 15,000 dead rows of 20,000 (autovacuum off for it). Reading its pages
 * would prune the dead rows, so nothing may scan it before the audit.
 */
export async function createBloatedTable(client: pg.Client): Promise<void> {
  await client.query('CREATE SCHEMA ops');
  await client.query(
    'CREATE TABLE ops.sessions (id bigint PRIMARY KEY, token text NOT NULL) WITH (autovacuum_enabled = false)',
  );
  await client.query('INSERT INTO ops.sessions SELECT g, md5(g::text) FROM generate_series(1, 20000) g');
  await client.query('DELETE FROM ops.sessions WHERE id % 4 <> 0');
  await client.query('SELECT pg_stat_force_next_flush()');
  await client.query('SELECT 1');
}

/** The application's traffic: lookups by unindexed columns, as the demo API does them. */
export async function runDemoTraffic(client: pg.Client, rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await client.query('SELECT id, status FROM orders WHERE user_id = $1', [1 + (i % 200)]);
    await client.query('SELECT count(*) FROM events WHERE kind = $1', [`kind-${i % 20}`]);
  }
  // Statistics are flushed when the session goes idle; ask for it now so other sessions see them.
  await client.query('SELECT pg_stat_force_next_flush()');
  await client.query('SELECT 1');
}

/** md5 over every user-visible catalog fact (relations, file nodes, columns, constraints, indexes, sequences, roles). */
export async function schemaChecksum(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ sum: string }>(`
    WITH user_rel AS (
      SELECT c.oid, c.relname, c.relkind, c.relfilenode, c.relpersistence, n.nspname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast')
    SELECT md5(string_agg(x, E'\\n' ORDER BY x)) AS sum FROM (
      SELECT format('rel %s.%s %s %s %s', nspname, relname, relkind, relfilenode, relpersistence) AS x FROM user_rel
      UNION ALL
      SELECT format('col %s.%s %s %s %s', r.nspname, r.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull)
        FROM pg_attribute a JOIN user_rel r ON r.oid = a.attrelid WHERE a.attnum > 0
      UNION ALL
      SELECT format('con %s %s %s %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid), k.convalidated)
        FROM pg_constraint k JOIN user_rel r ON r.oid = k.conrelid
      UNION ALL
      SELECT format('idx %s %s', pg_get_indexdef(i.indexrelid), i.indisvalid)
        FROM pg_index i JOIN user_rel r ON r.oid = i.indrelid
      UNION ALL
      SELECT format('seq %s.%s %s', schemaname, sequencename, last_value) FROM pg_sequences
      UNION ALL
      SELECT format('role %s %s', rolname, rolsuper) FROM pg_roles
      UNION ALL
      SELECT format('ext %s %s', extname, extversion) FROM pg_extension
    ) facts`);
  return rows[0].sum;
}

/** md5 of every row of every user table, in a stable order. */
export async function dataChecksum(client: pg.Client): Promise<string> {
  const tables = await client.query<{ t: string }>(
    `SELECT format('%I.%I', schemaname, relname) AS t FROM pg_stat_user_tables ORDER BY 1`,
  );
  const parts: string[] = [];
  for (const { t } of tables.rows) {
    const r = await client.query<{ sum: string }>(
      `SELECT md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS sum FROM ${t} x`,
    );
    parts.push(`${t}:${r.rows[0].sum}`);
  }
  return parts.join('\n');
}
