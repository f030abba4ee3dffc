/**
 * Combines several runs of one scenario into one result by merging their HDR histograms and
 * adding their counts: repeated trials on one machine (run one after another), or shards of a
 * job matrix (run side by side, so their throughputs add up).
 */
import type { ErrorCounts, ScenarioResult } from './result.js';
import { encodeHistogram, mergeHistograms, summarize } from './stats.js';
import { round } from './tally.js';

/** What one trial measured: enough to report a median and a spread, and to compare with a baseline. */
export interface TrialSummary {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errorRate: number;
}

export function trialSummary(r: ScenarioResult): TrialSummary {
  return { rps: r.rps, p50: r.latency.p50, p95: r.latency.p95, p99: r.latency.p99, errorRate: r.errorRate };
}

/** Per-trial summaries of a result: its own, or those kept when it was combined. */
export function trialsOf(r: ScenarioResult): TrialSummary[] {
  return r.trials && r.trials.length > 0 ? r.trials : [trialSummary(r)];
}

function addCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function addErrors(a: ErrorCounts, b: ErrorCounts): ErrorCounts {
  return {
    timeout: a.timeout + b.timeout,
    refused: a.refused + b.refused,
    reset: a.reset + b.reset,
    other: addCounts(a.other, b.other),
    status: addCounts(a.status, b.status),
  };
}

export function combineResults(parts: ScenarioResult[], how: 'trials' | 'shards'): ScenarioResult {
  if (parts.length === 1 && how === 'trials') return { ...parts[0], trials: [trialSummary(parts[0])] };
  const first = parts[0];
  const merged = mergeHistograms(parts.map((p) => p.histogram));
  const sum = (f: (r: ScenarioResult) => number) => parts.reduce((a, r) => a + f(r), 0);
  // Trials run one after another: time adds up. Shards run at once: the longest one is the run.
  const elapsed = how === 'trials' ? sum((r) => r.elapsed) : Math.max(...parts.map((r) => r.elapsed));
  const responses = sum((r) => r.responses);
  const requests = sum((r) => r.requests);
  const failed = sum((r) => r.failed);
  const perSecond =
    how === 'shards'
      ? first.perSecond.map((s, i) => ({
          second: s.second,
          requests: sum((r) => r.perSecond[i]?.requests ?? 0),
          // p99 of the worst shard in that second: a histogram per second is not kept per shard.
          p99: Math.max(...parts.map((r) => r.perSecond[i]?.p99 ?? 0)),
        }))
      : parts.flatMap((r) => r.perSecond).map((s, i) => ({ ...s, second: i + 1 }));
  const result: ScenarioResult = {
    ...first,
    connections: how === 'shards' ? sum((r) => r.connections) : first.connections,
    rate: first.rate === undefined ? undefined : how === 'shards' ? sum((r) => r.rate ?? 0) : first.rate,
    elapsed: round(elapsed, 3),
    requests,
    responses,
    rps: round(how === 'shards' ? sum((r) => r.rps) : responses / Math.max(elapsed, 0.001), 1),
    latency: summarize(merged),
    histogram: encodeHistogram(merged),
    statusCodes: parts.reduce((a, r) => addCounts(a, r.statusCodes), {} as Record<string, number>),
    errors: parts.reduce((a, r) => addErrors(a, r.errors), {
      timeout: 0,
      refused: 0,
      reset: 0,
      other: {},
      status: {},
    } as ErrorCounts),
    failed,
    errorRate: requests === 0 ? 0 : round((failed / requests) * 100, 3),
    bytes: sum((r) => r.bytes),
    perSecond,
    trials: how === 'trials' ? parts.flatMap(trialsOf) : undefined,
    shards: how === 'shards' ? parts.length : undefined,
  };
  if (first.skipped !== undefined) result.skipped = sum((r) => r.skipped ?? 0);
  if (first.achievedRate !== undefined) {
    result.achievedRate = round(
      how === 'shards' ? sum((r) => r.achievedRate ?? 0) : sum((r) => r.achievedRate ?? 0) / parts.length,
      1,
    );
  }
  if (first.rateLimitHeaders !== undefined) result.rateLimitHeaders = sum((r) => r.rateLimitHeaders ?? 0);
  const interrupted = parts.find((p) => p.interrupted)?.interrupted;
  if (interrupted) result.interrupted = interrupted;
  if (result.trials === undefined) delete result.trials;
  if (result.shards === undefined) delete result.shards;
  merged.destroy();
  return result;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
