/**
 * Everything the Action shows on GitHub for a run: job summary, annotations, one sticky comment
 * per mode, and on runs without a pull request (a schedule) an optional tracking issue per mode.
 * Best effort by design: a step that cannot publish logs a warning and the others go on;
 * the gate's result is decided by the caller from the Reports, never by what got published.
 */
import path from 'node:path';
import type { Logger } from '../log.js';
import { blockingFindings, type FailOn } from '../report/gate.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Redactor } from '../report/mask.js';
import type { Mode, Report } from '../report/types.js';
import { emitAnnotations, type AnnotateResult, type AnnotationSink } from './annotate.js';
import { upsertStickyComment, type StickyCommentResult } from './comment.js';
import { readPullRequestContext } from './context.js';
import type { GitHubClient } from './github-api.js';
import { upsertTrackingIssue, type TrackingIssueResult } from './issue.js';
import { writeJobSummary } from './summary.js';

export interface PublishOptions {
  token?: string;
  /** Post the sticky PR comment (the `comment` input). */
  commentEnabled?: boolean;
  /** Same as commentEnabled (the name of the input); either turns the comment on. */
  comment?: boolean;
  log: Logger;
  /** Masks once more what reaches GitHub, in case a report was not redacted upstream. */
  redactor?: Redactor;
  /** Decides each report's pass/fail mark in the summary and comment (default 'error'). */
  failOn?: FailOn;
  /** Absolute working directory; paths in findings are relative to it. */
  workingDirectory?: string;
  /** An explicit PR number (an input) wins over the event payload. */
  prNumber?: number;
  env?: NodeJS.ProcessEnv;
  apiUrl?: string;
  annotationSink?: AnnotationSink;
  client?: GitHubClient;
  /**
   * Keep one issue per mode up to date (the `issue` and `issue-title` inputs). Only on runs without
   * a pull request: a PR gets its sticky comment, and the issue tracks the repository's state.
   */
  issue?: { enabled: boolean; title?: string };
  /** The time written in the tracking issue (default now). */
  now?: Date;
}

export function defaultIssueTitle(mode: Mode): string {
  return mode === 'audit' ? 'backend-gate: database audit findings' : `backend-gate: ${mode} findings`;
}

export interface PublishResult {
  summaryWritten: boolean;
  annotations?: AnnotateResult;
  comments: Partial<Record<Mode, StickyCommentResult>>;
  issues: Partial<Record<Mode, TrackingIssueResult>>;
}

export async function publishReports(input: Report[], opts: PublishOptions): Promise<PublishResult> {
  const { log } = opts;
  const env = opts.env ?? process.env;
  const failOn = opts.failOn ?? 'error';
  const reports = opts.redactor ? opts.redactor.redactValue(input) : input;
  const result: PublishResult = { summaryWritten: false, comments: {}, issues: {} };

  try {
    const summary = await writeJobSummary(reports, { failOn, env });
    result.summaryWritten = summary.written;
    if (!summary.written) log.info(`Job summary not written: ${summary.reason}`);
  } catch (e) {
    log.warning(`Could not write the job summary: ${(e as Error)?.message ?? String(e)}`);
  }

  try {
    result.annotations = emitAnnotations(reports, {
      pathPrefix: repositoryPrefix(opts.workingDirectory, env.GITHUB_WORKSPACE),
      sink: opts.annotationSink,
    });
  } catch (e) {
    log.warning(`Could not write annotations: ${(e as Error)?.message ?? String(e)}`);
  }

  const pr = readPullRequestContext(env, { prNumber: opts.prNumber });
  if (opts.issue?.enabled) await publishIssues(reports, opts, { env, failOn, hasPullRequest: pr !== null }, result);

  const wanted = opts.commentEnabled ?? opts.comment ?? false;
  const skip = (reason: string, warn: boolean) => {
    (warn ? log.warning : log.info).call(log, reason);
    for (const r of reports) result.comments[r.mode] = { outcome: 'skipped', reason };
    return result;
  };
  if (!wanted) return skip('PR comment turned off (comment: false).', false);
  if (!pr) return skip('No pull request in this event: no PR comment. The report is in the job summary.', false);
  if (!opts.token && !opts.client)
    return skip('No github-token given: no PR comment. The report is in the job summary.', true);

  const summaryUrl = runUrl(env);
  for (const report of reports) {
    const body = renderMarkdown(report, {
      passed: blockingFindings(report.findings, failOn).length === 0,
      summaryUrl,
    });
    result.comments[report.mode] = await upsertStickyComment({
      token: opts.token ?? '',
      apiUrl: opts.apiUrl ?? env.GITHUB_API_URL,
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      mode: report.mode,
      body: opts.redactor ? opts.redactor.redact(body) : body,
      log,
      fork: pr.readOnlyToken,
      summaryUrl,
      client: opts.client,
    });
  }
  return result;
}

async function publishIssues(
  reports: Report[],
  opts: PublishOptions,
  run: { env: NodeJS.ProcessEnv; failOn: FailOn; hasPullRequest: boolean },
  result: PublishResult,
): Promise<void> {
  const { log } = opts;
  const skip = (reason: string, warn: boolean) => {
    (warn ? log.warning : log.info).call(log, reason);
    for (const r of reports) result.issues[r.mode] = { outcome: 'skipped', reason };
  };
  if (run.hasPullRequest) {
    return skip(
      'Tracking issue skipped in a pull request run: the PR gets the comment, the issue follows the schedule.',
      false,
    );
  }
  const [owner, repo] = (run.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return skip('GITHUB_REPOSITORY is not set: no tracking issue.', false);
  if (!opts.token && !opts.client) return skip('No github-token given: no tracking issue.', true);

  const summaryUrl = runUrl(run.env);
  for (const report of reports) {
    const body = renderMarkdown(report, {
      passed: blockingFindings(report.findings, run.failOn).length === 0,
      summaryUrl,
    });
    result.issues[report.mode] = await upsertTrackingIssue({
      token: opts.token,
      apiUrl: opts.apiUrl ?? run.env.GITHUB_API_URL,
      owner,
      repo,
      mode: report.mode,
      title: opts.issue?.title || defaultIssueTitle(report.mode),
      body: opts.redactor ? opts.redactor.redact(body) : body,
      allClear: report.findings.length === 0,
      log,
      summaryUrl,
      now: opts.now,
      client: opts.client,
    });
  }
}

/** The run's page, where GitHub shows the job summaries. */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  const attempt = GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${GITHUB_RUN_ATTEMPT}` : '';
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`;
}

/** `services/api` when the working directory is a folder of the checkout; annotations need repo paths. */
function repositoryPrefix(workingDirectory: string | undefined, workspace: string | undefined): string | undefined {
  if (!workingDirectory || !workspace) return undefined;
  const rel = path.relative(workspace, workingDirectory);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
