/**
 * Results files (`--save-baseline`, shard outputs) and the noise-aware comparison with a
 * baseline: a regression is called only when the median moved by more than the threshold AND
 * by more than the run-to-run spread of either side (on a shared 2-core runner p99 varies up to 2×).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { fingerprint } from '../report/fingerprint.js';
import type { Finding, Report, Table } from '../report/types.js';
import { median, trialsOf, type TrialSummary } from './combine.js';
import { fmt } from './gate.js';
import { RESULTS_ARTIFACT } from './render.js';
import type { ScenarioResult } from './result.js';

export const RESULTS_FORMAT = 'backend-gate-loadtest-results';

export interface ResultsFile {
  format: typeof RESULTS_FORMAT;
  version: 1;
  created: string;
  shard?: { index: number; count: number };
  results: ScenarioResult[];
}

export function resultsFile(results: ScenarioResult[], shard?: { index: number; count: number }): ResultsFile {
  return {
    format: RESULTS_FORMAT,
    version: 1,
    created: new Date().toISOString(),
    ...(shard ? { shard } : {}),
    results,
  };
}

export function writeResultsFile(file: string, content: ResultsFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content, null, 2) + '\n');
}

/** Reads a results file, or a loadtest report written with --format json (its results artifact). */
export function readResultsFile(file: string, what = 'results file'): ResultsFile {
  if (!existsSync(file)) throw new ConfigurationError(`${what} not found.`, { file });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigurationError(`${what} is not valid JSON: ${(e as Error).message}.`, { file });
  }
  const asReport = data as Partial<Report>;
  if (asReport?.mode === 'loadtest' && Array.isArray(asReport.artifacts)) {
    const artifact = asReport.artifacts.find((a) => a.kind === RESULTS_ARTIFACT);
    if (!artifact?.content)
      throw new ConfigurationError(`this loadtest report has no '${RESULTS_ARTIFACT}' artifact.`, { file });
    data = JSON.parse(artifact.content);
  }
  const f = data as Partial<ResultsFile>;
  if (f?.format !== RESULTS_FORMAT || !Array.isArray(f.results)) {
    throw new ConfigurationError(
      `not a backend-gate loadtest results file (expected "format": "${RESULTS_FORMAT}"). Write one with --save-baseline FILE.`,
      { file },
    );
  }
  return f as ResultsFile;
}

interface MetricRule {
  metric: 'p50' | 'p99' | 'rps';
  rule: string;
  /** Latency: higher is worse. Throughput: lower is worse. */
  higherIsWorse: boolean;
  severity: Finding['severity'];
  unit: string;
}

const METRICS: MetricRule[] = [
  { metric: 'p50', rule: 'latency-regression', higherIsWorse: true, severity: 'error', unit: 'ms' },
  { metric: 'p99', rule: 'latency-regression', higherIsWorse: true, severity: 'error', unit: 'ms' },
  // Throughput is the noisiest number on shared runners: a regression there is a warning.
  { metric: 'rps', rule: 'throughput-regression', higherIsWorse: false, severity: 'warning', unit: 'req/s' },
];

/** Below this many ms a latency change on loopback is noise, whatever the percentage. */
const LATENCY_FLOOR_MS = 1;

export interface BaselineComparison {
  findings: Finding[];
  table: Table;
}

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

function describe(values: number[], unit: string): string {
  const m = fmt(median(values), 2);
  return values.length > 1
    ? `${m} ${unit} (${fmt(Math.min(...values), 2)}–${fmt(Math.max(...values), 2)}, n=${values.length})`
    : `${m} ${unit}`;
}

export interface ComparisonOptions {
  thresholdPct: number;
  /** Where the findings point: the baseline file, or the config for an A/B run. */
  file: string;
  /** 'ab-' for the A/B mode: ab-latency-regression, ab-throughput-regression. */
  rulePrefix?: string;
  /** Names of the two sides in the table and messages (default Baseline / Now). */
  sides?: { before: string; after: string };
  title?: string;
}

