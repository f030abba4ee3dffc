/**
 * Missing-index suggestions for the statements a scenario sent: a statement whose plan reads a
 * whole table (a Seq Scan, or an index scan with no index condition) and filters it gets an
 * index on the filtered columns, proven in the scratch database itself (the seeded data): EXPLAIN
 * before, the index's up → rollback → up files applied, EXPLAIN after, then rolled back so the
 * next statement is measured on the user's own schema. Suggested only when the estimated cost
 * drops by the set share.
 */
import type pg from 'pg';
import { filterColumns } from '../../audit/suggest/candidates.js';
import { errorMessage } from '../../errors.js';
import { fingerprint } from '../../report/fingerprint.js';
import type { Redactor } from '../../report/mask.js';
import type { Finding } from '../../report/types.js';
import {
  belowMinReduction,
  costReduction,
  fileStatements,
  formatCost,
  indexFixFiles,
  migrationTimestamp,
  proofFailure,
  proveIndexFix,
  type MeasuredIndexFix,
} from '../../schema-health/index-fix.js';
import { isDataStatement, oneLine, type ScenarioStatements, type StatementStats } from './statements.js';

/** The audit's rule id, so one ignore entry covers an index both modes suggest. */
export const MISSING_INDEX_RULE = 'missing-index';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Schema?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  'Total Cost': number;
  Plans?: PlanNode[];
}

export interface TableScan {
  schema: string;
  table: string;
  /** 'Seq Scan on orders' or 'Index Scan Backward using orders_pkey on orders' (no index condition). */
  how: string;
  filter: string;
  columns: string[];
}

export interface IndexSuggestion extends MeasuredIndexFix {
  scenario: string;
  statement: StatementStats;
  callsPerRequest: number;
  scan: TableScan;
  /** The statement as planned: LIMIT/OFFSET parameters replaced by what the run measured. */
  planned: string;
}

export interface IndexAdvice {
  suggestions: IndexSuggestion[];
  /** Candidates measured and dropped, or that could not be measured: one line each. */
  rejected: string[];
}

/** Scans that read a whole table and filter it, from a JSON plan (VERBOSE, so each relation has its schema). */
export function tableScans(root: PlanNode): TableScan[] {
  const out: TableScan[] = [];
  const visit = (n: PlanNode) => {
    const fullScan = n['Node Type'] === 'Seq Scan' || (/^Index (Only )?Scan$/.test(n['Node Type']) && !n['Index Cond']);
    if (fullScan && n['Relation Name'] && n.Filter) {
      const { equality, range } = filterColumns(n.Filter);
      const columns = [...equality, ...range.slice(0, 1)].slice(0, 3);
      if (columns.length > 0) {
        const using = n['Index Name'] ? ` using ${n['Index Name']}` : '';
        out.push({
          schema: n.Schema ?? 'public',
          table: n['Relation Name'],
          how: `${n['Node Type']}${using} on ${n['Relation Name']}`,
          filter: n.Filter,
          columns,
        });
      }
    }
    for (const c of n.Plans ?? []) visit(c);
  };
  visit(root);
  return out;
}

/**
 * A generic plan does not know LIMIT $n, and assumes a small share of the rows: the index that
 * avoids reading the whole table then looks useless. The run measured the rows per call, so the
 * statement is planned with that limit (and OFFSET 0).
 */
export function withMeasuredLimit(query: string, rowsPerCall: number): string {
  const limit = Math.max(1, Math.round(rowsPerCall));
  return query.replace(/\bLIMIT\s+\$\d+/gi, `LIMIT ${limit}`).replace(/\bOFFSET\s+\$\d+/gi, 'OFFSET 0');
}

export async function adviseIndexes(
  client: pg.Client,
  profiles: ScenarioStatements[],
  opts: {
    minCostReduction: number;
    topStatements: number;
    directory?: string;
    redactor: Redactor;
    signal: AbortSignal;
  },
): Promise<IndexAdvice> {
  const advice: IndexAdvice = { suggestions: [], rejected: [] };
  const seen = new Set<string>();
  const timestamp = migrationTimestamp();
  for (const profile of profiles) {
    const statements = profile.statements
      .filter((s) => isDataStatement(s.query) && s.calls > 0)
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, opts.topStatements);
    for (const statement of statements) {
      opts.signal.throwIfAborted();
      const planned = withMeasuredLimit(statement.query, statement.rows / statement.calls);
      let scans: TableScan[];
      try {
        scans = tableScans((await explain(client, planned, true)).root);
      } catch (e) {
        advice.rejected.push(
          `could not plan \`${oneLine(statement.query, 80)}\`: ${opts.redactor.redact(errorMessage(e))}`,
        );
        continue;
      }
      for (const scan of scans) {
        const key = `${scan.schema}.${scan.table}(${scan.columns.join(',')})`;
        if (seen.has(key)) continue;
        seen.add(key);
        const label = `${scan.table}(${scan.columns.join(', ')})`;
        try {
          const result = await proveOne(client, scan, planned, { timestamp, directory: opts.directory, statement });
          if (typeof result === 'string') {
            advice.rejected.push(`${label}: ${result}`);
            continue;
          }
          const shortOf = belowMinReduction(result, opts.minCostReduction);
          if (shortOf) {
            advice.rejected.push(`${label}: ${shortOf}`);
            continue;
          }
          advice.suggestions.push({
            ...result,
            scenario: profile.scenario,
            statement,
            callsPerRequest: statement.calls / Math.max(profile.requests, 1),
            scan,
            planned,
          });
        } catch (e) {
          advice.rejected.push(`${label}: could not be measured (${opts.redactor.redact(errorMessage(e))})`);
        }
      }
    }
  }
  return advice;
}

