import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { contextFor, startServer, type Reply } from './helpers.js';

/** A fixed-window limiter: `limit` requests per 1 s window, then 429 (with or without headers). */
function limited(limit: number, headers: boolean) {
  let windowStart = Date.now();
  let used = 0;
  return (): Reply => {
    const now = Date.now();
    if (now - windowStart >= 1000) {
      windowStart = now;
      used = 0;
    }
    if (++used <= limit) return { status: 200 };
    const retry = String(Math.ceil((windowStart + 1000 - now) / 1000));
    return { status: 429, headers: headers ? { 'retry-after': retry, 'ratelimit-policy': `${limit};w=1` } : {} };
  };
}

const oneSecond = { concurrency: '4', duration: '1', 'expect-rate-limit': true };

test('--expect-rate-limit passes against a rate-limited route that sends Retry-After', async () => {
  const server = await startServer(limited(50, true));
  try {
    const report = await loadtestCommand.run(contextFor('{}'), {
      positionals: [`${server.url}/login`],
      flags: oneSecond,
    });
    assert.deepEqual(report.findings, []);
    const codes = report.tables.find((t) => t.title === 'Status codes and errors')?.rows.map((r) => r[1]);
    assert.deepEqual(codes, ['HTTP 200', 'HTTP 429']);
  } finally {
    await server.close();
  }
});

test('--expect-rate-limit fails against an unlimited route', async () => {
  const server = await startServer(() => ({ status: 200 }));
  try {
    const report = await loadtestCommand.run(contextFor('{}'), {
      positionals: [`${server.url}/login`],
      flags: oneSecond,
    });
    assert.deepEqual(
      report.findings.map((f) => f.rule),
      ['rate-limit-missing'],
    );
    assert.match(report.findings[0].message, /no 429 \(Too Many Requests\) in [\d,]+ requests at 4 connections/);
  } finally {
    await server.close();
  }
});

test('429s without Retry-After or RateLimit headers pass the limit check with a warning', async () => {
  const server = await startServer(limited(50, false));
  try {
    const report = await loadtestCommand.run(contextFor('{}'), {
      positionals: [`${server.url}/login`],
      flags: oneSecond,
    });
    assert.deepEqual(
      report.findings.map((f) => [f.rule, f.severity]),
      [['rate-limit-headers-missing', 'warning']],
    );
  } finally {
    await server.close();
  }
});

test('--expect-status 400 fails when the endpoint accepts the bad body, and passes when it rejects it', async () => {
  const accepting = await startServer(() => ({ status: 201 }));
  const rejecting = await startServer((_n, req) => ({
    status: req.headers['content-type'] === 'application/json' ? 400 : 415,
  }));
  try {
    const flags = {
      method: 'POST',
      body: '{"email":"not-an-email"}',
      'expect-status': '400',
      concurrency: '2',
      duration: '0.5',
    };
    const bad = await loadtestCommand.run(contextFor('{}'), { positionals: [`${accepting.url}/users`], flags });
    const mismatch = bad.findings.find((f) => f.rule === 'expect-status-mismatch');
    assert.ok(mismatch);
    assert.match(mismatch.message, /expected status 400 for every response, got 201 × [\d,]+/);
    assert.match(mismatch.fix?.description ?? '', /validate the request body/);
    const good = await loadtestCommand.run(contextFor('{}'), { positionals: [`${rejecting.url}/users`], flags });
    assert.deepEqual(good.findings, []);
    assert.equal(good.metrics['post-users.error_rate_pct'], 0);
  } finally {
    await accepting.close();
    await rejecting.close();
  }
});
