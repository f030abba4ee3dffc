import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPullRequestContext } from '../../src/action/context.js';

function withEvent(eventName: string, payload: object, fn: (env: NodeJS.ProcessEnv) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-event-'));
  try {
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    fn({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pr = (headRepo: string | null) => ({
  number: 7,
  pull_request: { number: 7, head: { repo: headRepo === null ? null : { full_name: headRepo } } },
});

test('a pull_request from a branch of the same repository', () => {
  withEvent('pull_request', pr('acme/shop'), (env) => {
    assert.deepEqual(readPullRequestContext(env), {
      owner: 'acme',
      repo: 'shop',
      number: 7,
      eventName: 'pull_request',
      isFork: false,
      readOnlyToken: false,
    });
  });
});

test('a pull_request from a fork has a read-only token; under pull_request_target it does not', () => {
  withEvent('pull_request', pr('someone/shop'), (env) => {
    const ctx = readPullRequestContext(env);
    assert.equal(ctx?.isFork, true);
    assert.equal(ctx?.readOnlyToken, true);
  });
  withEvent('pull_request', pr(null), (env) => assert.equal(readPullRequestContext(env)?.readOnlyToken, true));
  withEvent('pull_request_target', pr('someone/shop'), (env) => {
    const ctx = readPullRequestContext(env);
    assert.equal(ctx?.isFork, true);
    assert.equal(ctx?.readOnlyToken, false);
  });
});

test('a comment on a PR names the PR; a push has none unless a number is given', () => {
  withEvent('issue_comment', { issue: { number: 12, pull_request: { url: 'x' } } }, (env) => {
    assert.equal(readPullRequestContext(env)?.number, 12);
  });
  withEvent('issue_comment', { issue: { number: 13 } }, (env) => assert.equal(readPullRequestContext(env), null));
  withEvent('push', { ref: 'refs/heads/main' }, (env) => {
    assert.equal(readPullRequestContext(env), null);
    assert.equal(readPullRequestContext(env, { prNumber: 99 })?.number, 99);
  });
  assert.equal(readPullRequestContext({ GITHUB_EVENT_PATH: '/nonexistent.json' }, { prNumber: 1 }), null);
});

test('the base commit of a pull request is read from the payload, for reading base files through the API', () => {
  const payload = {
    number: 7,
    pull_request: { number: 7, head: { repo: { full_name: 'acme/shop' } }, base: { sha: 'b4se' } },
  };
  withEvent('pull_request', payload, (env) => assert.equal(readPullRequestContext(env)?.baseSha, 'b4se'));
});
