/**
 * Proves index candidates on a throwaway PostgreSQL (never the audited server): copies the tables
 * a statement reads into a scratch database, EXPLAINs the statement, applies the index's up file
 * (and proves up → rollback → up), EXPLAINs again, and keeps the suggestion only when the
 * estimated cost fell by at least the set share.
 */
import type { Logger } from '../../log.js';
import { errorMessage } from '../../errors.js';
import { connect, createScratchDatabase, startPostgres } from '../../postgres/index.js';
import type { Redactor } from '../../report/mask.js';
import {
  belowMinReduction,
  costReduction,
  indexFixFiles,
  proofFailure,
  proveIndexFix,
  type MeasuredIndexFix,
} from '../../schema-health/index-fix.js';
import type { IndexCandidate } from './candidates.js';
import { copyStatements, type TableCopy } from './copy-schema.js';

export const MAX_SYNTHETIC_ROWS = 100_000;

export interface ProvenIndex extends MeasuredIndexFix {
  candidate: IndexCandidate;
  rowsUsed: number;
  productionStatistics: boolean;
}

export interface ProveResult {
  suggestions: ProvenIndex[];
  /** Measured but below the threshold, or failed: one line each, for the log and details. */
  rejected: string[];
}

interface PlanTop {
  Plan: { 'Node Type': string; 'Total Cost': number };
}

export async function proveIndexCandidates(
  candidates: IndexCandidate[],
  copies: Map<string, TableCopy>,
  opts: { minCostReduction: number; timestamp: string; log: Logger; redactor: Redactor; signal?: AbortSignal },
): Promise<ProveResult> {
  const result: ProveResult = { suggestions: [], rejected: [] };
  if (candidates.length === 0) return result;
  // Never the audited server: a throwaway one (Docker when an engine answers, else embedded).
  const server = await startPostgres({
    provider: 'auto',
    log: opts.log,
    redactor: opts.redactor,
    signal: opts.signal,
  });
  try {
    for (const candidate of candidates) {
      opts.signal?.throwIfAborted();
      const label = `${candidate.table}(${candidate.columns.join(', ')})`;
      const scratch = await createScratchDatabase(server, 'audit_index_proof');
      const db = await connect(scratch.url, 'backend-gate-audit-proof');
      try {
        let rowsUsed = 0;
        let productionStatistics = true;
        for (const rel of candidate.relations) {
          const copy = copies.get(`${rel.schema}.${rel.table}`);
          if (!copy) throw new Error(`no copy of ${rel.schema}.${rel.table}`);
          for (const sql of copyStatements(copy, MAX_SYNTHETIC_ROWS)) await db.query(sql);
          // The user's own indexes, so the "before" plan is the one production would choose.
          for (const def of copy.indexes) await db.query(def).catch(() => {});
          if (rel.schema === candidate.schema && rel.table === candidate.table) {
            rowsUsed = Math.max(1, Math.min(Math.round(copy.rows), MAX_SYNTHETIC_ROWS));
            productionStatistics = copy.productionStatistics;
          }
        }
        await db.query('ANALYZE');
        const explain = async () => {
          const r = await db.query<{ 'QUERY PLAN': PlanTop[] }>(
            `EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${candidate.query}`,
          );
          const top = r.rows[0]['QUERY PLAN'][0].Plan;
          const text = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (GENERIC_PLAN, COSTS) ${candidate.query}`);
          return { cost: top['Total Cost'], plan: text.rows.map((x) => x['QUERY PLAN']).join('\n') };
        };
        const before = await explain();
        const target = { schema: candidate.schema, table: candidate.table, columns: candidate.columns };
        const fix = indexFixFiles(target, { reason: reasonOf(candidate), timestamp: opts.timestamp });
        const proof = await proveIndexFix(db, target, fix);
        if (!proof.ok) {
          result.rejected.push(`${label}: ${proofFailure(proof)}`);
          continue;
        }
        await db.query('ANALYZE');
        const after = await explain();
        const measured: MeasuredIndexFix = {
          costBefore: before.cost,
          costAfter: after.cost,
          reduction: costReduction(before.cost, after.cost),
          planBefore: before.plan,
          planAfter: after.plan,
          fix,
          proof,
        };
        const shortOf = belowMinReduction(measured, opts.minCostReduction);
        if (shortOf) {
          result.rejected.push(`${label}: ${shortOf}`);
          continue;
        }
        result.suggestions.push({ candidate, ...measured, rowsUsed, productionStatistics });
      } catch (e) {
        result.rejected.push(`${label}: could not be measured (${opts.redactor.redact(errorMessage(e))})`);
      } finally {
        await db.end().catch(() => {});
        await scratch.drop().catch(() => {});
      }
    }
  } finally {
    await server.stop();
  }
  return result;
}

function reasonOf(c: IndexCandidate): string {
  if (c.source.kind === 'foreign-key')
    return `index for the foreign key on ${c.table}(${c.columns.join(', ')}), found by backend-gate audit`;
  return `index for a statement averaging ${c.source.statement.meanMs.toFixed(1)} ms over ${c.source.statement.calls} calls, found by backend-gate audit`;
}
