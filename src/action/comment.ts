/**
 * One sticky PR comment per mode (as marocchino/sticky-pull-request-comment does): a hidden
 * marker names it, and only a comment carrying the marker AND written by us is ours to update,
 * so a human quoting the marker is never edited. No permission (fork PRs get a read-only
 * token) means a skipped comment and a warning, never a failed gate.
 */
import type { Logger } from '../log.js';
import { clipMarkdown, COMMENT_MAX_LENGTH } from '../report/markdown.js';
import type { Mode } from '../report/types.js';
import { createGitHubClient, GitHubApiError, type GitHubClient, type IssueComment } from './github-api.js';

/** GitHub's own limit for a comment body, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * The author of comments made with the workflow's GITHUB_TOKEN. That token cannot read GET /user,
 * so this login is the one we match when the token does not tell us who it is.
 */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface StickyCommentOptions {
  token: string;
  /** REST base URL; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  owner: string;
  repo: string;
  issueNumber: number;
  mode: Mode;
  body: string;
  log: Logger;
  /** The PR comes from a fork and the event is `pull_request`: the token is read-only. */
  fork?: boolean;
  /** Where the full report is, for the clip notice. */
  summaryUrl?: string;
  /** Injected client (tests, or a caller that already made one). */
  client?: GitHubClient;
}

export interface StickyCommentResult {
  outcome: 'created' | 'updated' | 'skipped';
  reason?: string;
  url?: string;
}

export function commentMarker(mode: Mode): string {
  return `<!-- backend-gate:${mode} -->`;
}

export async function upsertStickyComment(opts: StickyCommentOptions): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, log } = opts;
  const where = `${owner}/${repo}#${issueNumber}`;
  if (opts.fork) {
    return skipped(
      log,
      `The pull request comes from a fork, so the workflow token cannot comment on ${where}. The report is in the job summary.`,
    );
  }
  const client = opts.client ?? createGitHubClient({ token: opts.token, apiUrl: opts.apiUrl });
  const marker = commentMarker(opts.mode);

  try {
    const login = (await client.currentLogin()) ?? ACTIONS_BOT_LOGIN;
    const existing = await findOwnComment(client, owner, repo, issueNumber, marker, login);
    const send = (text: string) =>
      existing
        ? client.updateIssueComment(owner, repo, existing.id, text)
        : client.createIssueComment(owner, repo, issueNumber, text);
    const sent: IssueComment = await sendClipped(send, {
      marker,
      body: opts.body,
      summaryUrl: opts.summaryUrl,
      log,
      what: `the ${opts.mode} comment`,
    });
    const outcome = existing ? 'updated' : 'created';
    log.info(
      `${outcome === 'created' ? 'Created' : 'Updated'} the ${opts.mode} comment on ${where}: ${sent.url ?? ''}`,
    );
    return { outcome, url: sent.url };
  } catch (e) {
    if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
      return skipped(
        log,
        `No permission to comment on ${where} (${e.status} ${e.message}). A fork PR gets a read-only token; ` +
          `otherwise give the job \`permissions: pull-requests: write\`. The report is in the job summary.`,
      );
    }
    if (e instanceof GitHubApiError) {
      return skipped(log, `Could not post the ${opts.mode} comment on ${where}: ${e.status} ${e.message}.`);
    }
    return skipped(log, `Could not post the ${opts.mode} comment on ${where}: ${(e as Error)?.message ?? String(e)}.`);
  }
}

async function findOwnComment(
  client: GitHubClient,
  owner: string,
  repo: string,
  issueNumber: number,
  marker: string,
  login: string,
): Promise<IssueComment | undefined> {
  for await (const page of client.issueComments(owner, repo, issueNumber)) {
    const ours = page.find((c) => c.login === login && c.body.includes(marker));
    if (ours) return ours;
  }
  return undefined;
}

/**
 * Sends the marked body (clipped to COMMENT_MAX_LENGTH). If GitHub still finds it too long (422: it
 * counted otherwise than we did, in bytes, or a GitHub Enterprise server has a lower limit), clips
 * once more, in bytes (never fewer than characters), below the limit it states, and resends.
 */
export async function sendClipped<T>(
  send: (text: string) => Promise<T>,
  opts: { marker: string; body: string; summaryUrl?: string; log: Logger; what: string },
): Promise<T> {
  const body = withMarker(opts.marker, opts.body, COMMENT_MAX_LENGTH, opts.summaryUrl);
  try {
    return await send(body);
  } catch (e) {
    if (!(e instanceof GitHubApiError && e.status === 422 && isTooLong(e))) throw e;
    const target = Math.min(
      (statedLimit(e) ?? GITHUB_COMMENT_LIMIT) - 536,
      Math.floor(Buffer.byteLength(body, 'utf8') * 0.9),
    );
    if (target < 1_000) throw e;
    const smaller = withMarker(opts.marker, opts.body, target, opts.summaryUrl, 'bytes');
    opts.log.info(`GitHub found ${opts.what} too long (${body.length} characters); sending it clipped.`);
    return send(smaller);
  }
}

/** The marker first, then the body clipped so both fit under the limit. */
export function withMarker(
  marker: string,
  body: string,
  limit: number,
  summaryUrl: string | undefined,
  measure: 'chars' | 'bytes' = 'chars',
): string {
  const head = `${marker}\n`;
  return head + clipMarkdown(body, limit - head.length, { summaryUrl, measure });
}

function isTooLong(e: GitHubApiError): boolean {
  return /too long|maximum is/i.test(JSON.stringify(e.data ?? e.message));
}

/** "body is too long (maximum is 65536 characters)" → 65536. */
function statedLimit(e: GitHubApiError): number | undefined {
  const m = JSON.stringify(e.data ?? e.message).match(/maximum is (\d+)/i);
  return m ? Number(m[1]) : undefined;
}

function skipped(log: Logger, reason: string): StickyCommentResult {
  log.warning(reason);
  return { outcome: 'skipped', reason };
}
