/**
 * Shared pieces of the schema-health checks: which schemas are in scope, identifier quoting,
 * the index list several checks read, and the one way a check turns a catalog row into a Finding.
 * Everything here issues catalog reads only, so it is safe inside a READ ONLY transaction.
 */
import { fingerprint } from '../report/fingerprint.js';
import type { Finding, Fix, Location, Severity } from '../report/types.js';
import type { CheckContext, SchemaHealthCheck } from './check.js';

/**
 * SQL predicate on a pg_namespace alias: the schemas in ctx.schemas ($1), or when $1 is NULL
 * every schema except the system ones. Every check query passes scopeParam(ctx) as $1.
 */
export function inScope(nsp = 'n'): string {
  return `(CASE WHEN $1::text[] IS NULL
     THEN ${nsp}.nspname NOT IN ('pg_catalog', 'information_schema') AND ${nsp}.nspname !~ '^pg_(toast|temp_)'
     ELSE ${nsp}.nspname = ANY($1::text[]) END)`;
}

/** SQL predicate: the pg_class row `rel` is not part of an extension (PostGIS tables are not ours to judge). */
export function notExtensionMember(rel = 'c'): string {
  return `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend ext
     WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.objid = ${rel}.oid AND ext.deptype = 'e')`;
}

/** SQL FROM items: each index (pg_index `i`, its pg_class `ic`) with its table `t` and the table's schema `n`. */
export const INDEX_WITH_TABLE = `pg_catalog.pg_index i
       JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace`;

/** SQL text[] of the key columns (not INCLUDE ones) of the pg_index `i`, as written: expressions too. */
export const INDEX_KEY_COLUMNS = `ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                      FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k)`;

export function scopeParam(ctx: CheckContext): string[] | null {
  return ctx.schemas && ctx.schemas.length > 0 ? ctx.schemas : null;
}

/** Quote an identifier the way PostgreSQL's quote_ident does. */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** schema.name, quoted where needed; the schema is omitted for `public` to keep fixes readable. */
export function qualify(schema: string, name: string): string {
  return schema === 'public' ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** schema.name as a person reads it (unquoted): used in messages and fingerprints. */
export function display(schema: string, name: string): string {
  return `${schema}.${name}`;
}

/** SQL string literal. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

// Reserved key words that cannot be used unquoted as column or table names (PostgreSQL 18).
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
    'leading limit localtime localtimestamp not null offset on only or order placing primary references returning ' +
    'select session_user some symmetric system_user table then to trailing true union unique user using variadic when where window with'
  ).split(' '),
);

export function locate(ctx: CheckContext, schema: string, table: string): Location | undefined {
  const source = ctx.sourceOf?.(display(schema, table)) ?? ctx.sourceOf?.(table);
  return source ? { file: source.file, line: source.line } : undefined;
}

export interface FindingParts {
  schema: string;
  table: string;
  /** Columns the finding is about, in order; part of the fingerprint. */
  columns?: string[];
  /** Further identity (index or constraint name) for the fingerprint. */
  subject?: string[];
  message: string;
  severity?: Severity;
  fix?: Fix;
  data?: Record<string, unknown>;
}

/** The one place a check builds a Finding, so rule, fingerprint and location stay uniform. */
export function makeFinding(
  check: Pick<SchemaHealthCheck, 'id' | 'severity'>,
  ctx: CheckContext,
  p: FindingParts,
): Finding {
  const finding: Finding = {
    rule: check.id,
    severity: p.severity ?? check.severity,
    message: p.message,
    fingerprint: fingerprint(check.id, display(p.schema, p.table), (p.columns ?? []).join(','), ...(p.subject ?? [])),
    data: { schema: p.schema, table: p.table, ...(p.columns ? { columns: p.columns } : {}), ...p.data },
  };
  const location = locate(ctx, p.schema, p.table);
  if (location) finding.location = location;
  if (p.fix) finding.fix = p.fix;
  return finding;
}

export function columnList(columns: string[]): string {
  return columns.length === 1 ? columns[0] : `(${columns.join(', ')})`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}

/** One index as several checks need it. Key columns are rendered by pg_get_indexdef (expressions too). */
export interface IndexInfo {
  schema: string;
  table: string;
  name: string;
  method: string;
  unique: boolean;
  primary: boolean;
  valid: boolean;
  /** Name of the constraint this index enforces (primary key, unique, exclusion), if any. */
  constraint: string | null;
  /** 'p' primary key, 'u' unique, 'x' exclusion, null when the index enforces no constraint. */
  constraintType: string | null;
  keyColumns: string[];
  includeColumns: string[];
  /** Per key column: operator class oid, collation oid, sort option bits; compared for equality. */
  opclasses: string[];
  collations: string[];
  options: string[];
  predicate: string | null;
  nullsNotDistinct: boolean;
  definition: string;
  bytes: number;
}

interface IndexRow extends Pick<
  IndexInfo,
  'schema' | 'table' | 'name' | 'method' | 'unique' | 'primary' | 'valid' | 'constraint' | 'predicate' | 'definition'
