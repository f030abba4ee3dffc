/**
 * Proven index suggestions for the audit: candidates from slow statements and from foreign keys
 * without an index, measured on a scratch copy, turned into findings with up + rollback files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprint } from '../../report/fingerprint.js';
import type { Artifact, Finding } from '../../report/types.js';
import { formatCost } from '../../schema-health/index-fix.js';
import type { ReadOnlySession } from '../session.js';
import type { StatementStats } from '../statements.js';
import { shortQuery } from '../statements.js';
import { foreignKeyCandidate, statementCandidates, type IndexCandidate } from './candidates.js';
import { readTableCopy, type TableCopy } from './copy-schema.js';
import type { ProvenIndex } from './prove.js';

export { proveIndexCandidates, type ProvenIndex, type ProveResult } from './prove.js';

export const MISSING_INDEX_RULE = 'missing-index';

/** Everything the proof needs from the live database, read inside the read-only session. */
export async function collectIndexCandidates(
  session: ReadOnlySession,
  slowStatements: StatementStats[],
  foreignKeyFindings: Finding[],
): Promise<{ candidates: IndexCandidate[]; copies: Map<string, TableCopy>; notes: string[] }> {
  const fromStatements = await statementCandidates(session, slowStatements);
  const all = [
    ...fromStatements.candidates,
    ...foreignKeyFindings.map(foreignKeyCandidate).filter((c): c is IndexCandidate => c !== undefined),
  ];
  const seen = new Set<string>();
  const candidates = all.filter((c) => {
    const key = `${c.schema}.${c.table}(${c.columns.join(',')})`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const copies = new Map<string, TableCopy>();
  const notes = [...fromStatements.notes];
  for (const rel of candidates.flatMap((c) => c.relations)) {
    const key = `${rel.schema}.${rel.table}`;
    if (copies.has(key)) continue;
    const r = await session.attempt(() => readTableCopy(session.db, rel.schema, rel.table));
    if (r.ok && r.value) copies.set(key, r.value);
    else notes.push(`could not read the definition of ${key}${r.ok ? '' : `: ${r.error}`}`);
  }
  return {
    candidates: candidates.filter((c) => c.relations.every((r) => copies.has(`${r.schema}.${r.table}`))),
    copies,
    notes,
  };
}

export function measuredText(p: ProvenIndex): string {
  return `estimated cost ${formatCost(p.costBefore)} → ${formatCost(p.costAfter)} (-${(p.reduction * 100).toFixed(1)}%)`;
}

/** A statement-based suggestion as a finding; foreign-key ones enrich the existing finding instead. */
export function suggestionFinding(p: ProvenIndex): Finding {
  const c = p.candidate;
  const s = c.source.kind === 'statement' ? c.source.statement : undefined;
  return {
    rule: MISSING_INDEX_RULE,
    severity: 'warning',
    message: `${c.table}.${c.columns.join(', ')}: an index cuts the ${measuredText(p)} of a statement averaging ${s?.meanMs.toFixed(1)} ms over ${s?.calls.toLocaleString('en-US')} calls: ${shortQuery(c.query, 100)}`,
    fingerprint: fingerprint(MISSING_INDEX_RULE, `${c.schema}.${c.table}`, c.columns.join(',')),
    fix: fixOf(p),
    data: dataOf(p),
  };
}

export function fixOf(p: ProvenIndex): Finding['fix'] {
  return {
    description: `Add the index (proven: up → rollback → up applied to a scratch copy; ${measuredText(p)}). Run the file outside a transaction.`,
    text: p.fix.up.content,
    files: [p.fix.up, p.fix.rollback],
  };
}

export function dataOf(p: ProvenIndex): Record<string, unknown> {
  const c = p.candidate;
  return {
    schema: c.schema,
    table: c.table,
    columns: c.columns,
    index: p.fix.name,
    costBefore: p.costBefore,
    costAfter: p.costAfter,
    costReduction: Number(p.reduction.toFixed(4)),
    rowsInScratchCopy: p.rowsUsed,
    statistics: p.productionStatistics ? 'production (pg_stats)' : 'assumed (pg_stats not readable)',
    planBefore: p.planBefore,
    planAfter: p.planAfter,
    proof: p.proof.steps,
    ...(c.source.kind === 'statement'
      ? { query: c.query, calls: c.source.statement.calls, meanMs: c.source.statement.meanMs, filter: c.source.filter }
      : {}),
  };
}

/** The up + rollback files as report artifacts, written to `output` when set. */
export async function indexArtifacts(proven: ProvenIndex[], output?: string): Promise<Artifact[]> {
  const artifacts: Artifact[] = [];
  for (const p of proven) {
    for (const [kind, file] of [
      ['migration', p.fix.up],
      ['rollback', p.fix.rollback],
    ] as const) {
      const filePath = output ? path.join(output, file.path) : file.path;
      if (output) {
        await mkdir(output, { recursive: true });
        await writeFile(filePath, file.content);
      }
      artifacts.push({ kind, path: filePath, content: file.content });
    }
  }
  return artifacts;
}
