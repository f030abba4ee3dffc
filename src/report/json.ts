/**
 * The JSON report file: every Report in one document with a fixed field order, so two runs over
 * the same input give the same bytes and a diff of two report files shows only what changed.
 */
import { countBySeverity } from './gate.js';
import type { Finding, Report } from './types.js';

export const TOOL_NAME = 'backend-gate';

export interface JsonMeta {
  version: string;
  passed: boolean;
}

export function renderJson(reports: Report[], meta: JsonMeta): string {
  const doc = {
    tool: TOOL_NAME,
    version: meta.version,
    passed: meta.passed,
    reports: reports.map(stableReport),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function stableReport(r: Report) {
  return {
    mode: r.mode,
    summary: r.summary,
    counts: countBySeverity(r.findings),
    findings: r.findings.map(stableFinding),
    metrics: sortKeys(r.metrics),
    tables: r.tables.map((t) => ({ title: t.title, columns: t.columns, rows: t.rows })),
    charts: r.charts.map((c) => ({
      title: c.title,
      xLabel: c.xLabel,
      yLabel: c.yLabel,
      x: c.x,
      series: c.series.map((s) => ({ name: s.name, values: s.values })),
    })),
    artifacts: r.artifacts.map((a) => ({ kind: a.kind, path: a.path, content: a.content })),
    details: r.details,
  };
}

function stableFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    location: f.location && {
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
      endLine: f.location.endLine,
      pointer: f.location.pointer,
    },
    fingerprint: f.fingerprint,
    fix: f.fix && {
      description: f.fix.description,
      text: f.fix.text,
      files: f.fix.files?.map((x) => ({ path: x.path, content: x.content })),
    },
    data: f.data && sortKeys(f.data),
  };
}

/** Measured data comes from maps built in whatever order a runner met the values. */
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}
