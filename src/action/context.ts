/**
 * Which pull request this run belongs to, read from the event payload the runner leaves at
 * GITHUB_EVENT_PATH and from GITHUB_REPOSITORY. A push or a schedule has no PR: null, and the
 * Action writes no comment. A fork PR under `pull_request` gets a read-only token: we say so up
 * front instead of waiting for the 403.
 */
import { readFileSync } from 'node:fs';

export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  eventName?: string;
  /** The head branch lives in another repository. */
  isFork: boolean;
  /** Fork under `pull_request`: GITHUB_TOKEN is read-only whatever `permissions:` says. */
  readOnlyToken: boolean;
  /** The commit the PR is compared with (its base branch's head when the event fired). */
  baseSha?: string;
}

interface EventPayload {
  number?: number;
  pull_request?: { number?: number; head?: { repo?: { full_name?: string } | null }; base?: { sha?: string } };
  issue?: { number?: number; pull_request?: unknown };
}

export function readPullRequestContext(
  env: NodeJS.ProcessEnv = process.env,
  opts: { prNumber?: number } = {},
): PullRequestContext | null {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return null;
  const eventName = env.GITHUB_EVENT_NAME;
  const payload = readPayload(env.GITHUB_EVENT_PATH);

  const number =
    opts.prNumber ??
    payload?.pull_request?.number ??
    // A comment on a PR arrives as an issue_comment whose issue has a pull_request link.
    (payload?.issue?.pull_request ? payload.issue.number : undefined);
  if (!number || !Number.isInteger(number) || number <= 0) return null;

  const head = payload?.pull_request?.head;
  // A head repo of null is a fork that was deleted: still not ours.
  const headRepo = head?.repo?.full_name;
  const isFork =
    head?.repo === null || (headRepo !== undefined && headRepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase());
  return {
    owner,
    repo,
    number,
    eventName,
    isFork,
    readOnlyToken: isFork && eventName === 'pull_request',
    ...(payload?.pull_request?.base?.sha ? { baseSha: payload.pull_request.base.sha } : {}),
  };
}

function readPayload(file: string | undefined): EventPayload | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EventPayload;
  } catch {
    return undefined;
  }
}
