/**
 * The few GitHub REST calls the Action makes, over @actions/github's octokit (proxy-aware, as the
 * runner expects). The base URL comes from GITHUB_API_URL (GitHub Enterprise, or a test's fake
 * server). Failures become GitHubApiError with the HTTP status, so callers decide per status.
 */
import { getOctokit } from '@actions/github';

export interface IssueComment {
  id: number;
  body: string;
  login: string;
  url?: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  login: string;
  state: 'open' | 'closed';
  url?: string;
}

export interface IssueChange {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  /** Why it was closed; GitHub shows 'completed' as done, 'not_planned' as dismissed. */
  stateReason?: 'completed' | 'not_planned' | 'reopened';
}

export interface GitHubClient {
  /** The login behind the token, or undefined when the token may not read it (GITHUB_TOKEN). */
  currentLogin(): Promise<string | undefined>;
  /** Every comment of an issue or PR, page by page (100 a page), oldest first. */
  issueComments(owner: string, repo: string, issueNumber: number): AsyncIterable<IssueComment[]>;
  createIssueComment(owner: string, repo: string, issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment>;
  /** Open issues, page by page (100 a page), newest first; pull requests (which /issues also lists) left out. */
  openIssues(owner: string, repo: string): AsyncIterable<Issue[]>;
  createIssue(owner: string, repo: string, issue: { title: string; body: string }): Promise<Issue>;
  updateIssue(owner: string, repo: string, issueNumber: number, change: IssueChange): Promise<Issue>;
  /** A file of the repository at a commit (raw text), or undefined when it does not exist there. */
  fileAt(owner: string, repo: string, path: string, ref: string): Promise<string | undefined>;
}

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** GitHub's error JSON, when there was one. */
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

export const DEFAULT_API_URL = 'https://api.github.com';

export function apiUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_API_URL || DEFAULT_API_URL;
}

export function createGitHubClient(opts: { token: string; apiUrl?: string }): GitHubClient {
  const octokit = getOctokit(opts.token, {
    baseUrl: (opts.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, ''),
    // Octokit's default logger writes to the console; the Action reports through its own Logger.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  const toComment = (c: { id: number; body?: string | null; user?: { login: string } | null; html_url?: string }) => ({
    id: c.id,
    body: c.body ?? '',
    login: c.user?.login ?? '',
    url: c.html_url,
  });

  const toIssue = (i: {
    number: number;
    title: string;
    body?: string | null;
    user?: { login: string } | null;
    state: string;
    html_url?: string;
  }): Issue => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    login: i.user?.login ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    url: i.html_url,
  });

  return {
    async currentLogin() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (e) {
        // An installation token (GITHUB_TOKEN) answers 403 here: not an error, just unknown.
        if (statusOf(e) === 401 || statusOf(e) === 403 || statusOf(e) === 404) return undefined;
        throw wrap(e);
      }
    },
    issueComments(owner, repo, issueNumber) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      return (async function* () {
        try {
          for await (const page of pages) yield page.data.map(toComment);
        } catch (e) {
          throw wrap(e);
        }
      })();
    },
    async createIssueComment(owner, repo, issueNumber, body) {
      try {
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
        return toComment(data);
      } catch (e) {
        throw wrap(e);
      }
    },
    async updateIssueComment(owner, repo, commentId, body) {
      try {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
        return toComment(data);
      } catch (e) {
        throw wrap(e);
      }
    },
    openIssues(owner, repo) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        per_page: 100,
      });
      return (async function* () {
        try {
          // GitHub lists pull requests as issues too; they carry a `pull_request` key.
          for await (const page of pages) yield page.data.filter((i) => !i.pull_request).map(toIssue);
        } catch (e) {
          throw wrap(e);
        }
      })();
    },
    async createIssue(owner, repo, issue) {
      try {
        const { data } = await octokit.rest.issues.create({ owner, repo, title: issue.title, body: issue.body });
        return toIssue(data);
      } catch (e) {
        throw wrap(e);
      }
    },
    async updateIssue(owner, repo, issueNumber, change) {
      try {
        const { data } = await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: issueNumber,
          ...(change.title !== undefined && { title: change.title }),
          ...(change.body !== undefined && { body: change.body }),
          ...(change.state && { state: change.state }),
          ...(change.stateReason && { state_reason: change.stateReason }),
        });
        return toIssue(data);
      } catch (e) {
        throw wrap(e);
      }
    },
    async fileAt(owner, repo, path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({
          owner,
          repo,
          path,
          ref,
          mediaType: { format: 'raw' },
        });
        // With the raw media type the body is the file itself, whatever the typings say.
        return typeof data === 'string' ? data : JSON.stringify(data);
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw wrap(e);
      }
    },
  };
}

function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function wrap(e: unknown): Error {
  const status = statusOf(e);
  if (status === undefined) return e instanceof Error ? e : new Error(String(e));
  const data = (e as { response?: { data?: unknown } }).response?.data;
  const message = (data as { message?: unknown } | undefined)?.message;
  return new GitHubApiError(typeof message === 'string' ? message : (e as Error).message, status, data);
}
