/**
 * The database part of a loadtest report: queries per request per scenario, the statements
 * behind them (top by calls, normalized text), N+1 suspects and proven index suggestions.
 */
import type { Artifact, Table } from '../../report/types.js';
import { formatCost } from '../../schema-health/index-fix.js';
import { slug } from '../render.js';
import type { IndexAdvice } from './missing-index.js';
import type { NPlusOneSuspect } from './n-plus-one.js';
import { oneLine, type ScenarioStatements } from './statements.js';

export interface DatabaseProfile extends ScenarioStatements {
  suspects: NPlusOneSuspect[];
}

export interface DatabaseRun {
  profiles: DatabaseProfile[];
  advice?: IndexAdvice;
  notes: string[];
  topStatements: number;
}

const n1 = (n: number) => Math.round(n * 100) / 100;

export function queriesPerRequest(p: ScenarioStatements): number {
  return p.statements.reduce((a, s) => a + s.calls, 0) / Math.max(p.requests, 1);
}

function topByCalls(p: ScenarioStatements, top: number) {
  return [...p.statements].sort((a, b) => b.calls - a.calls || b.totalMs - a.totalMs).slice(0, top);
}

export function databaseTables(run: DatabaseRun): Table[] {
  const tables: Table[] = [
    {
      title: 'Database queries per request',
      columns: ['Scenario', 'Requests', 'Queries', 'Queries/request', 'Distinct statements', 'N+1 suspects'],
      rows: run.profiles.map((p) => [
        p.scenario,
        p.requests,
        p.statements.reduce((a, s) => a + s.calls, 0),
        n1(queriesPerRequest(p)),
        p.statements.length,
        p.suspects.length,
      ]),
    },
  ];
  for (const p of run.profiles) {
    if (p.statements.length === 0) continue;
    const suspect = new Set(p.suspects.map((s) => s.statement.queryid));
    tables.push({
      title: `Statements: ${p.scenario}`,
      columns: ['Statement', 'Calls', 'Calls/request', 'Rows/call', 'Mean ms', 'Total ms'],
      rows: topByCalls(p, run.topStatements).map((s) => [
        (suspect.has(s.queryid) ? 'N+1: ' : '') + oneLine(s.query, 140),
        s.calls,
        n1(s.calls / Math.max(p.requests, 1)),
        n1(s.rows / Math.max(s.calls, 1)),
        n1(s.totalMs / Math.max(s.calls, 1)),
        n1(s.totalMs),
      ]),
    });
  }
  if (run.advice && run.advice.suggestions.length > 0) {
    tables.push({
      title: 'Index suggestions (proven by EXPLAIN in the scratch database)',
      columns: ['Index', 'Statement', 'Cost before', 'Cost after', 'Reduction'],
      rows: run.advice.suggestions.map((s) => [
        `${s.scan.table}(${s.scan.columns.join(', ')})`,
        oneLine(s.statement.query, 100),
        formatCost(s.costBefore),
        formatCost(s.costAfter),
        `${(s.reduction * 100).toFixed(1)} %`,
      ]),
    });
  }
  return tables;
}

export function databaseMetrics(run: DatabaseRun): Record<string, number> {
  const m: Record<string, number> = {};
  for (const p of run.profiles) {
    const k = slug(p.scenario);
    m[`${k}.queries_per_request`] = n1(queriesPerRequest(p));
    m[`${k}.n_plus_one_suspects`] = p.suspects.length;
  }
  if (run.advice) m.index_suggestions = run.advice.suggestions.length;
  return m;
}

/** The seed's layout: a DATABASE block per scenario, then the index suggestions. */
export function databaseDetails(run: DatabaseRun): string[] {
  const lines: string[] = [];
  for (const p of run.profiles) {
    lines.push(`=== Database: ${p.scenario} ===`);
    lines.push(`  Queries per request: ${n1(queriesPerRequest(p))} (${p.requests.toLocaleString('en-US')} requests)`);
    for (const s of topByCalls(p, run.topStatements)) {
      lines.push(`  ${n1(s.calls / Math.max(p.requests, 1))}×/request  ${oneLine(s.query, 120)}`);
    }
    if (p.suspects.length) {
      lines.push(`  N+1 QUERY RISKS (${p.suspects.length}):`);
      for (const s of p.suspects) {
        lines.push(
          `    ${oneLine(s.statement.query, 100)}: ${n1(s.callsPerRequest)}×/request, once per row of ${oneLine(s.parent.query, 60)}`,
        );
      }
    }
    lines.push('');
  }
  if (run.advice && run.advice.suggestions.length) {
    lines.push(`MISSING INDEXES (${run.advice.suggestions.length} found):`);
    for (const s of run.advice.suggestions) {
      lines.push(
        `  ${s.scan.table}(${s.scan.columns.join(', ')}): cost ${formatCost(s.costBefore)} → ${formatCost(s.costAfter)} (-${(s.reduction * 100).toFixed(1)}%)`,
      );
      lines.push(
        `    ${s.fix.up.content
          .split('\n')
          .filter((l) => !l.startsWith('--'))
          .join(' ')
          .trim()}`,
      );
    }
    lines.push('');
  }
  for (const r of run.advice?.rejected ?? []) lines.push(`  index not suggested: ${r}`);
  for (const n of run.notes) lines.push(`  note: ${n}`);
  return lines;
}

export function databaseArtifacts(run: DatabaseRun): Artifact[] {
  return (run.advice?.suggestions ?? []).flatMap((s) => [
    { kind: 'migration', path: s.fix.up.path, content: s.fix.up.content },
    { kind: 'rollback', path: s.fix.rollback.path, content: s.fix.rollback.content },
  ]);
}
