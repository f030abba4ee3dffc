import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commentMarker, upsertStickyComment } from '../../src/action/comment.js';
import { MemoryLogger } from '../../src/log.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';
import { manyFindings, migrationsReport, reportWith } from '../report/sample-report.js';

const OWNER = 'acme';
const REPO = 'shop';
const PR = 42;

async function withFake(opts: FakeGitHubOptions, fn: (gh: FakeGitHub) => Promise<void>): Promise<void> {
  const gh = await new FakeGitHub(opts).start();
  try {
    await fn(gh);
  } finally {
    await gh.stop();
  }
}

function upsert(gh: FakeGitHub, body: string, extra: { mode?: 'migrations' | 'routes'; fork?: boolean } = {}) {
  const log = new MemoryLogger();
  const result = upsertStickyComment({
    token: 'ghs_faketoken',
    apiUrl: gh.url,
    owner: OWNER,
    repo: REPO,
    issueNumber: PR,
    mode: extra.mode ?? 'migrations',
    body,
    log,
    fork: extra.fork,
    summaryUrl: 'https://github.com/acme/shop/actions/runs/7',
  });
  return { result, log };
}

test('with 150 comments, ours on page 2 is updated in place and a human quoting the marker is left alone', async () => {
  await withFake({}, async (gh) => {
    const marker = commentMarker('migrations');
    const others = Array.from({ length: 150 }, (_, i) => ({ body: `review comment ${i}`, login: `dev${i % 7}` }));
    // A person pasted our marker on page 1: same marker, other author.
    others[10] = { body: `${marker}\nI copied the bot's comment here`, login: 'alice' };
    // Our previous comment, on page 2 (per_page=100).
    others[130] = { body: `${marker}\nold report`, login: 'github-actions[bot]' };
    const seeded = gh.seed(OWNER, REPO, PR, others);

    const body = renderMarkdown(migrationsReport());
    const { result } = upsert(gh, body);
    const r = await result;

    assert.equal(r.outcome, 'updated');
    const all = gh.commentsOn(OWNER, REPO, PR);
    assert.equal(all.length, 150, 'no comment was added');
    const ours = all.filter((c) => c.login === 'github-actions[bot]' && c.body.includes(marker));
    assert.equal(ours.length, 1);
    assert.equal(ours[0].id, seeded[130].id);
    assert.ok(ours[0].body.startsWith(marker + '\n'));
    assert.ok(ours[0].body.includes('foreign-key-without-index'));
    assert.equal(all[10].body, `${marker}\nI copied the bot's comment here`, "alice's comment is untouched");

    const listCalls = gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/comments'));
    assert.deepEqual(
      listCalls.map((q) => [q.query.per_page, q.query.page ?? '1']),
      [
        ['100', '1'],
        ['100', '2'],
      ],
    );
    assert.deepEqual(
      gh.writes().map((w) => `${w.method} ${w.path}`),
      [`PATCH /repos/acme/shop/issues/comments/${seeded[130].id}`],
    );
    assert.equal(gh.requests[0].authorization, 'token ghs_faketoken');
  });
});

