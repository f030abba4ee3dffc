/**
 * `--compare URL1 URL2`: the same load against two endpoints, trials interleaved (A, B, A, B…)
 * so a noisy neighbour hurts both alike; throughput and percentiles side by side with deltas.
 */
import type { Table } from '../report/types.js';
import { median, trialsOf } from './combine.js';
import { fmt } from './gate.js';
import type { ScenarioResult } from './result.js';

const ROWS: { label: string; value: (r: ScenarioResult) => number; trial?: 'rps' | 'p50' | 'p95' | 'p99' }[] = [
  { label: 'Req/s', value: (r) => r.rps, trial: 'rps' },
  { label: 'p50 ms', value: (r) => r.latency.p50, trial: 'p50' },
  { label: 'p90 ms', value: (r) => r.latency.p90 },
  { label: 'p95 ms', value: (r) => r.latency.p95, trial: 'p95' },
  { label: 'p99 ms', value: (r) => r.latency.p99, trial: 'p99' },
  { label: 'Max ms', value: (r) => r.latency.max },
  { label: 'Errors %', value: (r) => r.errorRate },
];

export function comparisonTable(a: ScenarioResult, b: ScenarioResult): Table {
  const multi = trialsOf(a).length > 1;
  return {
    title: `Comparison: ${a.url} vs ${b.url}${multi ? ` (median of ${trialsOf(a).length} interleaved trials)` : ''}`,
    columns: ['Metric', 'A', 'B', 'B vs A'],
    rows: ROWS.map((row) => {
      const va = multi && row.trial ? median(trialsOf(a).map((t) => t[row.trial as 'rps'])) : row.value(a);
      const vb = multi && row.trial ? median(trialsOf(b).map((t) => t[row.trial as 'rps'])) : row.value(b);
      const delta = va === 0 ? (vb === 0 ? '0 %' : 'n/a') : `${vb >= va ? '+' : ''}${fmt(((vb - va) / va) * 100, 1)} %`;
      return [row.label, Math.round(va * 100) / 100, Math.round(vb * 100) / 100, delta];
    }),
  };
}

export function comparisonDetails(table: Table): string[] {
  return [
    '=== Comparison ===',
    table.title,
    ...table.rows.map(
      ([label, a, b, d]) =>
        `  ${String(label).padEnd(9)} A: ${fmt(a as number, 2).padStart(10)}   B: ${fmt(b as number, 2).padStart(10)}   ${d}`,
    ),
    '',
  ];
}
