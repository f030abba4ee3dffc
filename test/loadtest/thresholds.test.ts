import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { contextFor, startServer } from './helpers.js';

const flags = (extra: Record<string, string | string[] | boolean>) => ({ concurrency: '5', duration: '1', ...extra });

test('a slow endpoint trips the p99 threshold with the measured value, the limit and advice', async () => {
  const server = await startServer(() => ({ status: 200, delayMs: 40 }));
  try {
    const ctx = contextFor('{}');
    const report = await loadtestCommand.run(ctx, { positionals: [`${server.url}/slow`], flags: flags({ p99: '20' }) });
    const finding = report.findings.find((f) => f.rule === 'p99-threshold');
    assert.ok(finding, `expected p99-threshold, got ${report.findings.map((f) => f.rule).join(', ')}`);
    assert.equal(finding.severity, 'error');
    assert.equal(finding.data?.limit, 20);
    assert.ok((finding.data?.value as number) >= 40, `p99 ${finding.data?.value} should include the 40 ms delay`);
    assert.match(finding.message, /at 5 connections/);
    assert.match(finding.fix?.description ?? '', /connection pooling.*query optimisation.*horizontal scaling/);
    assert.ok(report.details?.includes('RECOMMENDATION:'));
    assert.ok(
      report.details?.some((l) => /^ {2}P99 latency \([\d,]+ms\) exceeds 20ms target/.test(l)),
      report.details?.join('\n'),
    );
    // Microsecond histogram: the p50 is at least the 40 ms delay, not a floored whole number.
    assert.ok(report.metrics['get-slow.p50_ms'] >= 40);
    assert.ok(!Number.isInteger(report.metrics['get-slow.mean_ms']));
  } finally {
    await server.close();
  }
});

test('an endpoint failing 5% of requests trips the error-rate threshold and names the status', async () => {
  const server = await startServer((n) => ({ status: n % 20 === 0 ? 500 : 200 }));
  try {
    const ctx = contextFor('{}');
    const report = await loadtestCommand.run(ctx, {
      positionals: [`${server.url}/flaky`],
      flags: flags({ 'error-rate': '1' }),
    });
    const finding = report.findings.find((f) => f.rule === 'error-rate-threshold');
    assert.ok(finding, `expected error-rate-threshold, got ${report.findings.map((f) => f.rule).join(', ')}`);
    const rate = finding.data?.value as number;
    assert.ok(rate > 4.5 && rate < 5.5, `error rate ${rate} should be about 5 %`);
    assert.match(finding.message, /HTTP 500: [\d,]+/);
    assert.ok(report.details?.some((l) => /^ {2}HTTP 500: [\d,]+$/.test(l)));
    const statusRows = report.tables.find((t) => t.title === 'Status codes and errors')?.rows ?? [];
    assert.ok(statusRows.some((r) => r[1] === 'HTTP 500' && (r[2] as number) > 0));
  } finally {
    await server.close();
  }
});

test('a healthy endpoint passes its thresholds and the report carries tables, charts and a histogram', async () => {
  const server = await startServer(() => ({ status: 200 }));
  try {
    const ctx = contextFor(`
loadtest:
  base-url: ${server.url}
  thresholds: { p99: 2000, error-rate: 1 }
  scenarios:
    - name: healthy
      path: /ok
      connections: 4
      duration: 1
`);
    const report = await loadtestCommand.run(ctx, { positionals: [], flags: {} });
    assert.deepEqual(report.findings, []);
    assert.equal(report.tables[0].rows[0][9], 'pass');
    assert.ok(report.metrics['healthy.requests'] > 100);
    assert.equal(report.metrics['healthy.error_rate_pct'], 0);
    assert.deepEqual(report.charts[0].x, ['p50', 'p75', 'p90', 'p95', 'p99', 'p99.9', 'max']);
    assert.equal(report.charts[0].series[0].name, 'healthy (at 4 connections)');
    assert.ok(report.artifacts.some((a) => a.kind === 'histogram' && (a.content?.length ?? 0) > 20));
    assert.ok(ctx.log.lines.some((l) => /^healthy: 1\/1 s, [\d,]+ requests, [\d,]+ req\/s$/.test(l)));
    assert.equal(report.details?.[0], '=== Load Test Results ===');
  } finally {
    await server.close();
  }
});

test('min-rps below the measured throughput passes; above it fails with min-rps-threshold', async () => {
  const server = await startServer(() => ({ status: 200, delayMs: 20 }));
  try {
    // 2 connections × ≥20 ms per request: at most ~100 req/s, so 100000 cannot be met.
    const report = await loadtestCommand.run(contextFor('{}'), {
      positionals: [`${server.url}/`],
      flags: { concurrency: '2', duration: '1', 'min-rps': '100000' },
    });
    const finding = report.findings.find((f) => f.rule === 'min-rps-threshold');
    assert.ok(finding);
    assert.ok((finding.data?.value as number) < 150);
  } finally {
    await server.close();
  }
});
