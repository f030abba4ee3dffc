/**
 * The job summary: the one place every finding is shown, whatever the token may do (it needs no
 * permission, so fork PRs get it too). The runner drops a summary over 1 MiB, so each report gets
 * an equal share of a budget below that and is clipped at a clean boundary if it needs more.
 */
import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { blockingFindings, countBySeverity, type FailOn } from '../report/gate.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/types.js';

/** Below the runner's 1 MiB (1,048,576 bytes) per step, with room for what other steps add. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export interface JobSummaryOptions {
  /** Decides each report's pass/fail mark (default 'error'). */
  failOn?: FailOn;
  maxBytes?: number;
  /** Default: process.env; the summary is skipped when GITHUB_STEP_SUMMARY is not set. */
  env?: NodeJS.ProcessEnv;
}

export interface JobSummaryResult {
  written: boolean;
  bytes: number;
  /** Why nothing was written. */
  reason?: string;
  markdown: string;
}

export function renderJobSummary(reports: Report[], opts: Omit<JobSummaryOptions, 'env'> = {}): string {
  const failOn = opts.failOn ?? 'error';
  const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  const passedOf = (r: Report) => blockingFindings(r.findings, failOn).length === 0;
  const passed = reports.every(passedOf);

  const s = core.summary.emptyBuffer();
  s.addHeading(`backend-gate: ${passed ? '✅ passed' : '❌ failed'}`, 2);
  s.addTable([
    [
      { data: 'Mode', header: true },
      { data: 'Result', header: true },
      { data: 'Errors', header: true },
      { data: 'Warnings', header: true },
      { data: 'Notices', header: true },
    ],
    ...reports.map((r) => {
      const c = countBySeverity(r.findings);
      return [r.mode, passedOf(r) ? '✅ pass' : '❌ fail', String(c.error), String(c.warning), String(c.notice)];
    }),
  ]);
  if (failOn !== 'error') s.addRaw(`Gate: fails on findings at or above <code>${failOn}</code>.`, true);
  const head = s.stringify();
  s.emptyBuffer();

  const share = Math.floor(
    (maxBytes - Buffer.byteLength(head, 'utf8') - 16 * reports.length) / Math.max(1, reports.length),
  );
  const parts = reports.map((r) =>
    renderMarkdown(r, {
      passed: passedOf(r),
      maxLength: share,
      measure: 'bytes',
      clipNotice: 'Every finding is in the JSON report file (the `report-json` output).',
    }),
  );
  return [head, ...parts].join('\n\n');
}

export async function writeJobSummary(reports: Report[], opts: JobSummaryOptions = {}): Promise<JobSummaryResult> {
  const env = opts.env ?? process.env;
  const markdown = renderJobSummary(reports, opts);
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (!env.GITHUB_STEP_SUMMARY) {
    return {
      written: false,
      bytes,
      reason: 'GITHUB_STEP_SUMMARY is not set (not running in GitHub Actions).',
      markdown,
    };
  }
  // Appended as core.summary.write() does; written here because core caches the first file name.
  await appendFile(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  return { written: true, bytes, markdown };
}
