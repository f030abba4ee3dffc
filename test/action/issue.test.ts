import { test } from 'node:test';
import assert from 'node:assert/strict';
import { issueMarker, upsertTrackingIssue } from '../../src/action/issue.js';
import { MemoryLogger } from '../../src/log.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';
import { manyFindings, reportWith } from '../report/sample-report.js';

const OWNER = 'acme';
const REPO = 'shop';
const BOT = 'github-actions[bot]';
const RUN = 'https://github.com/acme/shop/actions/runs/31';

async function withFake(opts: FakeGitHubOptions, fn: (gh: FakeGitHub) => Promise<void>): Promise<void> {
  const gh = await new FakeGitHub(opts).start();
  try {
    await fn(gh);
  } finally {
    await gh.stop();
  }
}

function upsert(gh: FakeGitHub, body: string, extra: { allClear?: boolean; title?: string; now?: string } = {}) {
  const log = new MemoryLogger();
  const result = upsertTrackingIssue({
    token: 'ghs_faketoken',
    apiUrl: gh.url,
    owner: OWNER,
    repo: REPO,
    mode: 'audit',
    title: extra.title ?? 'backend-gate: database audit findings',
    body,
    allClear: extra.allClear ?? false,
    log,
    summaryUrl: RUN,
    now: new Date(extra.now ?? '2026-11-20T03:00:00Z'),
  });
  return { result, log };
}

/** Open issues and pull requests that are not ours, some carrying our marker. */
function noise(n: number): { title: string; body: string; login: string; pullRequest?: boolean }[] {
  const marker = issueMarker('audit');
  return Array.from({ length: n }, (_, i) => {
    if (i === 7) return { title: 'Quoting the bot', body: `${marker}\ncopied from the audit issue`, login: 'alice' };
    // A pull request by the bot that carries the marker: /issues lists it, but it is not an issue.
    if (i === 8) return { title: 'Bump deps', body: `${marker}\nmarker in a PR`, login: BOT, pullRequest: true };
    if (i % 5 === 0) return { title: `PR ${i}`, body: 'change', login: `dev${i % 3}`, pullRequest: true };
    return { title: `Bug ${i}`, body: `steps ${i}`, login: `dev${i % 3}` };
  });
}

const listCalls = (gh: FakeGitHub) =>
  gh.requests
    .filter((q) => q.method === 'GET' && q.path === `/repos/${OWNER}/${REPO}/issues`)
    .map((q) => [q.query.state, q.query.per_page, q.query.page ?? '1']);

test('the first run pages through 120 open issues, finds none of ours and opens one; the second run edits it', async () => {
  await withFake({}, async (gh) => {
    gh.seedIssues(OWNER, REPO, noise(120));
    const report = reportWith('audit', manyFindings(3, 'warning', 'unused-index'));

    const first = await upsert(gh, renderMarkdown(report)).result;
    assert.equal(first.outcome, 'created');
    assert.equal(first.number, 121);
    assert.equal(first.url, 'https://github.com/acme/shop/issues/121');
    assert.deepEqual(listCalls(gh), [
      ['open', '100', '1'],
      ['open', '100', '2'],
    ]);
    const created = gh.issuesOf(OWNER, REPO)[120];
    assert.equal(created.title, 'backend-gate: database audit findings');
    assert.equal(created.login, BOT);
    assert.ok(created.body.startsWith(`${issueMarker('audit')}\n> Kept up to date by backend-gate's \`audit\` mode`));
    assert.ok(created.body.includes(`[run of 2026-11-20T03:00:00Z](${RUN})`));
    assert.ok(created.body.includes('**`unused-index`**'));

    const second = await upsert(gh, renderMarkdown(reportWith('audit', manyFindings(1, 'warning', 'unused-index'))), {
      now: '2026-11-21T03:00:00Z',
    }).result;
    assert.equal(second.outcome, 'updated');
    assert.equal(second.number, 121);
    assert.equal(gh.issuesOf(OWNER, REPO).length, 121, 'no second issue');
    assert.ok(gh.issuesOf(OWNER, REPO)[120].body.includes('run of 2026-11-21T03:00:00Z'));
    assert.deepEqual(
      gh.writes().map((w) => `${w.method} ${w.path}`),
      ['POST /repos/acme/shop/issues', 'PATCH /repos/acme/shop/issues/121'],
    );
  });
});

