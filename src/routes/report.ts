/** Turns a checked spec or a spec diff into the mode's Report: summary, findings, tables, details. */
import { countBySeverity, sortFindings } from '../report/gate.js';
import { fingerprint } from '../report/fingerprint.js';
import { emptyReport, type Finding, type Report } from '../report/types.js';
import type { DiffResult, OperationRow } from './diff/engine.js';
import type { DriftResult } from './drift/compare.js';
import type { ExtractionResult } from './extract/index.js';
import type { OpenApiDocument } from './extract/openapi.js';
import type { DatabaseSpec } from './fromdb/index.js';
import type { Operation } from './model.js';
import type { LoadedSpec } from './spec/load.js';
import { HTTP_METHODS } from './spec/validate.js';

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

/** Adds the spec↔code comparison to a check or diff report: findings, a table and counts. */
export function addDrift(
  report: Report,
  code: ExtractionResult,
  drift: DriftResult,
  timing: { driftMs: number },
): void {
  report.findings = sortFindings([...report.findings, ...drift.findings]);
  const count = (rule: string) => drift.findings.filter((f) => f.rule === rule).length;
  const undocumented = count('route-undocumented');
  const notImplemented = count('route-not-implemented');
  Object.assign(report.metrics, {
    codeRoutes: drift.codeRoutes,
    implemented: drift.implemented,
    undocumented,
    notImplemented,
    paramMismatches: count('route-param-mismatch'),
    unresolvedRoutes: code.unresolved.length,
    driftMs: Math.round(timing.driftMs),
  });
  report.summary += ` Code in ${code.dir}: ${drift.codeRoutes} routes, ${drift.implemented} of ${drift.specOperations} documented operations implemented, ${undocumented} undocumented, ${notImplemented} not implemented.`;
  report.tables.push({
    title: 'Spec and code',
    columns: ['Operation', 'Status', 'Spec', 'Code'],
    rows: [...drift.rows].sort(
      (a, b) => STATUS_ORDER[String(a[1])] - STATUS_ORDER[String(b[1])] || String(a[0]).localeCompare(String(b[0])),
    ),
  });
}

const STATUS_ORDER: Record<string, number> = { 'not implemented': 0, undocumented: 1, implemented: 2 };

export type SpecSourceResult =
  | { kind: 'code'; code: ExtractionResult; doc: OpenApiDocument; ms: number }
  | { kind: 'db'; fromDb: DatabaseSpec; doc: OpenApiDocument; ms: number };

/** `routes spec`: what was read and what the spec holds; unresolved routes are findings at file:line. */
export function specReport(source: SpecSourceResult): Report {
  const paths = Object.entries((source.doc.paths ?? {}) as Record<string, Record<string, { operationId?: string }>>);
  const operations = paths.flatMap(([p, item]) =>
    Object.entries(item)
      .filter(([m]) => HTTP_METHODS.includes(m as (typeof HTTP_METHODS)[number]))
      .map(([m, op]) => [`${m.toUpperCase()} ${p}`, op.operationId ?? ''] as const),
  );
  const report = emptyReport('routes');
  report.metrics = { operations: operations.length, paths: paths.length, ms: Math.round(source.ms) };
  if (source.kind === 'code') {
    const { code } = source;
    report.summary = `OpenAPI 3.1 spec from ${code.routes.length} routes registered in ${code.dir} (${code.files} files): ${operations.length} operations in ${paths.length} paths${code.unresolved.length > 0 ? `; ${code.unresolved.length} routes could not be resolved statically` : ''}.`;
    report.metrics.files = code.files;
    report.metrics.unresolvedRoutes = code.unresolved.length;
    report.findings = code.unresolved.map((u) => ({
      rule: 'route-unresolved',
      severity: 'warning' as const,
      message: `${u.method ? `A ${u.method} route` : 'A route'} is left out of the spec: ${u.reason}${u.code ? ` (\`${u.code}\`)` : ''}.`,
      location: { file: u.location.file, line: u.location.line, column: u.location.column },
      fingerprint: fingerprint('route-unresolved', u.location.file, u.code, u.reason),
      fix: {
        description:
          'Use a constant path (or prefix) so it can be read statically, or add the operation to the spec by hand.',
      },
    }));
    report.tables.push({
      title: 'Routes',
      columns: ['Operation', 'Framework', 'Source', 'Schemas'],
      rows: code.routes.map((r) => [
        `${r.method} ${r.template}`,
        r.framework,
        `${r.location.file}:${r.location.line}`,
        Object.keys(r.schemas ?? {}).join(', '),
      ]),
    });
  } else {
    const { fromDb } = source;
    report.summary = `OpenAPI 3.1 CRUD spec from ${fromDb.tables.length} tables of ${fromDb.database}: ${operations.length} operations in ${paths.length} paths.`;
    report.metrics.tables = fromDb.tables.length;
    report.findings = fromDb.notes.map((n) => ({
      rule: 'table-without-primary-key',
      severity: 'notice' as const,
      message: n.message,
      fingerprint: fingerprint('table-without-primary-key', n.table),
      fix: { description: 'Add a primary key to get get/update/delete operations for it.' },
    }));
    report.tables.push({
      title: 'Tables',
      columns: ['Table', 'Primary key', 'Operations'],
      rows: fromDb.tables.map((t) => [t.name, t.primaryKey.join(', ') || '-', t.operations.join(', ')]),
    });
  }
  report.details = operations.map(([label, id]) => `  ${label}${id ? ` (${id})` : ''}`);
  return report;
}
