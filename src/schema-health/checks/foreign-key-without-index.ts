/**
 * foreign-key-without-index: a foreign key whose referencing columns no index can serve.
 * Without one, every DELETE or key UPDATE on the referenced table scans the referencing table
 * (holding its locks meanwhile), and joins along the key scan it too.
 *
 * An index covers a foreign key only if it is valid (an INVALID leftover of a failed
 * CREATE INDEX CONCURRENTLY serves no query), its leading key columns are exactly the FK
 * columns (in any order), it is a btree (or a one-column hash), and its predicate, if partial,
 * is implied by the FK columns being NOT NULL (FK lookups never look for NULLs, so
 * `WHERE fk IS NOT NULL` covers; `WHERE deleted_at IS NULL` does not).
 */
import { loadModule, parseSync, type Node as PgNode } from 'libpg-query';
import type { Finding } from '../../report/types.js';
import { display, inScope, makeFinding, qualify, quoteIdent, scopeParam } from '../catalog.js';
import type { CheckContext, SchemaHealthCheck } from '../check.js';
import { indexNameFor } from '../index-fix.js';

interface ForeignKeyRow extends Record<string, unknown> {
  constraint: string;
  schema: string;
  table: string;
  relid: number;
  conkey: number[];
  columns: string[];
  ref_schema: string;
  ref_table: string;
  ref_columns: string[];
}

interface IndexRow extends Record<string, unknown> {
  relid: number;
  name: string;
  valid: boolean;
  indkey: number[];
  nkeyatts: number;
  am: string;
  predicate: string | null;
}

const FOREIGN_KEYS_SQL = `
SELECT c.conname AS constraint, n.nspname AS schema, t.relname AS table, t.oid::int8 AS relid,
       c.conkey::int2[] AS conkey,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
       rn.nspname AS ref_schema, rt.relname AS ref_table,
       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_class rt ON rt.oid = c.confrelid
JOIN pg_namespace rn ON rn.oid = rt.relnamespace
WHERE c.contype = 'f'
  AND c.conparentid = 0
  AND ${inScope()}
ORDER BY n.nspname, t.relname, c.conname`;

const INDEXES_SQL = `
SELECT i.indrelid::int8 AS relid, ic.relname AS name, i.indisvalid AS valid, i.indkey::int2[] AS indkey,
       i.indnkeyatts AS nkeyatts, am.amname AS am, pg_get_expr(i.indpred, i.indrelid) AS predicate
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
WHERE i.indrelid = ANY($1::oid[])
ORDER BY ic.relname`;

export const foreignKeyWithoutIndex: SchemaHealthCheck = {
  id: 'foreign-key-without-index',
  severity: 'error',
  doc: 'A foreign key has no valid index on its referencing columns: deletes and updates of the referenced rows scan the whole table.',
  async run(ctx: CheckContext): Promise<Finding[]> {
    const fks = (await ctx.db.query<ForeignKeyRow>(FOREIGN_KEYS_SQL, [scopeParam(ctx)])).rows;
    if (fks.length === 0) return [];
    const relids = [...new Set(fks.map((f) => Number(f.relid)))];
    const indexes = (await ctx.db.query<IndexRow>(INDEXES_SQL, [relids])).rows;
    const findings: Finding[] = [];
    for (const fk of fks) {
      const candidates = indexes.filter((i) => Number(i.relid) === Number(fk.relid));
      const verdicts = await Promise.all(candidates.map((i) => coverage(i, fk)));
      if (verdicts.some((v) => v.covers)) continue;
      findings.push(toFinding(fk, ctx, candidates, verdicts));
    }
    return findings;
  },
};

type Verdict = { covers: true } | { covers: false; why?: string };