test('an old issue of ours on page 2 is edited; a human quoting the marker and a bot PR with it are left alone', async () => {
  await withFake({}, async (gh) => {
    const marker = issueMarker('audit');
    // Ours, opened long ago: GitHub lists newest first, so it is on the second page.
    const [ours] = gh.seedIssues(OWNER, REPO, [{ title: 'old title', body: `${marker}\nold report`, login: BOT }]);
    // A closed issue of ours from an earlier all-clear is not reopened.
    gh.seedIssues(OWNER, REPO, [{ title: 'closed', body: `${marker}\nolder`, login: BOT, state: 'closed' }]);
    gh.seedIssues(OWNER, REPO, noise(150));

    const r = await upsert(gh, '## new report').result;
    assert.equal(r.outcome, 'updated');
    assert.equal(r.number, ours.number);
    const all = gh.issuesOf(OWNER, REPO);
    assert.equal(all[0].title, 'backend-gate: database audit findings', 'the title follows the input');
    assert.ok(all[0].body.endsWith('## new report'));
    assert.equal(all[1].body, `${marker}\nolder`);
    assert.equal(all[2 + 7].body, `${marker}\ncopied from the audit issue`);
    assert.equal(all[2 + 8].body, `${marker}\nmarker in a PR`);
    assert.deepEqual(listCalls(gh), [
      ['open', '100', '1'],
      ['open', '100', '2'],
    ]);
    assert.deepEqual(
      gh.writes().map((w) => `${w.method} ${w.path}`),
      [`PATCH /repos/acme/shop/issues/${ours.number}`],
    );
  });
});

test('a run with no findings closes the open issue as all clear; with none open it writes nothing', async () => {
  await withFake({}, async (gh) => {
    const none = await upsert(gh, renderMarkdown(reportWith('audit', [])), { allClear: true });
    assert.equal((await none.result).outcome, 'unchanged');
    assert.ok(none.log.lines.some((l) => l.startsWith('No audit findings and no open tracking issue')));
    assert.equal(gh.writes().length, 0);

    await upsert(gh, renderMarkdown(reportWith('audit', manyFindings(2, 'error', 'missing-fk-index')))).result;
    const clear = await upsert(gh, renderMarkdown(reportWith('audit', [])), { allClear: true }).result;
    assert.equal(clear.outcome, 'closed');
    const [issue] = gh.issuesOf(OWNER, REPO);
    assert.equal(issue.state, 'closed');
    assert.equal(issue.state_reason, 'completed');
    assert.match(issue.body, /^<!-- backend-gate:issue:audit -->\n> ✅ \*\*All clear\*\*: the \[run of /);
    assert.ok(!issue.body.includes('missing-fk-index'));
    assert.deepEqual(gh.writes().at(-1)?.body, {
      title: 'backend-gate: database audit findings',
      body: issue.body,
      state: 'closed',
      state_reason: 'completed',
    });

    // Findings come back: the closed issue stays closed and a new one opens (watchers hear of it).
    const again = await upsert(gh, renderMarkdown(reportWith('audit', manyFindings(1, 'error')))).result;
    assert.equal(again.outcome, 'created');
    assert.equal(gh.issuesOf(OWNER, REPO).length, 2);
  });
});

test('the same body and title again leaves the issue as it is, without a write', async () => {
  await withFake({}, async (gh) => {
    await upsert(gh, '## same').result;
    const r = await upsert(gh, '## same').result;
    assert.equal(r.outcome, 'unchanged');
    assert.equal(gh.writes().length, 1);
  });
});

test('a 403 (no issues: write) is a warning naming the permission, never a throw', async () => {
  await withFake({}, async (gh) => {
    gh.readOnly = true;
    const { result, log } = upsert(gh, '## report');
    const r = await result;
    assert.equal(r.outcome, 'skipped');
    assert.match(r.reason ?? '', /No permission to write issues in acme\/shop \(403 Resource not accessible/);
    assert.match(r.reason ?? '', /issues: write/);
    assert.ok(log.lines.some((l) => l.startsWith('warning: No permission to write issues')));
    assert.equal(gh.issuesOf(OWNER, REPO).length, 0);
  });
});

test('issues turned off (410) is a warning too', async () => {
  await withFake({}, async (gh) => {
    gh.issuesDisabled = true;
    const r = await upsert(gh, '## report').result;
    assert.equal(r.outcome, 'skipped');
    assert.match(r.reason ?? '', /Issues are turned off in acme\/shop \(410 Issues are disabled for this repo\)/);
  });
});

test('a report over the body limit is clipped below 65,536 characters', async () => {
  await withFake({}, async (gh) => {
    const body = renderMarkdown(reportWith('audit', manyFindings(1500, 'warning')), { maxLength: 1_000_000 });
    assert.ok(body.length > 100_000);
    const r = await upsert(gh, body).result;
    assert.equal(r.outcome, 'created');
    const [issue] = gh.issuesOf(OWNER, REPO);
    assert.ok(issue.body.length < 65_536, `${issue.body.length} characters`);
    assert.ok(issue.body.startsWith(issueMarker('audit')));
    assert.match(issue.body, /Report clipped.*\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/31\)/);
  });
});
