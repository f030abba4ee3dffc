import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import { compareWithBaseline, resultsFile } from '../../src/loadtest/baseline.js';
import { loadtestCommand } from '../../src/loadtest/command.js';
import type { ScenarioResult } from '../../src/loadtest/result.js';
import { emptyErrors } from '../../src/loadtest/result.js';
import { contextFor, startServer } from './helpers.js';

const short = { concurrency: '4', duration: '1', trials: '2' };
// The slowdown must dwarf what a loaded, shared runner adds to a loopback p99 (tens of ms at
// worst), since a regression is only called beyond the trials' spread.
const SLOWDOWN_MS = 200;

test(`--save-baseline then --baseline: a ${SLOWDOWN_MS} ms slowdown over 2 trials is a latency-regression error`, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-baseline-'));
  const fast = await startServer(() => ({ status: 200 }));
  const slow = await startServer(() => ({ status: 200, delayMs: SLOWDOWN_MS }));
  try {
    const file = path.join(dir, 'baseline.json');
    const before = await loadtestCommand.run(contextFor('{}'), {
      positionals: [`${fast.url}/api`],
      flags: { ...short, 'save-baseline': file },
    });
    assert.deepEqual(before.findings, []);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.format, 'backend-gate-loadtest-results');
    assert.equal(saved.results[0].trials.length, 2);
    assert.ok(saved.results[0].histogram.length > 20);

    const after = await loadtestCommand.run(contextFor('{}'), {
      positionals: [`${slow.url}/api`],
      flags: { ...short, baseline: file },
    });
    const regressions = after.findings.filter((f) => f.rule === 'latency-regression');
    assert.deepEqual(
      regressions.map((f) => [f.data?.metric, f.severity]),
      [
        ['p50', 'error'],
        ['p99', 'error'],
      ],
    );
    assert.match(regressions[0].message, /GET \/api: P50 latency went from .* to [\d.,]+ ms \(.*n=2\)/);
    // The server waits SLOWDOWN_MS before every answer, so every percentile now is at least that.
    for (const f of regressions) {
      assert.ok(Number(f.data?.value) >= SLOWDOWN_MS, `${String(f.data?.metric)} ${String(f.data?.value)} ms`);
      assert.ok(Number(f.data?.baseline) < Number(f.data?.value));
    }
    const table = after.tables.find((t) => t.title.startsWith('Against baseline'));
    assert.ok(table?.rows.some((r) => r[1] === 'p99' && r[5] === 'regression'));
  } finally {
    await fast.close();
    await slow.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing baseline file is a ConfigurationError before any load is sent', async () => {
  const server = await startServer(() => ({ status: 200 }));
  try {
    await assert.rejects(
      loadtestCommand.run(contextFor('{}'), {
        positionals: [`${server.url}/`],
        flags: { baseline: 'does-not-exist.json' },
      }),
      (e: unknown) => e instanceof ConfigurationError && /baseline file not found/.test(e.message),
    );
    assert.equal(server.hits, 0);
  } finally {
    await server.close();
  }
});

function fakeResult(name: string, p99s: number[], rps = 1000): ScenarioResult {
  return {
    name,
    method: 'GET',
    url: 'http://127.0.0.1/',
    model: 'closed',
    connections: 10,
    elapsed: 1,
    requests: 1000,
    responses: 1000,
    rps,
    latency: {
      min: 1,
      mean: 2,
      stddev: 1,
      p50: 2,
      p75: 3,
      p90: 4,
      p95: 5,
      p99: p99s[0],
      p999: 30,
      max: 40,
      count: 1000,
    },
    histogram: '',
    statusCodes: { 200: 1000 },
    errors: emptyErrors(),
    failed: 0,
    errorRate: 0,
    bytes: 0,
    perSecond: [],
    trials: p99s.map((p99) => ({ rps, p50: 2, p95: 5, p99, errorRate: 0 })),
  };
}

test('a change within the run-to-run spread is not a regression, however large its percentage', () => {
  // Baseline p99 trials 10–25 ms (spread 15): a median of 20 vs 14 is +43 % but inside the noise.
  const baseline = resultsFile([fakeResult('s', [10, 14, 25])]);
  const noisy = compareWithBaseline([fakeResult('s', [12, 20, 24])], baseline, { thresholdPct: 20, file: 'b.json' });
  assert.deepEqual(noisy.findings, []);
  assert.equal(noisy.table.rows.find((r) => r[1] === 'p99')?.[5], 'within spread');
  // The same baseline against trials far above its range is one.
  const slower = compareWithBaseline([fakeResult('s', [60, 62, 65])], baseline, { thresholdPct: 20, file: 'b.json' });
  assert.deepEqual(
    slower.findings.map((f) => [f.rule, f.data?.metric, f.severity]),
    [['latency-regression', 'p99', 'error']],
  );
});

test('one trial per side can only warn; a throughput drop is a warning; sub-millisecond moves are below the floor', () => {
  const single = compareWithBaseline([fakeResult('s', [40], 500)], resultsFile([fakeResult('s', [10], 1000)]), {
    thresholdPct: 20,
    file: 'b.json',
  });
  assert.deepEqual(
    single.findings.map((f) => [f.rule, f.severity]),
    [
      ['latency-regression', 'warning'],
      ['throughput-regression', 'warning'],
    ],
  );
  assert.match(single.findings[0].message, /run --trials 3/);
  const tiny = compareWithBaseline(
    [fakeResult('s', [0.5, 0.5, 0.5])],
    resultsFile([fakeResult('s', [0.2, 0.2, 0.2])]),
    { thresholdPct: 20, file: 'b.json' },
  );
  assert.deepEqual(tiny.findings, []);
  assert.equal(tiny.table.rows.find((r) => r[1] === 'p99')?.[5], 'below floor');
});