async function explain(client: pg.Client, query: string, verbose = false): Promise<{ root: PlanNode; cost: number }> {
  const r = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
    `EXPLAIN (GENERIC_PLAN${verbose ? ', VERBOSE' : ''}, FORMAT JSON) ${query}`,
  );
  const root = r.rows[0]['QUERY PLAN'][0].Plan;
  return { root, cost: root['Total Cost'] };
}

async function planText(client: pg.Client, query: string): Promise<string> {
  const r = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (GENERIC_PLAN) ${query}`);
  return r.rows.map((x) => x['QUERY PLAN']).join('\n');
}

async function proveOne(
  client: pg.Client,
  scan: TableScan,
  planned: string,
  opts: { timestamp: string; directory?: string; statement: StatementStats },
): Promise<MeasuredIndexFix | string> {
  const target = { schema: scan.schema, table: scan.table, columns: scan.columns };
  const fix = indexFixFiles(target, {
    reason: `index for \`${oneLine(opts.statement.query, 80)}\` (read ${scan.table} by a full scan under load), found by backend-gate loadtest`,
    timestamp: opts.timestamp,
    directory: opts.directory,
  });
  const existing = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            ARRAY(SELECT a.attname::text
                    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                   ORDER BY k.n) AS columns
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND t.relname = $2`,
    [scan.schema, scan.table],
  );
  const leads = (cols: string[]) => scan.columns.every((c, i) => cols[i] === c);
  if (existing.rows.some((r) => leads(r.columns)))
    return 'an index on these columns exists; the planner prefers the full scan';
  if (existing.rows.some((r) => r.name === fix.name)) return `an index named ${fix.name} exists already`;
  const before = await explain(client, planned);
  const planBefore = await planText(client, planned);
  const proof = await proveIndexFix(client, target, fix);
  try {
    if (!proof.ok) return proofFailure(proof);
    await client.query(`ANALYZE ${quoteName(scan.schema)}.${quoteName(scan.table)}`);
    const after = await explain(client, planned);
    const planAfter = await planText(client, planned);
    const reduction = costReduction(before.cost, after.cost);
    return { costBefore: before.cost, costAfter: after.cost, reduction, planBefore, planAfter, fix, proof };
  } finally {
    // Back to the user's schema, so the next candidate is measured without this index.
    for (const sql of fileStatements(fix.rollback.content)) await client.query(sql).catch(() => {});
  }
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function indexFinding(s: IndexSuggestion): Finding {
  const pct = (s.reduction * 100).toFixed(1);
  const perRequest = s.callsPerRequest.toLocaleString('en-US', { maximumFractionDigits: 1 });
  return {
    rule: MISSING_INDEX_RULE,
    severity: 'warning',
    message: `${s.scan.table}.${s.scan.columns.join(', ')}: \`${oneLine(s.statement.query, 110)}\` (${perRequest}× per request in '${s.scenario}') read the whole table (${s.scan.how}, filter ${s.scan.filter}); an index cuts its estimated cost ${formatCost(s.costBefore)} → ${formatCost(s.costAfter)} (-${pct}%).`,
    fingerprint: fingerprint(MISSING_INDEX_RULE, `${s.scan.schema}.${s.scan.table}`, s.scan.columns.join(',')),
    fix: {
      description: `Add the index (proven in the load test's scratch database: up → rollback → up applied; estimated cost -${pct}%). Run the file outside a transaction.`,
      text: s.fix.up.content,
      files: [s.fix.up, s.fix.rollback],
    },
    data: {
      scenario: s.scenario,
      schema: s.scan.schema,
      table: s.scan.table,
      columns: s.scan.columns,
      index: s.fix.name,
      statement: s.statement.query,
      plannedAs: s.planned,
      callsPerRequest: Number(s.callsPerRequest.toFixed(2)),
      scan: s.scan.how,
      filter: s.scan.filter,
      costBefore: s.costBefore,
      costAfter: s.costAfter,
      costReduction: Number(s.reduction.toFixed(4)),
      planBefore: s.planBefore,
      planAfter: s.planAfter,
      proof: s.proof.steps,
    },
  };
}
