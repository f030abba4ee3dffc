import type { Finding } from '../../report/types.js';
import type { SchemaHealthCheck } from '../check.js';
import { display, inScope, makeFinding, notExtensionMember, qualify, quoteIdent, scopeParam } from '../catalog.js';

/** Share of the column type's range a sequence may use before the finding becomes an error. */
export const DEFAULT_OVERFLOW_SHARE = 0.75;

interface KeyRow extends Record<string, unknown> {
  schema: string;
  table: string;
  column: string;
  type: string;
  type_max: string;
  is_pk: boolean;
  is_fk: boolean;
  seq_schema: string | null;
  seq_name: string | null;
  last_value: string | null;
  seq_readable: boolean;
  seq_max: string | null;
  referencing: string[] | null;
}

/**
 * Integer (int2/int4) key columns, each with the sequence that feeds it (serial, identity, or a
 * nextval() default) and its last value. pg_sequences shows NULL for a sequence never used or
 * one the user may not read, so a low-privilege audit degrades to "int key" warnings.
 */
const KEYS_SQL = `
WITH feeds AS (
  SELECT d.objid AS seq, d.refobjid AS rel, d.refobjsubid AS attnum
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
   WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass
     AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
  UNION
  SELECT d.refobjid, ad.adrelid, ad.adnum
    FROM pg_catalog.pg_attrdef ad
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND d.objid = ad.oid
     AND d.refclassid = 'pg_catalog.pg_class'::regclass
    JOIN pg_catalog.pg_class s ON s.oid = d.refobjid AND s.relkind = 'S'
),
keys AS (
  SELECT k.conrelid AS rel, u.attnum, k.contype
    FROM pg_catalog.pg_constraint k, unnest(k.conkey) AS u(attnum)
   WHERE k.contype IN ('p', 'f')
)
SELECT n.nspname AS schema, c.relname AS table, a.attname AS column,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       CASE a.atttypid WHEN 'int2'::regtype THEN 32767 ELSE 2147483647 END::text AS type_max,
       EXISTS (SELECT 1 FROM keys WHERE keys.rel = c.oid AND keys.attnum = a.attnum AND keys.contype = 'p') AS is_pk,
       EXISTS (SELECT 1 FROM keys WHERE keys.rel = c.oid AND keys.attnum = a.attnum AND keys.contype = 'f') AS is_fk,
       sn.nspname AS seq_schema, s.relname AS seq_name,
       -- pg_sequences.last_value calls pg_sequence_last_value(), which takes RowExclusiveLock on
       -- the sequence; the audit promises nothing above AccessShareLock, so the value is read
       -- below with a plain SELECT from the sequence (AccessShareLock) where we may read it.
       ps.seqmax::text AS seq_max,
       CASE WHEN s.oid IS NOT NULL AND pg_catalog.has_sequence_privilege(s.oid, 'SELECT') THEN true ELSE false END AS seq_readable,
       ARRAY(SELECT rn.nspname || '.' || rc.relname || '.' || ra.attname
               FROM pg_catalog.pg_constraint f
               JOIN pg_catalog.pg_class rc ON rc.oid = f.conrelid
               JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
               JOIN pg_catalog.pg_attribute ra ON ra.attrelid = f.conrelid
                AND ra.attnum = f.conkey[array_position(f.confkey, a.attnum)]
              WHERE f.contype = 'f' AND f.confrelid = c.oid AND a.attnum = ANY(f.confkey)
              ORDER BY 1) AS referencing
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN feeds ON feeds.rel = c.oid AND feeds.attnum = a.attnum
  LEFT JOIN pg_catalog.pg_class s ON s.oid = feeds.seq
  LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
  LEFT JOIN pg_catalog.pg_sequence ps ON ps.seqrelid = s.oid
 WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
   AND a.atttypid IN ('int2'::regtype, 'int4'::regtype)
   AND (feeds.seq IS NOT NULL OR EXISTS (SELECT 1 FROM keys WHERE keys.rel = c.oid AND keys.attnum = a.attnum AND keys.contype = 'p'))
   AND ${inScope()} AND ${notExtensionMember()}
 ORDER BY 1, 2, a.attnum`;

