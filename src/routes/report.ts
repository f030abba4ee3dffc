/** Turns a checked spec or a spec diff into the mode's Report: summary, findings, tables, details. */
import { countBySeverity, sortFindings } from '../report/gate.js';
import { emptyReport, type Finding, type Report } from '../report/types.js';
import type { DiffResult, OperationRow } from './diff/engine.js';
import type { Operation } from './model.js';
import type { LoadedSpec } from './spec/load.js';

export function checkReport(spec: LoadedSpec, ops: Map<string, Operation>, timing: { loadMs: number }): Report {
  const paths = new Set([...ops.values()].map((o) => o.path)).size;
  const report = emptyReport(
    'routes',
    `${spec.root.display}: OpenAPI ${spec.version}, ${ops.size} operations in ${paths} paths${spec.files.size > 1 ? ` across ${spec.files.size} files` : ''}; the spec is valid.`,
  );
  report.metrics = { operations: ops.size, paths, files: spec.files.size, loadMs: Math.round(timing.loadMs) };
  report.tables.push({
    title: 'Operations',
    columns: ['Operation', 'operationId', 'Defined at'],
    rows: [...ops.values()].map((o) => [o.label, String(o.node.value.operationId ?? ''), spec.where(o.node)]),
  });
  report.details = [`OpenAPI ${spec.version} spec ${spec.root.display}: ${ops.size} operations`];
  for (const o of ops.values())
    report.details.push(`  ${o.label}${o.node.value.operationId ? ` (${String(o.node.value.operationId)})` : ''}`);
  return report;
}

const CHANGE_ORDER: Record<OperationRow['change'], number> = { removed: 0, changed: 1, added: 2 };

export function diffReport(
  base: LoadedSpec,
  head: LoadedSpec,
  result: DiffResult,
  timing: { loadMs: number; diffMs: number },
): Report {
  const { stats } = result;
  const findings = sortFindings(result.findings);
  const counts = countBySeverity(findings);
  const report = emptyReport(
    'routes',
    `Compared ${head.root.display} (${stats.headOperations} operations) with base ${base.root.display} (${stats.baseOperations}): ` +
      `${stats.removed} removed, ${stats.added} added, ${stats.changed} changed; ${counts.error} breaking, ${counts.warning} that may break.`,
  );
  report.findings = findings;
  report.metrics = {
    baseOperations: stats.baseOperations,
    operations: stats.headOperations,
    added: stats.added,
    removed: stats.removed,
    changed: stats.changed,
    unchanged: stats.unchanged,
    breaking: counts.error,
    loadMs: Math.round(timing.loadMs),
    diffMs: Math.round(timing.diffMs),
  };
  // Breaking first: a reviewer reads the top of the table.
  const rows = [...result.operations].sort((a, b) => {
    const ca = countBySeverity(a.findings);
    const cb = countBySeverity(b.findings);
    return (
      cb.error - ca.error ||
      cb.warning - ca.warning ||
      CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
      a.endpoint.localeCompare(b.endpoint)
    );
  });
  report.tables.push({
    title: 'Operations changed',
    columns: ['Operation', 'Change', 'Errors', 'Warnings', 'Notices', 'Rules'],
    rows: rows.map((r) => {
      const c = countBySeverity(r.findings);
      return [
        r.endpoint,
        r.change,
        c.error,
        c.warning,
        c.notice,
        [...new Set(r.findings.map((f) => f.rule))].join(', '),
      ];
    }),
  });
  report.details = [
    `Base ${base.root.display} (OpenAPI ${base.version}): ${stats.baseOperations} operations`,
    `Head ${head.root.display} (OpenAPI ${head.version}): ${stats.headOperations} operations`,
    `${stats.removed} removed, ${stats.added} added, ${stats.changed} changed, ${stats.unchanged} unchanged`,
  ];
  for (const r of rows) {
    report.details.push(`${r.change.toUpperCase().padEnd(8)} ${r.endpoint}`);
    for (const f of sortFindings(r.findings))
      report.details.push(`  ${f.severity.padEnd(7)} ${f.rule}: ${stripEndpoint(f)}${where(f)}`);
  }
  return report;
}

function stripEndpoint(f: Finding): string {
  const endpoint = String(f.data?.endpoint ?? '');
  return endpoint && f.message.startsWith(`${endpoint}: `) ? f.message.slice(endpoint.length + 2) : f.message;
}

function where(f: Finding): string {
  const parts = [f.data?.base && `base ${String(f.data.base)}`, f.data?.head && `head ${String(f.data.head)}`].filter(
    Boolean,
  );
  return parts.length ? ` (${parts.join('; ')})` : '';
}
