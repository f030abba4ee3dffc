import type { Finding, Report, Severity } from './types.js';

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Findings at or above the fail-on level: these fail the gate. */
export function blockingFindings(findings: Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  const limit = RANK[failOn];
  return findings.filter((f) => RANK[f.severity] <= limit);
}

export function gatePasses(reports: Report[], failOn: FailOn): boolean {
  return reports.every((r) => blockingFindings(r.findings, failOn).length === 0);
}

/** Errors first, then warnings, then by file and line: the order people read and annotations rank. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}
