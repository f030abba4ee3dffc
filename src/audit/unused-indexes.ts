import { fingerprint } from '../report/fingerprint.js';
import type { Finding } from '../report/types.js';
import type { Queryable } from '../schema-health/check.js';
import { display, formatBytes, inScope, qualify } from '../schema-health/catalog.js';

export const UNUSED_INDEX_RULE = 'unused-index';

export interface UnusedIndex {
  schema: string;
  table: string;
  index: string;
  bytes: number;
  definition: string;
}

/**
 * Indexes with no scan since the statistics were reset. Left out: unique and constraint indexes
 * (they enforce something), invalid ones (their own check), and indexes whose leading columns
 * are a foreign key's (they serve the checks on parent deletes, which idx_scan may rarely see).
 */
export async function findUnusedIndexes(
  db: Queryable,
  schemas: string[] | null,
  opts: { minBytes: number; statsReset: string | null },
): Promise<{ indexes: UnusedIndex[]; findings: Finding[] }> {
  const { rows } = await db.query<{ schema: string; table: string; index: string; bytes: string; definition: string }>(
    `SELECT n.nspname AS schema, s.relname AS table, s.indexrelname AS index,
            pg_catalog.pg_relation_size(s.indexrelid)::text AS bytes, pg_catalog.pg_get_indexdef(s.indexrelid) AS definition
       FROM pg_catalog.pg_stat_user_indexes s
       JOIN pg_catalog.pg_index i ON i.indexrelid = s.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = (SELECT relnamespace FROM pg_catalog.pg_class WHERE oid = s.relid)
      WHERE s.idx_scan = 0 AND NOT i.indisunique AND i.indisvalid AND ${inScope()}
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint f
                         WHERE f.contype = 'f' AND f.conrelid = i.indrelid
                           AND (SELECT array_agg(u.k::int2) FROM unnest(i.indkey) WITH ORDINALITY AS u(k, ord)
                                 WHERE u.ord <= cardinality(f.conkey)) @> f.conkey)
        AND pg_catalog.pg_relation_size(s.indexrelid) >= $2
      ORDER BY pg_catalog.pg_relation_size(s.indexrelid) DESC, 1, 2, 3`,
    [schemas, opts.minBytes],
  );
  const since = opts.statsReset
    ? `since the statistics reset of ${opts.statsReset.slice(0, 10)}`
    : 'since statistics began';
  const indexes = rows.map((r) => ({ ...r, bytes: Number(r.bytes) }));
  const findings = indexes.map((r): Finding => ({
    rule: UNUSED_INDEX_RULE,
    severity: 'notice',
    message: `Index ${display(r.schema, r.index)} on ${display(r.schema, r.table)} has not been scanned ${since} and takes ${formatBytes(r.bytes)}; every write still maintains it.`,
    fingerprint: fingerprint(UNUSED_INDEX_RULE, display(r.schema, r.table), r.index),
    fix: {
      description:
        'Drop it if no replica or rare job uses it (scans on replicas are not counted here). Run outside a transaction block; the rollback line rebuilds it.',
      text:
        `DROP INDEX CONCURRENTLY IF EXISTS ${qualify(r.schema, r.index)};\n` +
        `-- rollback: ${r.definition.replace(/^CREATE INDEX /, 'CREATE INDEX CONCURRENTLY IF NOT EXISTS ')};`,
    },
    data: { schema: r.schema, table: r.table, index: r.index, bytes: r.bytes, scans: 0, statsReset: opts.statsReset },
  }));
  return { indexes, findings };
}
