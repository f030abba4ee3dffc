/**
 * What the app sent to its database during one scenario, from pg_stat_statements: reset for the
 * scratch database alone before the measured part, read after it. Statements are keyed by
 * queryid (the normalized statement's fingerprint); backend-gate's own queries are left out.
 */
import type pg from 'pg';

export interface StatementStats {
  queryid: string;
  /** Normalized text: constants and parameters as $n. */
  query: string;
  calls: number;
  rows: number;
  totalMs: number;
}

/** One scenario's statements over all its trials, with the responses they served. */
export interface ScenarioStatements {
  scenario: string;
  requests: number;
  statements: StatementStats[];
}

const OWN_QUERY = /pg_stat_statements|^\s*EXPLAIN\b|^\s*ANALYZE\b/i;

/** Resets the statistics of the current database only (other databases on a shared server keep theirs). */
export async function resetStatements(client: pg.Client): Promise<void> {
  await client.query(
    `SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)`,
  );
}

export async function readStatements(client: pg.Client): Promise<StatementStats[]> {
  const { rows } = await client.query<{ queryid: string; query: string; calls: string; rows: string; total: number }>(
    `SELECT queryid::text AS queryid, query, calls::text AS calls, rows::text AS rows, total_exec_time AS total
       FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return rows
    .filter((r) => !OWN_QUERY.test(r.query))
    .map((r) => ({
      queryid: r.queryid,
      query: r.query,
      calls: Number(r.calls),
      rows: Number(r.rows),
      totalMs: r.total,
    }));
}

/** Adds a trial's statements to the scenario's running totals (same queryid → counts add up). */
export function addStatements(into: ScenarioStatements, requests: number, statements: StatementStats[]): void {
  into.requests += requests;
  for (const s of statements) {
    const known = into.statements.find((x) => x.queryid === s.queryid);
    if (known) {
      known.calls += s.calls;
      known.rows += s.rows;
      known.totalMs += s.totalMs;
    } else {
      into.statements.push({ ...s });
    }
  }
}

/** Statements that read or write data (not BEGIN, COMMIT, SET…): the ones N+1 and index checks look at. */
export function isDataStatement(query: string): boolean {
  return /^\s*(\(\s*)*(select|with|insert|update|delete|merge|values|table)\b/i.test(query);
}

/** One line of a statement for messages: whitespace collapsed, cut at `max` characters. */
export function oneLine(query: string, max = 160): string {
  const q = query.replace(/\s+/g, ' ').trim();
  return q.length > max ? `${q.slice(0, max - 1)}…` : q;
}
