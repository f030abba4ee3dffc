/**
 * A real HTTP server on 127.0.0.1 that answers the GitHub REST calls the Action makes, the way
 * GitHub does: paged issue comments and issues with a `Link` header (the issue list includes pull
 * requests, marked by a `pull_request` key), 422 for a body over the limit, 403 "Resource not
 * accessible by integration" for a read-only (fork) token, 410 when issues are turned off, GET /user
 * only for a user token. It records every request so tests can assert what was sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  login: string;
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  login: string;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  /** A pull request: GitHub lists it among the issues, with a `pull_request` key. */
  pullRequest: boolean;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
}

export interface FakeGitHubOptions {
  /** The login comments are created as (default: github-actions[bot], as with GITHUB_TOKEN). */
  actor?: string;
  /** Answer GET /user with this login (a user token); default: 403, as for GITHUB_TOKEN. */
  userLogin?: string;
  /** Longest accepted body (default GitHub's 65,536). */
  maxBodyLength?: number;
  /** How the limit counts: characters (GitHub's documented rule) or UTF-8 bytes (a stricter server). */
  limitUnit?: 'chars' | 'bytes';
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** When true every write answers 403, as for a fork PR's read-only token. */
  readOnly = false;
  /** When true the repository has issues turned off: /issues answers 410, as GitHub does. */
  issuesDisabled = false;
  private readonly server: Server;
  private readonly comments = new Map<string, FakeComment[]>();
  private readonly issueLists = new Map<string, FakeIssue[]>();
  /** Files by `owner/repo@ref:path`, served raw by GET /repos/:o/:r/contents/:path?ref=. */
  private readonly files = new Map<string, string>();
  private nextId = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');
  url = '';

