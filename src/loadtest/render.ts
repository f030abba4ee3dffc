/**
 * Turns scenario results into the Report's data: one table row per scenario, latency and
 * error tables, charts (percentile distribution; p99 per second), details lines in the seed's
 * layout, metrics, and the HDR histograms as artifacts for baselines and `loadtest merge`.
 */
import type { Artifact, Chart, Finding, Table } from '../report/types.js';
import { describeErrors, fmt, loadLabel } from './gate.js';
import type { ScenarioResult } from './result.js';
import { PERCENTILE_POINTS } from './stats.js';

export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'scenario'
  );
}

const ms = (n: number) => Math.round(n * 100) / 100;

export function resultTables(results: ScenarioResult[], findings: Finding[]): Table[] {
  const failedRules = (name: string) =>
    findings
      .filter((f) => f.severity === 'error' && (f.data as { scenario?: string } | undefined)?.scenario === name)
      .map((f) => f.rule);
  return [
    {
      title: 'Load test results',
      columns: ['Scenario', 'Load', 'Requests', 'Req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'Max ms', 'Errors', 'Result'],
      rows: results.map((r) => {
        const failed = failedRules(r.name);
        return [
          r.name,
          loadLabel(r),
          r.requests,
          r.rps,
          ms(r.latency.p50),
          ms(r.latency.p95),
          ms(r.latency.p99),
          ms(r.latency.max),
          `${fmt(r.errorRate, 2)} %`,
          failed.length ? `fail (${failed.join(', ')})` : 'pass',
        ];
      }),
    },
    {
      title: 'Latency (ms)',
      columns: ['Scenario', 'Min', 'Mean', 'p50', 'p90', 'p95', 'p99', 'p99.9', 'Max'],
      rows: results.map((r) => [
        r.name,
        ms(r.latency.min),
        ms(r.latency.mean),
        ms(r.latency.p50),
        ms(r.latency.p90),
        ms(r.latency.p95),
        ms(r.latency.p99),
        ms(r.latency.p999),
        ms(r.latency.max),
      ]),
    },
    {
      title: 'Status codes and errors',
      columns: ['Scenario', 'Kind', 'Count'],
      rows: results.flatMap((r) => [
        ...Object.entries(r.statusCodes)
          .sort()
          .map(([code, n]) => [r.name, `HTTP ${code}`, n] as (string | number)[]),
        ...describeErrors(r)
          .filter((e) => !e.startsWith('HTTP '))
          .map((e) => {
            const i = e.lastIndexOf(':');
            return [r.name, e.slice(0, i), Number(e.slice(i + 1).replace(/,/g, ''))];
          }),
      ]),
    },
  ];
}

export function resultCharts(results: ScenarioResult[]): Chart[] {
  const charts: Chart[] = [];
  if (results.length > 0) {
    charts.push({
      title: 'Latency distribution (ms)',
      xLabel: 'percentile',
      yLabel: 'latency (ms)',
      x: PERCENTILE_POINTS.map((p) => p.label),
      series: results.map((r) => ({
        name: `${r.name} (${loadLabel(r)})`,
        values: PERCENTILE_POINTS.map((p) => ms(r.latency[p.key])),
      })),
    });
  }
  for (const r of results) {
    if (r.perSecond.length < 2) continue;
    charts.push({
      title: `p99 latency per second (ms): ${r.name}`,
      xLabel: 'second',
      yLabel: 'p99 (ms)',
      x: r.perSecond.map((s) => s.second),
      series: [{ name: 'p99', values: r.perSecond.map((s) => ms(s.p99)) }],
    });
  }
  return charts;
}

/** The seed's terminal layout, one block per scenario. */
export function resultDetails(results: ScenarioResult[], findings: Finding[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const ok = r.requests - r.failed;
    const pct = (n: number) => (r.requests ? `${fmt((n / r.requests) * 100, 1)}%` : '0%');
    lines.push('=== Load Test Results ===');
    lines.push(`Scenario: ${r.name}`);
    lines.push(`Target: ${r.method} ${r.url}`);
    const model =
      r.model === 'open'
        ? `open model, fixed rate ${fmt(r.rate ?? 0)} req/s (latency from intended send time), ${r.connections} connections`
        : `closed model, ${r.connections} connections (latency at ${r.connections} connections)`;
    lines.push(`Duration: ${fmt(r.elapsed, 1)}s | Load: ${model}`);
    if (r.interrupted) lines.push(`Interrupted: ${r.interrupted}`);
    lines.push('');
    lines.push('THROUGHPUT:');
    lines.push(`  Total requests: ${fmt(r.requests, 0)}`);
    lines.push(`  Requests/sec: ${fmt(r.rps, 1)}`);
    if (r.achievedRate !== undefined)
      lines.push(`  Achieved rate: ${fmt(r.achievedRate, 1)} of ${fmt(r.rate ?? 0)} req/s requested`);
    lines.push(`  Successful: ${fmt(ok, 0)} (${pct(ok)})`);
    lines.push(`  Failed: ${fmt(r.failed, 0)} (${pct(r.failed)})`);
    lines.push(`  Received: ${formatBytes(r.bytes)}`);
    lines.push('');
    lines.push(`LATENCY (ms, ${loadLabel(r)}):`);
    lines.push(`  Min: ${fmt(r.latency.min, 2)}`);
    lines.push(`  Avg: ${fmt(r.latency.mean, 2)}`);
    lines.push(`  P50: ${fmt(r.latency.p50, 2)}`);
    lines.push(`  P90: ${fmt(r.latency.p90, 2)}`);
    lines.push(`  P95: ${fmt(r.latency.p95, 2)}`);
    lines.push(`  P99: ${fmt(r.latency.p99, 2)}`);
    lines.push(`  P99.9: ${fmt(r.latency.p999, 2)}`);
    lines.push(`  Max: ${fmt(r.latency.max, 2)}`);
    lines.push('');
    lines.push('ERRORS:');
    const errors = describeErrors(r);
    lines.push(...(errors.length ? errors.map((e) => `  ${e}`) : ['  none']));
    lines.push('');
    lines.push('RECOMMENDATION:');
    const mine = findings.filter((f) => (f.data as { scenario?: string } | undefined)?.scenario === r.name);
    if (mine.length === 0) lines.push('  All thresholds met.');
    for (const f of mine) lines.push(`  ${f.fix?.description ?? f.message}`);
    lines.push('');
  }
  return lines;
}

export function resultMetrics(results: ScenarioResult[]): Record<string, number> {
  const m: Record<string, number> = {
    scenarios: results.length,
    requests: results.reduce((a, r) => a + r.requests, 0),
    failed: results.reduce((a, r) => a + r.failed, 0),
  };
  if (results.length > 0) m.worst_p99_ms = Math.max(...results.map((r) => r.latency.p99));
  for (const r of results) {
    const k = slug(r.name);
    m[`${k}.rps`] = r.rps;
    m[`${k}.requests`] = r.requests;
    m[`${k}.error_rate_pct`] = r.errorRate;
    for (const p of PERCENTILE_POINTS) m[`${k}.${p.label.replace('.', '')}_ms`] = r.latency[p.key];
    m[`${k}.mean_ms`] = r.latency.mean;
    if (r.achievedRate !== undefined) m[`${k}.achieved_rate`] = r.achievedRate;
  }
  return m;
}

export const RESULTS_ARTIFACT = 'loadtest-results';

/** Full results (histograms included) for baselines and `loadtest merge`, plus one .hdr per scenario. */
export function resultArtifacts(results: ScenarioResult[]): Artifact[] {
  return [
    {
      kind: RESULTS_ARTIFACT,
      path: 'loadtest/results.json',
      content: JSON.stringify({ version: 1, results }, null, 2),
    },
    ...results.map((r) => ({ kind: 'histogram', path: `loadtest/${slug(r.name)}.hdr`, content: r.histogram })),
  ];
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${fmt(n / 1024, 1)} KiB`;
  return `${fmt(n / 1024 / 1024, 1)} MiB`;
}
