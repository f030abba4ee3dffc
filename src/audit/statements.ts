/**
 * Slow and frequent statements from pg_stat_statements, when the extension is installed in the
 * audited database and preloaded. Only data statements count: DDL, role and transaction
 * statements are left out (they are not the application's, and CREATE ROLE … PASSWORD keeps
 * its literal password in the text), as are monitoring queries on the catalogs.
 */
import { createHash } from 'node:crypto';
import { fingerprint } from '../report/fingerprint.js';
import { AUDIT_MARKER } from './session.js';
import type { Finding } from '../report/types.js';
import type { Queryable } from '../schema-health/check.js';

export const SLOW_STATEMENT_RULE = 'slow-statement';

export interface StatementStats {
  queryId: string;
  query: string;
  calls: number;
  totalMs: number;
  meanMs: number;
  rows: number;
}

export type StatementsResult = { available: true; statements: StatementStats[] } | { available: false; reason: string };

export async function readStatements(db: Queryable, opts: { major: number; limit: number }): Promise<StatementsResult> {
  const ext = await db.query<{ schema: string }>(
    "SELECT extnamespace::regnamespace::text AS schema FROM pg_catalog.pg_extension WHERE extname = 'pg_stat_statements'",
  );
  if (ext.rows.length === 0) {
    return {
      available: false,
      reason:
        'pg_stat_statements is not installed in this database (CREATE EXTENSION pg_stat_statements, with shared_preload_libraries = pg_stat_statements).',
    };
  }
  // regnamespace::text is already quoted where needed.
  const view = `${ext.rows[0].schema}.pg_stat_statements`;
  const [total, mean] = opts.major >= 13 ? ['total_exec_time', 'mean_exec_time'] : ['total_time', 'mean_time'];
  const topLevel = opts.major >= 14 ? 'AND s.toplevel' : '';
  const sql = (order: string) =>
    `SELECT s.queryid::text AS query_id, s.query, s.calls::text AS calls, s.${total}::float8 AS total_ms,
            s.${mean}::float8 AS mean_ms, s.rows::text AS rows
       FROM ${view} s
      WHERE s.dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) ${topLevel}
        AND strpos(s.query, '${AUDIT_MARKER}') = 0
        AND s.query ~* '^\\s*(/\\*.*?\\*/\\s*)*(\\(|select|with|insert|update|delete|merge|values|table)\\M'
        AND s.query !~* '\\m(pg_catalog|information_schema)\\.|\\mpg_(stat|statio)_\\w+|\\mpg_(class|namespace|attribute|attrdef|index|constraint|locks|database|settings|roles|authid|extension|depend|proc|type|sequences?|tables|indexes|views|am)\\M'
      ORDER BY ${order} DESC
      LIMIT $1`;
  // Top by total time (what the server spends most on) and by mean time (what a user waits on).
  const byTotal = await db.query<Record<string, string | number>>(sql(`s.${total}`), [opts.limit]);
  const byMean = await db.query<Record<string, string | number>>(sql(`s.${mean}`), [opts.limit]);
  const seen = new Map<string, StatementStats>();
  for (const r of [...byTotal.rows, ...byMean.rows]) {
    const s: StatementStats = {
      queryId: String(r.query_id),
      query: maskLiterals(String(r.query)),
      calls: Number(r.calls),
      totalMs: Number(r.total_ms),
      meanMs: Number(r.mean_ms),
      rows: Number(r.rows),
    };
    seen.set(s.queryId + s.query, s);
  }
  return { available: true, statements: [...seen.values()].sort((a, b) => b.totalMs - a.totalMs) };
}

/** One line of SQL, shortened for tables and messages. */
export function shortQuery(query: string, max = 120): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

export function slowStatementFindings(statements: StatementStats[], slowMs: number): Finding[] {
  return statements
    .filter((s) => s.meanMs >= slowMs)
    .sort((a, b) => b.meanMs - a.meanMs)
    .map((s) => ({
      rule: SLOW_STATEMENT_RULE,
      severity: 'warning',
      message: `Statement averages ${s.meanMs.toFixed(1)} ms over ${s.calls.toLocaleString('en-US')} calls (${(s.totalMs / 1000).toFixed(1)} s in all, at least ${slowMs} ms is slow): ${shortQuery(s.query)}`,
      // By normalized text, not queryid: queryid changes across major versions.
      fingerprint: fingerprint(
        SLOW_STATEMENT_RULE,
        createHash('sha256').update(s.query.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16),
      ),
      data: { ...s, meanMs: round(s.meanMs), totalMs: round(s.totalMs) },
    }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Belt and braces: a PASSWORD '…' literal never leaves, whatever statement slipped through. */
function maskLiterals(query: string): string {
  return query.replace(/(\bpassword\s+)'(?:[^']|'')*'/gi, "$1'***'");
}
