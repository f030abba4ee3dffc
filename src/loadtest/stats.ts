/**
 * Latency statistics in microseconds. autocannon's own latencies are whole milliseconds, floored
 * (a 0.9 ms answer reads as 0), so every engine feeds this recorder with float milliseconds and
 * it keeps a µs HDR histogram: mergeable across shards and serialisable into reports and baselines.
 */
import * as hdr from 'hdr-histogram-js';

export type Histogram = hdr.Histogram;

/** Three significant digits: 0.1 % resolution at any latency, ~2 KB compressed for a run. */
export function newHistogram(): Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

export function toMicros(ms: number): number {
  return Math.min(3_600_000_000, Math.max(1, Math.round(ms * 1000)));
}

export function encodeHistogram(h: Histogram): string {
  return hdr.encodeIntoCompressedBase64(h);
}

export function decodeHistogram(base64: string): Histogram {
  return hdr.decodeFromCompressedBase64(base64);
}

/** Merges encoded histograms (shards, trials) into one. */
export function mergeHistograms(encoded: string[]): Histogram {
  const merged = newHistogram();
  for (const e of encoded) {
    const h = decodeHistogram(e);
    merged.add(h);
    h.destroy();
  }
  return merged;
}

export interface LatencySummary {
  /** Milliseconds, with microsecond resolution. */
  min: number;
  mean: number;
  stddev: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
  count: number;
}

/** The percentiles the report charts, in order, with their keys in LatencySummary. */
export const PERCENTILE_POINTS: { label: string; key: keyof LatencySummary; percentile: number }[] = [
  { label: 'p50', key: 'p50', percentile: 50 },
  { label: 'p75', key: 'p75', percentile: 75 },
  { label: 'p90', key: 'p90', percentile: 90 },
  { label: 'p95', key: 'p95', percentile: 95 },
  { label: 'p99', key: 'p99', percentile: 99 },
  { label: 'p99.9', key: 'p999', percentile: 99.9 },
  { label: 'max', key: 'max', percentile: 100 },
];

const ms = (us: number) => Math.round(us) / 1000;

export function summarize(h: Histogram): LatencySummary {
  // A percentile reads the top of its bucket; it never exceeds the largest value seen.
  const at = (p: number) => ms(Math.min(h.getValueAtPercentile(p), h.maxValue));
  if (h.totalCount === 0)
    return { min: 0, mean: 0, stddev: 0, p50: 0, p75: 0, p90: 0, p95: 0, p99: 0, p999: 0, max: 0, count: 0 };
  return {
    min: ms(h.minNonZeroValue),
    mean: ms(h.mean),
    stddev: ms(h.stdDeviation),
    p50: at(50),
    p75: at(75),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    p999: at(99.9),
    max: ms(h.maxValue),
    count: h.totalCount,
  };
}

export interface SecondSample {
  /** 1-based second of the measured run. */
  second: number;
  requests: number;
  p99: number;
}

/**
 * Records every response: the whole-run histogram plus one small histogram per second, so the
 * report can chart p99 over time (a stall or a slow leak shows as a step, not as a shifted mean).
 */
export class LatencyRecorder {
  readonly histogram = newHistogram();
  private readonly perSecond: Histogram[] = [];
  private readonly startedAt: number;

  constructor(startedAt = performance.now()) {
    this.startedAt = startedAt;
  }

  /** latencyMs: float ms; at: performance.now() when the response completed. */
  record(latencyMs: number, at = performance.now()): void {
    const us = toMicros(latencyMs);
    this.histogram.recordValue(us);
    const second = Math.max(0, Math.floor((at - this.startedAt) / 1000));
    let h = this.perSecond[second];
    if (!h) {
      h = hdr.build({
        lowestDiscernibleValue: 1,
        highestTrackableValue: 3_600_000_000,
        numberOfSignificantValueDigits: 2,
      });
      this.perSecond[second] = h;
    }
    h.recordValue(us);
  }

  get count(): number {
    return this.histogram.totalCount;
  }

  seconds(): SecondSample[] {
    const out: SecondSample[] = [];
    for (let i = 0; i < this.perSecond.length; i++) {
      const h = this.perSecond[i];
      out.push({ second: i + 1, requests: h?.totalCount ?? 0, p99: h ? ms(h.getValueAtPercentile(99)) : 0 });
    }
    return out;
  }

  destroy(): void {
    this.histogram.destroy();
    for (const h of this.perSecond) h?.destroy();
  }
}