export function compareWithBaseline(
  current: ScenarioResult[],
  baseline: ResultsFile,
  options: ComparisonOptions,
): BaselineComparison {
  const prefix = options.rulePrefix ?? '';
  const sides = options.sides ?? { before: 'Baseline', after: 'Now' };
  const named = options.sides !== undefined;
  const findings: Finding[] = [];
  const rows: (string | number)[][] = [];
  for (const now of current) {
    const before = baseline.results.find((b) => b.name === now.name);
    if (!before) {
      rows.push([now.name, '—', `not in ${sides.before.toLowerCase()}`, '', '', 'new']);
      continue;
    }
    const nowTrials = trialsOf(now);
    const beforeTrials = trialsOf(before);
    for (const m of METRICS) {
      const pick = (t: TrialSummary) => t[m.metric];
      const a = beforeTrials.map(pick);
      const b = nowTrials.map(pick);
      const medA = median(a);
      const medB = median(b);
      const worse = m.higherIsWorse ? medB - medA : medA - medB;
      const changePct = medA === 0 ? 0 : ((medB - medA) / medA) * 100;
      const noise = Math.max(spread(a), spread(b));
      const floor = m.unit === 'ms' ? LATENCY_FLOOR_MS : 0;
      const overThreshold = medA > 0 && (worse / medA) * 100 > options.thresholdPct;
      const regression = overThreshold && worse > noise && worse > floor;
      const singleTrial = a.length < 2 || b.length < 2;
      let verdict = 'within noise';
      if (regression) verdict = singleTrial ? 'regression? (1 trial)' : 'regression';
      else if (overThreshold) verdict = worse <= floor ? 'below floor' : 'within spread';
      else if (-worse / Math.max(medA, 1e-9) > options.thresholdPct / 100 && -worse > noise) verdict = 'improved';
      rows.push([
        now.name,
        m.metric,
        describe(a, m.unit),
        describe(b, m.unit),
        `${changePct >= 0 ? '+' : ''}${fmt(changePct, 1)} %`,
        verdict,
      ]);
      if (!regression) continue;
      const label = m.metric === 'rps' ? 'throughput' : `${m.metric.toUpperCase()} latency`;
      const rule = prefix + m.rule;
      const from = named ? `${sides.before.toLowerCase()} ${describe(a, m.unit)}` : describe(a, m.unit);
      const to = named ? `${sides.after.toLowerCase()} ${describe(b, m.unit)}` : describe(b, m.unit);
      findings.push({
        rule,
        // One trial cannot tell a regression from noise: say so instead of failing the gate.
        severity: singleTrial ? 'warning' : m.severity,
        message:
          `${now.name}: ${label} went from ${from} to ${to} (${changePct >= 0 ? '+' : ''}${fmt(changePct, 1)} %), ` +
          `beyond the ${fmt(options.thresholdPct)} % threshold and the run-to-run spread (${fmt(noise, 2)} ${m.unit}).` +
          (singleTrial ? ' Only one trial on a side: run --trials 3 or more to confirm.' : ''),
        location: { file: options.file },
        fingerprint: fingerprint(rule, now.name, m.metric),
        fix: {
          description:
            m.metric === 'rps'
              ? 'Compare the change against the base branch: a new query, a lost index, or synchronous work in the request path usually explains lost throughput.'
              : 'Profile the endpoint against the base branch: look for new queries (N+1), missing indexes, lost connection pooling or caching. If the slowdown is intended, ' +
                (prefix ? 'accept it in review or ignore this fingerprint.' : 'save a new baseline.'),
        },
        data: {
          scenario: now.name,
          metric: m.metric,
          baseline: medA,
          value: medB,
          changePct,
          spread: noise,
          trials: { baseline: a, current: b },
        },
      });
    }
  }
  return {
    findings,
    table: {
      title: options.title ?? `Against baseline (threshold ${fmt(options.thresholdPct)} %)`,
      columns: ['Scenario', 'Metric', sides.before, sides.after, 'Change', 'Verdict'],
      rows,
    },
  };
}
