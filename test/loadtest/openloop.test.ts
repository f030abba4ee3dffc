import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadtestCommand } from '../../src/loadtest/command.js';
import type { Report } from '../../src/report/types.js';
import { contextFor } from './helpers.js';

/** The stalling app freezes once for 1 s, 0.5 s after the first /work request. */
function stallConfig(scenario: string): string {
  return `
loadtest:
  start-command: node stalling-app.js
  ready-url: http://127.0.0.1:\${PORT}/health
  scenarios:
    - ${scenario}
`;
}

async function run(yaml: string): Promise<Report> {
  return loadtestCommand.run(contextFor(yaml), { positionals: [], flags: {} });
}

test('fixed-rate mode counts a 1 s stall in p99 (latency from intended send time); the closed model hides it', async () => {
  const open = await run(stallConfig('{ name: stall, path: /work, rate: 200, connections: 20, duration: 2.5 }'));
  const closed = await run(stallConfig('{ name: stall, path: /work, connections: 10, duration: 2.5 }'));
  const openP99 = open.metrics['stall.p99_ms'];
  const closedP99 = closed.metrics['stall.p99_ms'];
  // About 200 of 500 requests were scheduled inside the stall: they waited up to 1000 ms.
  assert.ok(openP99 >= 500, `open-model p99 ${openP99} ms should include the stall's queueing`);
  assert.ok(open.metrics['stall.p90_ms'] >= 200, `open-model p90 ${open.metrics['stall.p90_ms']} ms`);
  // Closed: each of the 10 connections waits once, so the stall hits 10 of thousands of requests.
  assert.ok(
    closed.metrics['stall.max_ms'] >= 800,
    `closed-model max ${closed.metrics['stall.max_ms']} ms still saw the stall`,
  );
  assert.ok(closedP99 < openP99 / 2, `closed p99 ${closedP99} ms vs open ${openP99} ms`);
  assert.match(open.details?.join('\n') ?? '', /open model, fixed rate 200 req\/s \(latency from intended send time\)/);
  assert.equal(open.charts[0].series[0].name, 'stall (at 200 req/s)');
  assert.ok(
    Math.abs(open.metrics['stall.achieved_rate'] - 200) < 20,
    `achieved ${open.metrics['stall.achieved_rate']} req/s`,
  );
  assert.ok(!open.findings.some((f) => f.rule === 'rate-not-achieved'));
});

test('a rate above what the app can answer is reported as rate-not-achieved', async () => {
  const { startServer } = await import('./helpers.js');
  // One connection and 50 ms per answer: at most 20 req/s, far below the 200 asked for.
  const server = await startServer(() => ({ status: 200, delayMs: 50 }));
  try {
    const report = await loadtestCommand.run(contextFor('{}'), {
      positionals: [`${server.url}/slow`],
      flags: { rate: '200', concurrency: '1', duration: '1', timeout: '1', 'error-rate': '100' },
    });
    const f = report.findings.find((x) => x.rule === 'rate-not-achieved');
    assert.ok(f, report.findings.map((x) => x.rule).join(', '));
    assert.equal(f.severity, 'warning');
    assert.ok((f.data?.achieved as number) < 40);
  } finally {
    await server.close();
  }
});
