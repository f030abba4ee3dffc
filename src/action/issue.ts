/**
 * One tracking issue per mode in the repository, for runs that have no pull request (a nightly
 * `audit`): created once, then edited in place on every run, so a schedule never piles up issues.
 * Like the sticky comment, ours is the open issue carrying the hidden marker AND written by us.
 *
 * All clear: a run with no findings edits the open issue to say so and closes it as completed;
 * it opens nothing when no issue is open. Findings that come back later open a new issue, which
 * notifies watchers again, as a regression should. No permission (`issues: write` missing, issues
 * turned off) means a warning, never a throw and never a failed gate.
 */
import type { Logger } from '../log.js';
import type { Mode } from '../report/types.js';
import { ACTIONS_BOT_LOGIN, sendClipped } from './comment.js';
import { createGitHubClient, GitHubApiError, type GitHubClient, type Issue } from './github-api.js';

export interface TrackingIssueOptions {
  token?: string;
  /** REST base URL; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  owner: string;
  repo: string;
  mode: Mode;
  title: string;
  /** The rendered report (markdown); clipped below GitHub's body limit when it is larger. */
  body: string;
  /** The run found nothing: close the open issue as all clear, open none. */
  allClear: boolean;
  log: Logger;
  /** The run's page (job summary), linked from the issue. */
  summaryUrl?: string;
  /** When the run happened, shown in the issue (default now). */
  now?: Date;
  /** Injected client (tests, or a caller that already made one). */
  client?: GitHubClient;
}

export interface TrackingIssueResult {
  /** 'unchanged': all clear and no issue open, or the issue already says exactly this. */
  outcome: 'created' | 'updated' | 'closed' | 'unchanged' | 'skipped';
  number?: number;
  url?: string;
  reason?: string;
}

export function issueMarker(mode: Mode): string {
  return `<!-- backend-gate:issue:${mode} -->`;
}

export async function upsertTrackingIssue(opts: TrackingIssueOptions): Promise<TrackingIssueResult> {
  const { owner, repo, mode, log } = opts;
  const where = `${owner}/${repo}`;
  const client = opts.client ?? createGitHubClient({ token: opts.token ?? '', apiUrl: opts.apiUrl });
  const marker = issueMarker(mode);
  const body = issueBody(opts);

  try {
    const login = (await client.currentLogin()) ?? ACTIONS_BOT_LOGIN;
    const existing = await findOwnIssue(client, owner, repo, marker, login);

    if (opts.allClear && !existing) {
      log.info(`No ${mode} findings and no open tracking issue in ${where}: nothing to update.`);
      return { outcome: 'unchanged' };
    }
    const what = `the ${mode} tracking issue`;
    const send = (text: string): Promise<Issue> => {
      if (!existing) return client.createIssue(owner, repo, { title: opts.title, body: text });
      if (!opts.allClear && text === existing.body && opts.title === existing.title) return Promise.resolve(existing);
      return client.updateIssue(owner, repo, existing.number, {
        title: opts.title,
        body: text,
        ...(opts.allClear && { state: 'closed' as const, stateReason: 'completed' as const }),
      });
    };
    const sent = await sendClipped(send, { marker, body, summaryUrl: opts.summaryUrl, log, what });

    const outcome = !existing ? 'created' : opts.allClear ? 'closed' : sent === existing ? 'unchanged' : 'updated';
    const verb = { created: 'Opened', updated: 'Updated', closed: 'All clear: closed', unchanged: 'Left as it was' }[
      outcome
    ];
    log.info(`${verb} ${what} ${where}#${sent.number}: ${sent.url ?? ''}`);
    return { outcome, number: sent.number, url: sent.url };
  } catch (e) {
    if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
      return skipped(
        log,
        `No permission to write issues in ${where} (${e.status} ${e.message}). Give the job ` +
          '`permissions: issues: write` to keep a tracking issue. The report is in the job summary.',
      );
    }
    if (e instanceof GitHubApiError && e.status === 410) {
      return skipped(
        log,
        `Issues are turned off in ${where} (${e.status} ${e.message}): no tracking issue. ` +
          'Turn issues on in the repository settings, or set `issue: false`. The report is in the job summary.',
      );
    }
    const detail = e instanceof GitHubApiError ? `${e.status} ${e.message}` : ((e as Error)?.message ?? String(e));
    return skipped(log, `Could not update the ${mode} tracking issue in ${where}: ${detail}.`);
  }
}

/** The newest open issue (GitHub lists newest first) with our marker, written by us. */
async function findOwnIssue(
  client: GitHubClient,
  owner: string,
  repo: string,
  marker: string,
  login: string,
): Promise<Issue | undefined> {
  for await (const page of client.openIssues(owner, repo)) {
    const ours = page.find((i) => i.login === login && i.body.includes(marker));
    if (ours) return ours;
  }
  return undefined;
}

/** A line saying what this issue is and when it was last written, then the report. */
function issueBody(opts: TrackingIssueOptions): string {
  const when = (opts.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const run = opts.summaryUrl ? `[run of ${when}](${opts.summaryUrl})` : `run of ${when}`;
  const head = opts.allClear
    ? `✅ **All clear**: the ${run} found nothing, so this issue is closed. A new one opens if findings come back.`
    : `Kept up to date by backend-gate's \`${opts.mode}\` mode: edited on every run, closed when a run finds nothing. ` +
      `Last written by the ${run}.`;
  return `> ${head}\n\n${opts.body}`;
}

function skipped(log: Logger, reason: string): TrackingIssueResult {
  log.warning(reason);
  return { outcome: 'skipped', reason };
}