async function coverage(index: IndexRow, fk: ForeignKeyRow): Promise<Verdict> {
  const n = fk.conkey.length;
  const leading = index.indkey.slice(0, Math.min(n, index.nkeyatts));
  const sameColumns = leading.length === n && fk.conkey.every((k) => leading.includes(k));
  if (!sameColumns) {
    const shared = fk.conkey.filter((k) => index.indkey.slice(0, index.nkeyatts).includes(k));
    return {
      covers: false,
      why: shared.length ? `${index.name} does not start with ${fk.columns.join(', ')}` : undefined,
    };
  }
  if (!index.valid) return { covers: false, why: `${index.name} is INVALID (a failed CREATE INDEX CONCURRENTLY)` };
  if (!(index.am === 'btree' || (index.am === 'hash' && n === 1))) {
    return { covers: false, why: `${index.name} is a ${index.am} index` };
  }
  if (index.predicate && !(await impliedByNotNull(index.predicate, fk.columns))) {
    return { covers: false, why: `${index.name} is partial (WHERE ${index.predicate})` };
  }
  return { covers: true };
}

let parserLoaded: Promise<void> | undefined;

/** True when the predicate is a conjunction of `col IS NOT NULL` tests on FK columns. */
export async function impliedByNotNull(predicate: string, fkColumns: string[]): Promise<boolean> {
  await (parserLoaded ??= loadModule());
  let where: PgNode | undefined;
  try {
    const stmt = parseSync(`SELECT 1 WHERE ${predicate}`).stmts?.[0]?.stmt as { SelectStmt?: { whereClause?: PgNode } };
    where = stmt?.SelectStmt?.whereClause;
  } catch {
    return false;
  }
  const ok = (node: PgNode | undefined): boolean => {
    if (!node) return false;
    if ('BoolExpr' in node) {
      const b = node.BoolExpr;
      return b.boolop === 'AND_EXPR' && (b.args ?? []).every((a) => ok(a));
    }
    if ('NullTest' in node) {
      const t = node.NullTest;
      const arg = t.arg as PgNode | undefined;
      if (t.nulltesttype !== 'IS_NOT_NULL' || !arg || !('ColumnRef' in arg)) return false;
      const fields = arg.ColumnRef.fields ?? [];
      const last = fields[fields.length - 1] as PgNode | undefined;
      return Boolean(last && 'String' in last && fkColumns.includes(last.String.sval ?? ''));
    }
    return false;
  };
  return ok(where);
}

function toFinding(fk: ForeignKeyRow, ctx: CheckContext, candidates: IndexRow[], verdicts: Verdict[]): Finding {
  const cols = fk.columns.join(', ');
  const near = verdicts.flatMap((v) => (!v.covers && v.why ? [v.why] : []));
  const name = indexNameFor({ schema: fk.schema, table: fk.table, columns: fk.columns });
  const on = `${qualify(fk.schema, fk.table)} (${fk.columns.map(quoteIdent).join(', ')})`;
  const finding = makeFinding(foreignKeyWithoutIndex, ctx, {
    schema: fk.schema,
    table: fk.table,
    columns: fk.columns,
    message:
      `Foreign key ${fk.table}(${cols}) → ${fk.ref_table}(${fk.ref_columns.join(', ')}) has no usable index` +
      (near.length ? ` (${near.join('; ')})` : '') +
      `: every DELETE or key UPDATE on ${fk.ref_table} scans all of ${fk.table}, and joins on ${cols} scan it too.`,
    fix: {
      description: `Add an index on ${fk.table}(${cols}); CONCURRENTLY does not block writes (run it outside a transaction block).`,
      text: `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${quoteIdent(name)} ON ${on};`,
    },
    data: {
      constraint: fk.constraint,
      references: display(fk.ref_schema, fk.ref_table),
      indexName: name,
      indexesConsidered: candidates.map((c) => c.name),
      rollback: `DROP INDEX CONCURRENTLY IF EXISTS ${qualify(fk.schema, name)};`,
    },
  });
  // Point at the statement that added the foreign key when the caller knows it.
  const table = display(fk.schema, fk.table);
  const source = ctx.sourceOf?.(`${table}(${fk.columns.join(',')})`) ?? ctx.sourceOf?.(`${table}.${fk.constraint}`);
  if (source) finding.location = { file: source.file, line: source.line };
  return finding;
}
