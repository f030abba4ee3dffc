/**
 * A normalized catalog dump: what a schema is, without OIDs, column positions or sequence
 * values, as sorted JSON. Two databases with equal dumps have the same schema for every object
 * kind listed here. It is written apart from catalog.ts on purpose: verification must not share
 * the diff's blind spots, so it reads more (domains, aggregates, policies, every comment) than
 * the diff handles, and an object the diff ignores shows up as a difference.
 */
import type pg from 'pg';
import { userSchema } from './catalog.js';

export type CatalogDump = Record<string, Record<string, unknown>>;

const member = (cls: string, oid: string): string =>
  `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = '${cls}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`;

/** Each query returns (key, value) rows; value is any JSON. */
const SECTIONS: Record<string, string> = {
  schemas: `SELECT n.nspname AS key, to_jsonb(pg_catalog.pg_get_userbyid(n.nspowner) IS NOT NULL) AS value
    FROM pg_catalog.pg_namespace n WHERE ${userSchema('n')} AND ${member('pg_namespace', 'n.oid')}`,
  extensions: `SELECT e.extname AS key, jsonb_build_object('schema', n.nspname, 'version', e.extversion) AS value
    FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace`,
  types: `SELECT format('%s.%s', n.nspname, t.typname) AS key, jsonb_build_object(
      'type', t.typtype,
      'labels', (SELECT jsonb_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid),
      'base', CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END,
      'notNull', t.typnotnull,
      'default', t.typdefault,
      'checks', (SELECT jsonb_agg(pg_catalog.pg_get_constraintdef(c.oid) ORDER BY c.conname) FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid),
      'attributes', CASE WHEN t.typtype = 'c' THEN (SELECT jsonb_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)
                      FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END) AS value
    FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
    LEFT JOIN pg_catalog.pg_class r ON r.oid = t.typrelid
    WHERE t.typtype IN ('e', 'd', 'c', 'r', 'm') AND (r.oid IS NULL OR r.relkind = 'c') AND ${userSchema('n')} AND ${member('pg_type', 't.oid')}`,
  relations: `SELECT format('%s.%s', n.nspname, c.relname) AS key, jsonb_build_object(
      'kind', c.relkind, 'persistence', c.relpersistence, 'options', c.reloptions,
      'definition', CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,
      'partitioned', CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
      'inherits', (SELECT jsonb_agg(format('%s.%s', pn.nspname, pc.relname) ORDER BY 1) FROM pg_catalog.pg_inherits i
                   JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                   WHERE i.inhrelid = c.oid),
      'rowSecurity', c.relrowsecurity) AS value
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${userSchema('n')} AND ${member('pg_class', 'c.oid')}`,
  columns: `SELECT format('%s.%s.%s', n.nspname, c.relname, a.attname) AS key, jsonb_build_object(
      'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull,
      'default', pg_catalog.pg_get_expr(d.adbin, d.adrelid), 'identity', a.attidentity, 'generated', a.attgenerated,
      'collation', CASE WHEN a.attcollation <> t.typcollation THEN co.collname END) AS value
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      AND ${userSchema('n')} AND ${member('pg_class', 'c.oid')}`,
  constraints: `SELECT format('%s.%s.%s', n.nspname, c.relname, co.conname) AS key, jsonb_build_object(
      'type', co.contype, 'definition', pg_catalog.pg_get_constraintdef(co.oid), 'validated', co.convalidated,
      'deferrable', co.condeferrable, 'deferred', co.condeferred) AS value
    FROM pg_catalog.pg_constraint co JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE co.contype <> 'n' AND ${userSchema('n')} AND ${member('pg_class', 'c.oid')}`,
  indexes: `SELECT format('%s.%s', n.nspname, i.relname) AS key, jsonb_build_object(
      'definition', pg_catalog.pg_get_indexdef(i.oid), 'valid', x.indisvalid, 'primary', x.indisprimary,
      'clustered', x.indisclustered, 'replicaIdentity', x.indisreplident) AS value
    FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
    JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
    WHERE ${userSchema('n')} AND ${member('pg_class', 't.oid')}`,
  sequences: `SELECT format('%s.%s', n.nspname, c.relname) AS key, jsonb_build_object(
      'type', pg_catalog.format_type(s.seqtypid, NULL), 'start', s.seqstart, 'increment', s.seqincrement,
      'min', s.seqmin, 'max', s.seqmax, 'cache', s.seqcache, 'cycle', s.seqcycle,
      'ownedBy', (SELECT format('%s.%s.%s', tn.nspname, t.relname, a.attname) FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_class t ON t.oid = d.refobjid JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i'))) AS value
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
    WHERE ${userSchema('n')} AND ${member('pg_class', 'c.oid')}`,
  routines: `SELECT format('%s.%s(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) AS key,
      jsonb_build_object('kind', p.prokind,
        'definition', CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END,
        'result', pg_catalog.pg_get_function_result(p.oid)) AS value
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    WHERE ${userSchema('n')} AND ${member('pg_proc', 'p.oid')}`,
  triggers: `SELECT format('%s.%s.%s', n.nspname, c.relname, t.tgname) AS key,
      jsonb_build_object('definition', pg_catalog.pg_get_triggerdef(t.oid), 'enabled', t.tgenabled) AS value
    FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT t.tgisinternal AND ${userSchema('n')} AND ${member('pg_class', 'c.oid')}`,
  policies: `SELECT format('%s.%s.%s', n.nspname, c.relname, p.polname) AS key, jsonb_build_object(
      'command', p.polcmd, 'permissive', p.polpermissive,
      'using', pg_catalog.pg_get_expr(p.polqual, p.polrelid), 'check', pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)) AS value
    FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE ${userSchema('n')}`,
  comments: `SELECT pg_catalog.pg_describe_object(d.classoid, d.objoid, d.objsubid) AS key, to_jsonb(d.description) AS value
    FROM pg_catalog.pg_description d,
    LATERAL pg_catalog.pg_identify_object(d.classoid, d.objoid, d.objsubid) o
    WHERE ((o.schema IS NOT NULL AND o.schema NOT IN ('pg_catalog', 'information_schema') AND o.schema !~ '^pg_(toast|temp_)')
       OR (o.type = 'schema' AND o.identity NOT IN ('pg_catalog', 'information_schema')))
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = d.classoid AND e.objid = d.objoid AND e.deptype = 'e')`,
};