test('with no comment of ours, one is created; a second run updates it instead of adding another', async () => {
  await withFake({}, async (gh) => {
    gh.seed(OWNER, REPO, PR, [{ body: 'LGTM', login: 'bob' }]);
    const first = await upsert(gh, '## first').result;
    assert.equal(first.outcome, 'created');
    assert.match(first.url ?? '', /#issuecomment-\d+$/);
    const second = await upsert(gh, '## second').result;
    assert.equal(second.outcome, 'updated');
    const ours = gh.commentsOn(OWNER, REPO, PR).filter((c) => c.body.includes(commentMarker('migrations')));
    assert.equal(ours.length, 1);
    assert.equal(ours[0].body, `${commentMarker('migrations')}\n## second`);
  });
});

test('each mode keeps its own sticky comment', async () => {
  await withFake({}, async (gh) => {
    await upsert(gh, 'migrations report').result;
    await upsert(gh, 'routes report', { mode: 'routes' }).result;
    await upsert(gh, 'migrations report v2').result;
    const bodies = gh.commentsOn(OWNER, REPO, PR).map((c) => c.body);
    assert.deepEqual(bodies, [
      `${commentMarker('migrations')}\nmigrations report v2`,
      `${commentMarker('routes')}\nroutes report`,
    ]);
  });
});

test('with a user token, our comments are the ones written by the login GET /user returns', async () => {
  await withFake({ userLogin: 'release-bot', actor: 'release-bot' }, async (gh) => {
    const marker = commentMarker('migrations');
    const seeded = gh.seed(OWNER, REPO, PR, [
      { body: `${marker}\nfrom the workflow token`, login: 'github-actions[bot]' },
      { body: `${marker}\nfrom the PAT`, login: 'release-bot' },
    ]);
    const r = await upsert(gh, 'new').result;
    assert.equal(r.outcome, 'updated');
    assert.equal(gh.commentsOn(OWNER, REPO, PR)[0].body, `${marker}\nfrom the workflow token`);
    assert.equal(gh.commentsOn(OWNER, REPO, PR)[1].body, `${marker}\nnew`);
    assert.deepEqual(
      gh.writes().map((w) => w.path),
      [`/repos/acme/shop/issues/comments/${seeded[1].id}`],
    );
  });
});

test('a 403 (read-only token) skips the comment with a warning and does not throw', async () => {
  await withFake({}, async (gh) => {
    gh.readOnly = true;
    const { result, log } = upsert(gh, '## report');
    const r = await result;
    assert.equal(r.outcome, 'skipped');
    assert.match(
      r.reason ?? '',
      /No permission to comment on acme\/shop#42 \(403 Resource not accessible by integration\)/,
    );
    assert.match(r.reason ?? '', /pull-requests: write/);
    assert.ok(log.lines.some((l) => l.startsWith('warning: No permission')));
    assert.equal(gh.commentsOn(OWNER, REPO, PR).length, 0);
  });
});

test('a fork head is skipped up front, without a write', async () => {
  await withFake({}, async (gh) => {
    const { result, log } = upsert(gh, '## report', { fork: true });
    const r = await result;
    assert.equal(r.outcome, 'skipped');
    assert.match(r.reason ?? '', /fork/);
    assert.equal(gh.requests.length, 0);
    assert.equal(log.lines.length, 1);
  });
});

test('an oversized report is clipped below 65,536 characters and accepted', async () => {
  await withFake({}, async (gh) => {
    const body = renderMarkdown(reportWith('routes', manyFindings(2000, 'error')), { maxLength: 1_000_000 });
    assert.ok(body.length > 200_000, `report is large (${body.length})`);
    const r = await upsert(gh, body, { mode: 'routes' }).result;
    assert.equal(r.outcome, 'created');
    const [posted] = gh.commentsOn(OWNER, REPO, PR);
    assert.ok(posted.body.length < 65_536, `posted ${posted.body.length} characters`);
    assert.ok(posted.body.startsWith(commentMarker('routes')));
    assert.match(posted.body, /Report clipped.*\[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/7\)/);
    assert.equal(gh.writes().length, 1);
  });
});

test('a 422 "body is too long" is retried once with a body clipped to the limit GitHub states', async () => {
  // A server that counts UTF-8 bytes: 60,000 characters of CJK text are 180,000 bytes.
  await withFake({ limitUnit: 'bytes' }, async (gh) => {
    const findings = manyFindings(400, 'warning').map((f) => ({ ...f, message: '索引が不足しています。'.repeat(15) }));
    const body = renderMarkdown(reportWith('migrations', findings));
    assert.ok(body.length < 65_536 && Buffer.byteLength(body) > 65_536);
    const { result, log } = upsert(gh, body);
    const r = await result;
    assert.equal(r.outcome, 'created');
    assert.deepEqual(gh.requests.filter((q) => q.method === 'POST').length, 2, 'one rejected POST, one accepted');
    const [posted] = gh.commentsOn(OWNER, REPO, PR);
    assert.ok(Buffer.byteLength(posted.body) <= 65_536);
    assert.match(posted.body, /Report clipped/);
    assert.ok(log.lines.some((l) => l.includes('too long')));
  });
});

test('a server that rejects even the clipped body leaves the comment skipped, not thrown', async () => {
  await withFake({ maxBodyLength: 10 }, async (gh) => {
    const r = await upsert(gh, 'x'.repeat(500)).result;
    assert.equal(r.outcome, 'skipped');
    assert.match(r.reason ?? '', /422/);
  });
});