export function createIntegerKeyOverflowRisk(options: { share?: number } = {}): SchemaHealthCheck {
  const share = options.share ?? DEFAULT_OVERFLOW_SHARE;
  return {
    id: 'integer-key-overflow-risk',
    severity: 'warning',
    doc: `An int/smallint key runs out of values at 2,147,483,647 (32,767): error when its sequence has used more than ${Math.round(share * 100)}% of the range, warning for any integer primary key.`,
    async run(ctx) {
      const { rows } = await ctx.db.query<KeyRow>(KEYS_SQL, [scopeParam(ctx)]);
      const findings: Finding[] = [];
      for (const r of rows) {
        r.last_value = null;
        if (r.seq_name && r.seq_readable) {
          const seq = await ctx.db.query<{ last_value: string; is_called: boolean }>(
            `SELECT last_value::text AS last_value, is_called FROM ${qualify(r.seq_schema ?? 'public', r.seq_name)}`,
          );
          const v = seq.rows[0];
          if (v?.is_called) r.last_value = v.last_value;
        }
        const typeMax = Number(r.type_max);
        const limit = Math.min(typeMax, r.seq_max === null ? typeMax : Number(r.seq_max));
        const last = r.last_value === null ? null : Number(r.last_value);
        const used = last === null ? null : last / limit;
        const where = `${display(r.schema, r.table)}.${r.column}`;
        const referencing = r.referencing ?? [];
        const widen = [
          `ALTER TABLE ${qualify(r.schema, r.table)} ALTER COLUMN ${quoteIdent(r.column)} TYPE bigint;`,
          ...referencing.map((ref) => {
            const [s, t, c] = ref.split('.');
            return `ALTER TABLE ${qualify(s, t)} ALTER COLUMN ${quoteIdent(c)} TYPE bigint;`;
          }),
          ...(r.seq_name ? [`ALTER SEQUENCE ${qualify(r.seq_schema ?? 'public', r.seq_name)} AS bigint;`] : []),
        ].join('\n');
        const data = {
          column: r.column,
          type: r.type,
          typeMax,
          sequence: r.seq_name ? display(r.seq_schema ?? '', r.seq_name) : null,
          lastValue: last,
          usedShare: used === null ? null : Number(used.toFixed(4)),
          threshold: share,
          referencing,
        };
        if (used !== null && used >= share) {
          findings.push(
            makeFinding(this, ctx, {
              schema: r.schema,
              table: r.table,
              columns: [r.column],
              severity: 'error',
              message: `${r.is_pk ? 'Primary key' : r.is_fk ? 'Foreign key' : 'Column'} ${where} (${r.type}) has used ${(used * 100).toFixed(1)}% of its range: sequence ${r.seq_name} is at ${last!.toLocaleString('en-US')} of ${limit.toLocaleString('en-US')}.`,
              fix: {
                description: `Widen to bigint before inserts fail${referencing.length ? `, together with the ${referencing.length} referencing column(s)` : ''}. Each ALTER rewrites its table under an ACCESS EXCLUSIVE lock; on a large table add a bigint column, backfill and swap instead.`,
                text: widen,
              },
              data,
            }),
          );
        } else if (r.is_pk) {
          findings.push(
            makeFinding(this, ctx, {
              schema: r.schema,
              table: r.table,
              columns: [r.column],
              message: `Primary key ${where} is ${r.type}: it allows at most ${typeMax.toLocaleString('en-US')} rows over the table's life${used !== null ? ` (${(used * 100).toFixed(2)}% used)` : ''}, and widening it later rewrites the table; use bigint.`,
              fix: {
                description:
                  'Use bigint (bigint GENERATED ALWAYS AS IDENTITY) for keys; while the table is small the change is cheap.',
                text: widen,
              },
              data,
            }),
          );
        }
      }
      return findings;
    },
  };
}

export const integerKeyOverflowRisk = createIntegerKeyOverflowRisk();