/** Reads the normalized dump of the database the client is connected to. */
export async function dumpCatalog(client: pg.Client): Promise<CatalogDump> {
  await client.query("SET search_path = ''");
  const dump: CatalogDump = {};
  for (const [section, sql] of Object.entries(SECTIONS)) {
    const rows = (await client.query<{ key: string; value: unknown }>(sql)).rows;
    rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const out: Record<string, unknown> = {};
    for (const r of rows) out[r.key] = r.value;
    dump[section] = out;
  }
  return dump;
}

/** Differences between two dumps, one line each ('columns public.t.c: only in target'), at most `limit`. */
export function compareDumps(actual: CatalogDump, expected: CatalogDump, limit = 20): string[] {
  const out: string[] = [];
  for (const section of Object.keys(expected)) {
    const a = actual[section] ?? {};
    const e = expected[section] ?? {};
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(e)])].sort()) {
      if (out.length >= limit) return out;
      if (!(key in a)) out.push(`${section} ${key}: missing`);
      else if (!(key in e)) out.push(`${section} ${key}: unexpected`);
      else if (JSON.stringify(a[key]) !== JSON.stringify(e[key])) {
        out.push(`${section} ${key}: ${JSON.stringify(a[key])} ≠ expected ${JSON.stringify(e[key])}`);
      }
    }
  }
  return out;
}