> {
  constraint_type: string | null;
  columns: string[];
  nkey: number;
  opclasses: string;
  collations: string;
  options: string;
  nulls_not_distinct: boolean | null;
  bytes: string;
}

/**
 * Whether the scope holds any relation at all (table, index, sequence, view, type…). Every check
 * judges relations in scope and what hangs on them, so without one there is nothing to find.
 */
export async function anyRelationInScope(ctx: CheckContext): Promise<boolean> {
  const { rows } = await ctx.db.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     WHERE ${inScope()}) AS found`,
    [scopeParam(ctx)],
  );
  return rows[0].found;
}

/** `read()` once per run of the checks (ctx.shared), else each time. Callers must not change what it returns. */
function sharedRead<T>(ctx: CheckContext, key: string, read: () => Promise<T>): Promise<T> {
  if (!ctx.shared) return read();
  let p = ctx.shared.get(key) as Promise<T> | undefined;
  if (!p) ctx.shared.set(key, (p = read()));
  return p;
}

/** Every index on a table or materialized view in scope (partitions' own indexes included). */
export function listIndexes(ctx: CheckContext): Promise<IndexInfo[]> {
  return sharedRead(ctx, 'indexes', () => readIndexes(ctx));
}

async function readIndexes(ctx: CheckContext): Promise<IndexInfo[]> {
  const { rows } = await ctx.db.query<IndexRow & Record<string, unknown>>(
    `SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name, am.amname AS method,
            i.indisunique AS unique, i.indisprimary AS primary, i.indisvalid AS valid,
            con.conname AS constraint, con.contype::text AS constraint_type,
            ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                    FROM generate_series(1, i.indnatts) AS k ORDER BY k) AS columns,
            i.indnkeyatts AS nkey,
            i.indclass::text AS opclasses, i.indcollation::text AS collations, i.indoption::text AS options,
            pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
            (pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct')::boolean AS nulls_not_distinct,
            pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
            pg_catalog.pg_relation_size(i.indexrelid) AS bytes
       FROM ${INDEX_WITH_TABLE}
       JOIN pg_catalog.pg_am am ON am.oid = ic.relam
       LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')
      WHERE t.relkind IN ('r', 'p', 'm') AND ${inScope()} AND ${notExtensionMember('t')}
      ORDER BY n.nspname, t.relname, ic.relname`,
    [scopeParam(ctx)],
  );
  return rows.map((r) => {
    const nkey = Number(r.nkey);
    const split = (s: string) => (s.trim() === '' ? [] : s.trim().split(/\s+/)).slice(0, nkey);
    return {
      schema: r.schema,
      table: r.table,
      name: r.name,
      method: r.method,
      unique: r.unique,
      primary: r.primary,
      valid: r.valid,
      constraint: r.constraint,
      constraintType: r.constraint_type,
      keyColumns: r.columns.slice(0, nkey),
      includeColumns: r.columns.slice(nkey),
      opclasses: split(r.opclasses),
      collations: split(r.collations),
      options: split(r.options),
      predicate: r.predicate,
      nullsNotDistinct: r.nulls_not_distinct === true,
      definition: r.definition,
      bytes: Number(r.bytes),
    };
  });
}

/** The index fix pair: drop concurrently (outside a transaction), and how to get it back. */
export function dropIndexFix(index: IndexInfo, why: string): Fix {
  return {
    description: `${why} Run outside a transaction block; the rollback is the original definition.`,
    text:
      `DROP INDEX CONCURRENTLY IF EXISTS ${qualify(index.schema, index.name)};\n` +
      `-- rollback: ${index.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY IF NOT EXISTS ')};`,
  };
}

export interface ColumnInfo {
  schema: string;
  table: string;
  column: string;
  type: string;
  nullable: boolean;
}

/**
 * Columns of ordinary and partitioned tables (not partitions: their parent is reported once)
 * whose type is one of `types` (regtype names such as 'json', 'money', 'timestamp without time zone').
 */
export async function columnsOfType(ctx: CheckContext, types: string[]): Promise<ColumnInfo[]> {
  if (ctx.shared) {
    // Several checks ask for a type each: one read of every column serves them all.
    const all = await sharedRead(ctx, 'columns', () => readColumns(ctx, null));
    return all.filter((c) => types.includes(c.regtype)).map(({ regtype: _, ...c }) => c);
  }
  return (await readColumns(ctx, types)).map(({ regtype: _, ...c }) => c);
}

/** Columns of the tables in scope whose type is one of `types` (all columns when null). */
async function readColumns(ctx: CheckContext, types: string[] | null): Promise<(ColumnInfo & { regtype: string })[]> {
  const { rows } = await ctx.db.query<ColumnInfo & { regtype: string } & Record<string, unknown>>(
    `SELECT n.nspname AS schema, c.relname AS table, a.attname AS column,
            pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
            a.atttypid::regtype::text AS regtype
       FROM pg_catalog.pg_attribute a
       JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
        AND ($2::text[] IS NULL OR a.atttypid::regtype::text = ANY($2::text[]))
        AND ${inScope()} AND ${notExtensionMember()}
      ORDER BY 1, 2, a.attnum`,
    [scopeParam(ctx), types],
  );
  return rows;
}
