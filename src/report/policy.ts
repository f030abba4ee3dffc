/**
 * The user's policy applied to a Report after the runner: per-rule level overrides and the
 * ignore list. Expired ignores stop applying and say so, so an exception cannot outlive its reason.
 */
import type { IgnoreEntry } from '../settings/settings.js';
import { fingerprint } from './fingerprint.js';
import type { Finding, Report, Severity } from './types.js';

export interface PolicyInput {
  ignore: IgnoreEntry[];
  ruleLevels: Record<string, Severity | 'off'>;
  configFile: string;
  /** Today, YYYY-MM-DD (injected for tests). */
  today?: string;
}

export function applyPolicy(report: Report, policy: PolicyInput): Report {
  const today = policy.today ?? new Date().toISOString().slice(0, 10);
  const findings: Finding[] = [];
  let ignored = 0;
  const usedExpired = new Set<IgnoreEntry>();
  for (const f of report.findings) {
    const level = policy.ruleLevels[f.rule];
    if (level === 'off') {
      ignored++;
      continue;
    }
    const finding = level ? { ...f, severity: level } : f;
    const entry = policy.ignore.find((e) => matches(e, finding));
    if (entry) {
      if (entry.expires && entry.expires < today) {
        usedExpired.add(entry);
      } else {
        ignored++;
        continue;
      }
    }
    findings.push(finding);
  }
  for (const e of usedExpired) {
    const subject = e.rule ?? e.fingerprint ?? '';
    findings.push({
      rule: 'ignore-expired',
      severity: 'warning',
      message: `The ignore for '${subject}' expired on ${e.expires} and no longer applies (reason given: ${e.reason}). Fix the findings or extend the date.`,
      location: { file: policy.configFile, line: e.line },
      fingerprint: fingerprint('ignore-expired', subject, e.expires),
    });
  }
  return { ...report, findings, metrics: { ...report.metrics, ignored } };
}

function matches(e: IgnoreEntry, f: Finding): boolean {
  if (e.fingerprint && e.fingerprint !== f.fingerprint) return false;
  if (e.rule && e.rule !== f.rule) return false;
  if (e.path && !(f.location?.file ?? '').startsWith(e.path)) return false;
  return Boolean(e.fingerprint || e.rule);
}