  constructor(private readonly opts: FakeGitHubOptions = {}) {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e: unknown) => json(res, 500, { message: String(e) }));
    });
  }

  /** A file of the repository at a commit, for the contents API. */
  addFile(owner: string, repo: string, ref: string, path: string, content: string): void {
    this.files.set(`${owner}/${repo}@${ref}:${path}`, content);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  /** Existing comments on an issue, oldest first. */
  seed(owner: string, repo: string, issue: number, comments: { body: string; login: string }[]): FakeComment[] {
    const list = this.list(owner, repo, issue);
    const added = comments.map((c) => this.make(c.body, c.login));
    list.push(...added);
    return added;
  }

  commentsOn(owner: string, repo: string, issue: number): FakeComment[] {
    return this.list(owner, repo, issue);
  }

  /**
   * Existing issues and pull requests of a repository, oldest first (numbered in that order, as
   * GitHub numbers issues and pull requests from one sequence).
   */
  seedIssues(
    owner: string,
    repo: string,
    issues: { title: string; body?: string; login: string; state?: 'open' | 'closed'; pullRequest?: boolean }[],
  ): FakeIssue[] {
    const list = this.issuesList(owner, repo);
    const added = issues.map((i) =>
      this.makeIssue(list, i.title, i.body ?? '', i.login, { state: i.state, pullRequest: i.pullRequest }),
    );
    return added;
  }

  /** Every issue and pull request of a repository, oldest first. */
  issuesOf(owner: string, repo: string): FakeIssue[] {
    return this.issuesList(owner, repo);
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');
  }

  private list(owner: string, repo: string, issue: number): FakeComment[] {
    const key = `${owner}/${repo}#${issue}`.toLowerCase();
    if (!this.comments.has(key)) this.comments.set(key, []);
    return this.comments.get(key)!;
  }

  private issuesList(owner: string, repo: string): FakeIssue[] {
    const key = `${owner}/${repo}`.toLowerCase();
    if (!this.issueLists.has(key)) this.issueLists.set(key, []);
    return this.issueLists.get(key)!;
  }

  private makeIssue(
    list: FakeIssue[],
    title: string,
    body: string,
    login: string,
    extra: { state?: 'open' | 'closed'; pullRequest?: boolean } = {},
  ): FakeIssue {
    const at = new Date((this.clock += 1000)).toISOString();
    const issue: FakeIssue = {
      number: list.length + 1,
      title,
      body,
      login,
      state: extra.state ?? 'open',
      state_reason: extra.state === 'closed' ? 'completed' : null,
      pullRequest: extra.pullRequest ?? false,
      created_at: at,
      updated_at: at,
    };
    list.push(issue);
    return issue;
  }

  private make(body: string, login: string): FakeComment {
    const at = new Date((this.clock += 1000)).toISOString();
    return { id: this.nextId++, body, login, created_at: at, updated_at: at };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const body = raw ? (JSON.parse(raw) as unknown) : undefined;
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
    });
    if (!req.headers.authorization) return json(res, 401, { message: 'Requires authentication' });

    let m: RegExpMatchArray | null;
    if (req.method === 'GET' && url.pathname === '/user') {
      if (!this.opts.userLogin) return json(res, 403, forbidden('users/users#get-the-authenticated-user'));
      return json(res, 200, { login: this.opts.userLogin, id: 1, type: 'User' });
    }
    if ((m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/)) && req.method === 'GET') {
      const key = `${m[1]}/${m[2]}@${url.searchParams.get('ref') ?? 'main'}:${decodeURIComponent(m[3])}`;
      const content = this.files.get(key);
      if (content === undefined) return json(res, 404, { message: 'Not Found' });
      // The raw media type answers the file itself, as GitHub does for application/vnd.github.raw.
      if (!(req.headers.accept ?? '').includes('raw')) return json(res, 415, { message: 'ask for the raw media type' });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(content);
      return;
    }
    if ((m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const list = this.list(m[1], m[2], Number(m[3]));
      if (req.method === 'GET') {
        return this.page(
          res,
          url,
          list.map((c) => this.toApi(c, m![1], m![2], Number(m![3]))),
        );
      }
      if (req.method === 'POST') {
        if (this.readOnly) return json(res, 403, forbidden('issues/comments#create-an-issue-comment'));
        const text = bodyField(body);
        const invalid = this.validate(text, 'create-an-issue-comment');
        if (invalid) return json(res, 422, invalid);
        const c = this.make(text!, this.opts.actor ?? 'github-actions[bot]');
        list.push(c);
        return json(res, 201, this.toApi(c, m[1], m[2], Number(m[3])));
      }
    }
    if ((m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/)) && req.method === 'PATCH') {
      if (this.readOnly) return json(res, 403, forbidden('issues/comments#update-an-issue-comment'));
      for (const [key, list] of this.comments) {
        const c = list.find((x) => x.id === Number(m![3]));
        if (!c) continue;
        const text = bodyField(body);
        const invalid = this.validate(text, 'update-an-issue-comment');
        if (invalid) return json(res, 422, invalid);
        c.body = text!;
        c.updated_at = new Date((this.clock += 1000)).toISOString();
        const issue = Number(key.split('#')[1]);
        return json(res, 200, this.toApi(c, m[1], m[2], issue));
      }
      return json(res, 404, {
        message: 'Not Found',
        documentation_url: DOCS + 'issues/comments#update-an-issue-comment',
      });
    }
    if ((m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues$/))) {
      if (this.issuesDisabled) return json(res, 410, gone());
      const list = this.issuesList(m[1], m[2]);
      if (req.method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        if (!['open', 'closed', 'all'].includes(state)) {
          return json(
            res,
            422,
            validationFailed('invalid', 'state', undefined, 'issues/issues#list-repository-issues'),
          );
        }
        // Newest first, GitHub's default order (sort=created, direction=desc).
        const shown = list.filter((i) => state === 'all' || i.state === state).reverse();
        return this.page(
          res,
          url,
          shown.map((i) => this.issueToApi(i, m![1], m![2])),
        );
      }
      if (req.method === 'POST') {
        if (this.readOnly) return json(res, 403, forbidden('issues/issues#create-an-issue'));
        const fields = body as { title?: unknown; body?: unknown } | undefined;
        const doc = 'issues/issues#create-an-issue';
        if (typeof fields?.title !== 'string' || fields.title === '') {
          return json(res, 422, validationFailed('missing_field', 'title', undefined, doc, 'Issue'));
        }
        const text = typeof fields.body === 'string' ? fields.body : '';
        const invalid = text === '' ? undefined : this.validate(text, doc, 'Issue');
        if (invalid) return json(res, 422, invalid);
        const issue = this.makeIssue(list, fields.title, text, this.opts.actor ?? 'github-actions[bot]');
        return json(res, 201, this.issueToApi(issue, m[1], m[2]));
      }
    }
    if ((m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/)) && req.method === 'PATCH') {
      if (this.issuesDisabled) return json(res, 410, gone());
      if (this.readOnly) return json(res, 403, forbidden('issues/issues#update-an-issue'));
      const doc = 'issues/issues#update-an-issue';
      const issue = this.issuesList(m[1], m[2]).find((i) => i.number === Number(m![3]));
      if (!issue) return json(res, 404, { message: 'Not Found', documentation_url: DOCS + doc });
      const fields = (body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown };
      if (typeof fields.body === 'string') {
        const invalid = fields.body === '' ? undefined : this.validate(fields.body, doc, 'Issue');
        if (invalid) return json(res, 422, invalid);
        issue.body = fields.body;
      }
      if (typeof fields.title === 'string' && fields.title !== '') issue.title = fields.title;
      if (fields.state === 'open' || fields.state === 'closed') {
        issue.state = fields.state;
        issue.state_reason =
          fields.state === 'open' ? 'reopened' : fields.state_reason === 'not_planned' ? 'not_planned' : 'completed';
      }
      issue.updated_at = new Date((this.clock += 1000)).toISOString();
      return json(res, 200, this.issueToApi(issue, m[1], m[2]));
    }
    return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private page(res: ServerResponse, url: URL, list: object[]): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(list.length / perPage));
    const link = (p: number) => {
      const u = new URL(url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const rels: string[] = [];
    if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
    const items = list.slice((page - 1) * perPage, page * perPage);
    json(res, 200, items, rels.length > 0 ? { link: rels.join(', ') } : {});
  }

  private validate(text: string | undefined, doc: string, resource = 'IssueComment'): object | undefined {
    if (text === undefined || text === '') {
      return validationFailed('missing_field', 'body', undefined, doc, resource);
    }
    const max = this.opts.maxBodyLength ?? 65_536;
    const size = this.opts.limitUnit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
    if (size > max) {
      return validationFailed('custom', 'body', `body is too long (maximum is ${max} characters)`, doc, resource);
    }
    return undefined;
  }

  private issueToApi(i: FakeIssue, owner: string, repo: string): object {
    const kind = i.pullRequest ? 'pull' : 'issues';
    return {
      id: 500_000 + i.number,
      node_id: `I_${i.number}`,
      number: i.number,
      url: `${this.url}/repos/${owner}/${repo}/issues/${i.number}`,
      html_url: `https://github.com/${owner}/${repo}/${kind}/${i.number}`,
      title: i.title,
      body: i.body === '' ? null : i.body,
      state: i.state,
      state_reason: i.state_reason,
      user: { login: i.login, id: i.login.length, type: i.login.endsWith('[bot]') ? 'Bot' : 'User' },
      labels: [],
      comments: 0,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.state === 'closed' ? i.updated_at : null,
      author_association: 'MEMBER',
      ...(i.pullRequest && {
        pull_request: {
          url: `${this.url}/repos/${owner}/${repo}/pulls/${i.number}`,
          html_url: `https://github.com/${owner}/${repo}/pull/${i.number}`,
        },
      }),
    };
  }

  private toApi(c: FakeComment, owner: string, repo: string, issue: number): object {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
      body: c.body,
      user: { login: c.login, id: c.login.length, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: 'MEMBER',
    };
  }
}

const DOCS = 'https://docs.github.com/rest/';

function forbidden(doc: string): object {
  return { message: 'Resource not accessible by integration', documentation_url: DOCS + doc, status: '403' };
}

function gone(): object {
  return { message: 'Issues are disabled for this repo', documentation_url: DOCS + 'issues/issues', status: '410' };
}

function validationFailed(
  code: string,
  field: string,
  message: string | undefined,
  doc: string,
  resource = 'IssueComment',
): object {
  return {
    message: 'Validation Failed',
    errors: [{ resource, code, field, ...(message ? { message } : {}) }],
    // Comment validations name the operation only; others pass the full 'area/page#operation'.
    documentation_url: DOCS + (doc.includes('#') ? doc : 'issues/comments#' + doc),
    status: '422',
  };
}

function bodyField(body: unknown): string | undefined {
  const b = (body as { body?: unknown } | undefined)?.body;
  return typeof b === 'string' ? b : undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
}
