import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { decodeHistogram } from '../../src/loadtest/stats.js';
import { contextFor, startServer } from './helpers.js';

test('--compare URL1 URL2 runs interleaved trials and shows B vs A deltas', async () => {
  const a = await startServer(() => ({ status: 200 }));
  const b = await startServer(() => ({ status: 200, delayMs: 20 }));
  try {
    const ctx = contextFor('{}');
    const report = await loadtestCommand.run(ctx, {
      positionals: [`${a.url}/v1/users`, `${b.url}/v2/users`],
      flags: { compare: true, concurrency: '2', duration: '0.4', trials: '2' },
    });
    const table = report.tables.find((t) => t.title.startsWith('Comparison:'));
    assert.ok(table);
    assert.match(table.title, /median of 2 interleaved trials/);
    const p50 = table.rows.find((r) => r[0] === 'p50 ms');
    assert.ok((p50?.[2] as number) >= 20 && (p50?.[1] as number) < 20, JSON.stringify(p50));
    assert.match(String(p50?.[3]), /^\+[\d,.]+ %$/);
    const order = ctx.log.lines.filter((l) => l.startsWith('▸ loadtest:')).map((l) => l.slice(12, 30));
    assert.deepEqual(
      order.map((l) => l.slice(0, 1)),
      ['A', 'B', 'A', 'B'],
    );
    assert.ok(report.details?.includes('=== Comparison ==='));
  } finally {
    await a.close();
    await b.close();
  }
});

test('--shard i/n splits the load; loadtest merge combines the shards into one gated report', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-shards-'));
  const server = await startServer(() => ({ status: 200, delayMs: 5 }));
  try {
    const shardFiles: string[] = [];
    let responses = 0;
    for (const i of [1, 2]) {
      const file = path.join(dir, `shard-${i}.json`);
      const r = await loadtestCommand.run(contextFor('{}'), {
        positionals: [`${server.url}/api`],
        flags: { concurrency: '5', duration: '0.5', shard: `${i}/2`, 'save-baseline': file },
      });
      assert.equal(r.tables[0].rows[0][1], i === 1 ? 'at 3 connections' : 'at 2 connections');
      responses += r.metrics['get-api.requests'];
      shardFiles.push(file);
    }
    const ctx = contextFor('loadtest: { thresholds: { p50: 1 } }', dir);
    const merged = await loadtestCommand.run(ctx, { positionals: ['merge', ...shardFiles], flags: {} });
    assert.equal(merged.metrics['get-api.requests'], responses);
    assert.equal(merged.tables[0].rows[0][1], 'at 5 connections');
    const histogram = decodeHistogram(merged.artifacts.find((a) => a.kind === 'histogram')?.content ?? '');
    assert.equal(histogram.totalCount, responses);
    histogram.destroy();
    // The 5 ms server cannot meet a 1 ms p50: the merged report is gated like a single run.
    assert.deepEqual(
      merged.findings.map((f) => f.rule),
      ['p50-threshold'],
    );
    assert.match(merged.summary, /merged from 2 shard files/);
    await assert.rejects(
      loadtestCommand.run(ctx, { positionals: ['merge', shardFiles[0], shardFiles[0]], flags: {} }),
      (e: unknown) => e instanceof ConfigurationError && /shard 1\/2 appears twice/.test(e.message),
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
